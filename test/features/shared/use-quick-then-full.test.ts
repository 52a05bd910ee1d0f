// @vitest-environment jsdom
// The whole scope's two steps: a period's sums that carry every figure (the months behind the server counted) are
// final, and the months are then never asked; sums without them wait for the months. The 'view-complete' mark a
// screen sets on final figures (useCompleteMark over isFinal, as the lagging list does) comes only then.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import type { ApiClient } from '../../../src/api/client'
import type { PeriodStatsQuery, StatsQuery } from '../../../src/api/contract'
import type { PlannedStatsQuery } from '../../../src/api/use-stats-rows'
import { useCompleteMark } from '../../../src/features/shared/use-render-marks'
import { useQuickThenFull, type UseQuickThenFullReturn } from '../../../src/features/shared/use-quick-then-full'
import { mountWithApi } from '../../mount-with-api'

const COUNTS = { received: 10, receivedOnline: 5 }
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** An API answering period sums (with months behind when `counts`) at once and months after `monthsMs`. */
function fakeApi(counts: boolean, monthsMs = 50) {
  const asked = { months: 0, periods: [] as string[] }
  const api = {
    periodStats: async (query: Omit<PeriodStatsQuery, 'grain'>) => {
      asked.periods.push(`${query.from}..${query.to}${query.behind ? ` ${query.behind}` : ''}`)
      await wait(5)
      const behind = counts && query.behind ? { monthsBehind: 3, trend: [0.5] } : {}
      return [{ unitId: 'R', from: query.from, to: query.to, includesDescendants: true, ...COUNTS, ...behind }]
    },
    stats: async (query: StatsQuery) => {
      asked.months++
      await wait(monthsMs)
      return [{ unitId: 'R', month: query.to, includesDescendants: true, ...COUNTS }]
    },
  } as unknown as ApiClient
  return { api, asked }
}

function mountSteps(api: ApiClient, to: ReturnType<typeof ref<string>>) {
  let steps: UseQuickThenFullReturn | undefined
  mountWithApi(api, () => {
    const quick = (): PlannedStatsQuery[] => [
      { grain: 'period', unit: 'R', depth: 0, from: '2022-01', to: to.value!, behind: 'onlineRate' },
    ]
    const full = (): PlannedStatsQuery[] => [{ unit: 'R', depth: 0, from: '2021-01', to: to.value! }]
    steps = useQuickThenFull(quick, full, undefined, (q) =>
      q.rows.value.every((row) => (row as { monthsBehind?: number }).monthsBehind !== undefined),
    )
    useCompleteMark(() => (steps!.isFinal.value ? steps!.current.rows.value : null))
  })
  return () => steps!
}

const marks = () => performance.getEntriesByName('view-complete').length

beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(0), 1))
  performance.clearMarks('view-complete')
})
afterEach(() => vi.unstubAllGlobals())

describe('useQuickThenFull with final quick rows', () => {
  it('period sums with the months behind: final, the months never asked, marked complete once', async () => {
    const { api, asked } = fakeApi(true)
    const steps = mountSteps(api, ref('2022-12'))
    expect(steps().isFinal.value).toBe(false)
    await wait(120)
    expect(steps().isFinal.value).toBe(true)
    expect(steps().isFull.value).toBe(false)
    expect(steps().current.rows.value).toHaveLength(1)
    expect(asked.months).toBe(0)
    expect(marks()).toBe(1)
  })

  it('period sums without them: not final (no mark) until the months are in', async () => {
    const { api, asked } = fakeApi(false, 150)
    const steps = mountSteps(api, ref('2022-12'))
    await wait(60)
    expect(steps().current.rows.value).toHaveLength(1) // the sums are shown…
    expect(steps().isFinal.value).toBe(false) // …but are not final
    expect(marks()).toBe(0)
    await wait(250)
    expect(asked.months).toBe(1)
    expect(steps().isFinal.value).toBe(true)
    expect(steps().isFull.value).toBe(true)
    expect(marks()).toBe(1)
  })

  it('a period change: not final while the new sums come, final again without the months', async () => {
    const { api, asked } = fakeApi(true)
    const to = ref('2022-12')
    const steps = mountSteps(api, to)
    await wait(120)
    expect(steps().isFinal.value).toBe(true)
    to.value = '2022-06'
    await wait(0)
    expect(steps().isFinal.value).toBe(false)
    await wait(120)
    expect(steps().isFinal.value).toBe(true)
    expect(asked.periods).toEqual(['2022-01..2022-12 onlineRate', '2022-01..2022-06 onlineRate'])
    expect(asked.months).toBe(0)
    expect(marks()).toBe(2)
  })
})
