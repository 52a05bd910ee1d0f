import { describe, expect, it } from 'vitest'
import { HOSTILE_NAME, hostileName, parseFaults, takeFaults } from '../../mocks/faults'

describe('fault specs', () => {
  it('parses endpoints, kinds, latency and counts', () => {
    const plan = parseFaults('stats=500*1,latency:300; *=latency:50')
    expect(plan.get('stats')).toEqual([
      { kind: '500', ms: 0, remaining: 1 },
      { kind: 'latency', ms: 300, remaining: Infinity },
    ])
    expect(plan.get('*')).toEqual([{ kind: 'latency', ms: 50, remaining: Infinity }])
  })

  it.each(['stats', 'stats=boom', 'stats=latency:x'])('refuses %j loudly', (spec) => {
    expect(() => parseFaults(spec)).toThrow()
  })

  it('uses up counted faults', () => {
    const plans = [parseFaults('meta=500*1')]
    expect(takeFaults(plans, 'meta').map((f) => f.kind)).toEqual(['500'])
    expect(takeFaults(plans, 'meta')).toEqual([])
    expect(takeFaults(plans, 'units')).toEqual([])
  })
})

describe('the hostile-name fault', () => {
  it("renames every other unit (the second, the fourth…), so some of any unit's children are hostile", () => {
    const body = { units: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: `Xã ${id}` })) }
    hostileName(body)
    expect(body.units.map((u) => u.name)).toEqual(['Xã a', HOSTILE_NAME, 'Xã c', HOSTILE_NAME, 'Xã e'])
  })
})
