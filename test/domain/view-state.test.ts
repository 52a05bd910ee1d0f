import { describe, expect, it } from 'vitest'
import { carriedQuery, parseViewQuery, viewQuery, type Correction, type ViewContext } from '../../src/domain/view-state'

const context: ViewContext = {
  available: { from: '2020-01', to: '2022-12' },
  scopeId: 'p87',
  isKnownUnit: (id) => ['p87', 'd874', 'c30133'].includes(id),
}

describe('parseViewQuery', () => {
  it('defaults to the scope, the latest month, the previous period and the online rate', () => {
    expect(parseViewQuery({}, context)).toEqual({
      state: {
        unitId: 'p87',
        range: { from: '2022-12', to: '2022-12' },
        comparison: 'previousPeriod',
        metric: 'onlineRate',
        group: null,
        minVolume: 0,
      },
      corrections: [],
    })
  })

  it('reads a complete query', () => {
    const { state, corrections } = parseViewQuery(
      {
        unit: 'd874',
        from: '2021-01',
        to: '2021-06',
        cmp: 'yoy',
        metric: 'onTimeRate',
        tab: 'communes',
        minVol: '100',
      },
      context,
    )
    expect(corrections).toEqual([])
    expect(state).toEqual({
      unitId: 'd874',
      range: { from: '2021-01', to: '2021-06' },
      comparison: 'samePeriodLastYear',
      metric: 'onTimeRate',
      group: 'communes',
      minVolume: 100,
    })
  })

  it.each<[Record<string, string>, Correction[], Partial<{ unitId: string; from: string; to: string }>]>([
    [{ unit: 'x999' }, ['unknownUnit'], { unitId: 'p87' }],
    [{ from: '2021-06', to: '2021-01' }, ['fromAfterTo'], { from: '2021-01', to: '2021-06' }],
    [{ from: '2019-06', to: '2020-03' }, ['monthOutOfRange'], { from: '2020-01', to: '2020-03' }],
    [{ from: '2030-01', to: '2030-06' }, ['monthOutOfRange'], { from: '2022-12', to: '2022-12' }],
    [{ from: 'junk', to: '2021-06' }, ['badMonth'], { from: '2022-12', to: '2022-12' }],
    [{ from: '2021-03' }, [], { from: '2021-03', to: '2021-03' }],
  ])('corrects %j (%j)', (query, corrections, expected) => {
    const result = parseViewQuery(query, context)
    expect(result.corrections).toEqual(corrections)
    if (expected.unitId) expect(result.state.unitId).toBe(expected.unitId)
    if (expected.from) expect(result.state.range).toEqual({ from: expected.from, to: expected.to })
  })

  it.each([
    [{ cmp: 'later' }, 'badComparison'],
    [{ metric: 'happiness' }, 'badMetric'],
    [{ tab: 'x' }, 'badGroup'],
    [{ minVol: '-3' }, 'badMinVolume'],
    [{ minVol: '2.5' }, 'badMinVolume'],
  ])('names %j as %s and keeps the default', (query, correction) => {
    expect(parseViewQuery(query, context).corrections).toEqual([correction])
  })
})

describe('viewQuery', () => {
  it('round-trips through parseViewQuery', () => {
    const { state } = parseViewQuery(
      { unit: 'c30133', from: '2021-07', to: '2022-06', cmp: 'yoy', metric: 'satisfactionRate', minVol: '50' },
      context,
    )
    const again = parseViewQuery(viewQuery(state), context)
    expect(again).toEqual({ state, corrections: [] })
  })
})

describe('carriedQuery', () => {
  it('keeps the unit, period, comparison, metric and ranking choices for a link to another screen', () => {
    const query = {
      unit: 'd874',
      from: '2021-01',
      to: '2021-06',
      cmp: 'yoy',
      metric: 'onTimeRate',
      tab: 'communes',
      minVol: '50',
    }
    expect(carriedQuery(query)).toEqual(query)
  })

  it('leaves behind what is not the view (a sign-in return address, anything unknown); a repeated key once', () => {
    const query = { unit: ['d874', 'p87'], redirect: '/lagging', other: 'x', metric: undefined }
    expect(carriedQuery(query)).toEqual({ unit: 'd874' })
    expect(carriedQuery({})).toEqual({})
  })

  it('carries a view that reads back as the same view on the next screen', () => {
    const state = parseViewQuery({ unit: 'd874', from: '2021-01', to: '2021-06', metric: 'onTimeRate' }, context).state
    expect(parseViewQuery(carriedQuery(viewQuery(state)), context).state).toEqual(state)
  })
})
