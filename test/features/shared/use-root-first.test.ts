// @vitest-environment jsdom
// The overview's two steps: the unit's own rows first (depth 0), the children's (depth 1) only once the page wants
// them; then the whole rows alone, for every later view; the whole rows failing is the view's failure.
import { describe, expect, it } from 'vitest'
import { ref, type Ref } from 'vue'
import type { ApiClient } from '../../../src/api/client'
import type { StatsQuery } from '../../../src/api/contract'
import type { PlannedStatsQuery } from '../../../src/api/use-stats-rows'
import { useRootFirst, type UseRootFirstReturn } from '../../../src/features/shared/use-root-first'
import { mountWithApi } from '../../mount-with-api'

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Answers depth 0 with the unit's subtree row, depth 1 with its own row and its child's; `failWhole` fails depth 1. */
function fakeApi(failWhole: Ref<boolean>) {
  const asked: string[] = []
  const api = {
    stats: async (query: StatsQuery) => {
      asked.push(`${query.unit} ${query.depth} ${query.from}..${query.to}`)
      await wait(5)
      if (query.depth === 1 && failWhole.value) throw new Error('HTTP 503')
      const row = (unitId: string, includesDescendants: boolean, received: number) => ({
        unitId,
        month: query.to,
        includesDescendants,
        received,
        receivedOnline: 1,
      })
      return query.depth === 0 ? [row('R', true, 30)] : [row('R', false, 10), row('C', true, 20)]
    },
  } as unknown as ApiClient
  return { api, asked }
}

function mountRootFirst(api: ApiClient, to: Ref<string>, wanted: Ref<boolean>) {
  let steps: UseRootFirstReturn | undefined
  const plan = (depth: number) => (): PlannedStatsQuery[] => [{ unit: 'R', depth, from: '2025-07', to: to.value }]
  mountWithApi(api, () => (steps = useRootFirst(plan(0), plan(1), () => wanted.value)))
  return () => steps!
}

const units = (steps: UseRootFirstReturn) => steps.current.rows.value.map((row) => row.unitId).join(',')

describe('useRootFirst', () => {
  it("asks the unit's own rows alone until the children's are wanted, then reads the whole rows", async () => {
    const { api, asked } = fakeApi(ref(false))
    const to = ref('2026-10')
    const wanted = ref(false)
    const steps = mountRootFirst(api, to, wanted)
    await wait(60)
    expect(asked).toEqual(['R 0 2025-07..2026-10'])
    expect(steps().current.isLoading.value).toBe(false)
    expect(units(steps())).toBe('R')
    expect(steps().isWhole.value).toBe(false)

    wanted.value = true
    await wait(60)
    expect(asked).toEqual(['R 0 2025-07..2026-10', 'R 1 2025-07..2026-10'])
    expect(steps().isWhole.value).toBe(true)
    expect(units(steps())).toBe('R,C')

    // another period: the whole rows at once, not the unit's own first
    to.value = '2026-11'
    await wait(60)
    expect(asked.slice(2)).toEqual(['R 1 2025-07..2026-11'])
    expect(units(steps())).toBe('R,C')
  })

  it("the children's rows failing is the view's failure, and its retry asks them again", async () => {
    const failWhole = ref(true)
    const { api, asked } = fakeApi(failWhole)
    const steps = mountRootFirst(api, ref('2026-10'), ref(true))
    await wait(80)
    expect(steps().current.error.value).not.toBeNull()
    expect(steps().isWhole.value).toBe(false)
    failWhole.value = false
    const before = asked.length
    steps().current.retry()
    await wait(60)
    expect(asked.slice(before)).toEqual(['R 1 2025-07..2026-10'])
    expect(steps().current.error.value).toBeNull()
    expect(units(steps())).toBe('R,C')
  })
})
