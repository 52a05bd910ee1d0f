import { describe, expect, it } from 'vitest'
import { parseFaults, takeFaults } from '../../mocks/faults'

describe('fault specs', () => {
  it('parses endpoints, kinds, latency and counts', () => {
    const plan = parseFaults('stats=500*1,latency:300; *=latency:50')
    expect(plan.get('stats')).toEqual([{ kind: '500', ms: 0, remaining: 1 }, { kind: 'latency', ms: 300, remaining: Infinity }])
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
