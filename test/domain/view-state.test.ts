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

describe('parseViewQuery on weeks', () => {
  const withWeeks: ViewContext = {
    available: { from: '2021-01', to: '2026-11' },
    weeks: { from: '2025-W27', to: '2026-W49' },
    scopeId: 'p87',
    isKnownUnit: () => true,
  }
  const monthsOnly: ViewContext = { ...withWeeks, weeks: null }

  it.each<[ViewContext, Record<string, string>, Correction[], { from: string; to: string }]>([
    [withWeeks, { from: '2026-W45', to: '2026-W48' }, [], { from: '2026-W45', to: '2026-W48' }],
    [withWeeks, { from: '2025-W52', to: '2026-W02' }, [], { from: '2025-W52', to: '2026-W02' }],
    [withWeeks, { from: '2026-W48' }, [], { from: '2026-W48', to: '2026-W48' }],
    [withWeeks, { from: '2026-W48', to: '2026-W45' }, ['weekFromAfterTo'], { from: '2026-W45', to: '2026-W48' }],
    [withWeeks, { from: '2025-W20', to: '2025-W30' }, ['weekOutOfRange'], { from: '2025-W27', to: '2025-W30' }],
    [withWeeks, { from: '2026-W48', to: '2026-W53' }, ['weekOutOfRange'], { from: '2026-W48', to: '2026-W49' }],
    [withWeeks, { from: '2024-W01', to: '2024-W10' }, ['weekOutOfRange'], { from: '2026-W49', to: '2026-W49' }],
    // 2025 has 52 weeks: W53 is no week at all
    [withWeeks, { from: '2025-W53', to: '2025-W53' }, ['badMonth'], { from: '2026-11', to: '2026-11' }],
    [withWeeks, { from: '2026-W45', to: '2026-11' }, ['badMonth'], { from: '2026-11', to: '2026-11' }],
    [monthsOnly, { from: '2026-W45', to: '2026-W48' }, ['weeksUnavailable'], { from: '2026-11', to: '2026-11' }],
    [withWeeks, { from: '2026-01', to: '2026-06' }, [], { from: '2026-01', to: '2026-06' }],
  ])('%#: reads %j', (ctx, query, corrections, range) => {
    const result = parseViewQuery(query, ctx)
    expect(result.corrections).toEqual(corrections)
    expect(result.state.range).toEqual(range)
  })

  it('writes a range of weeks back as it was read', () => {
    const { state } = parseViewQuery({ from: '2026-W45', to: '2026-W48', cmp: 'yoy' }, withWeeks)
    expect(viewQuery(state)).toMatchObject({ from: '2026-W45', to: '2026-W48', cmp: 'yoy' })
  })
})
