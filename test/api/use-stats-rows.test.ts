// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import type { ApiClient } from '../../src/api/client'
import type { StatsQuery } from '../../src/api/contract'
import { ApiError } from '../../src/api/errors'
import { useStatsRows, type PlannedStatsQuery } from '../../src/api/use-stats-rows'
import { mountWithApi } from '../mount-with-api'

const plan = (size: number): PlannedStatsQuery[] =>
  Array.from({ length: size }, (_, i) => ({ unit: `p${i}`, depth: 2, from: '2020-07', to: '2021-06' }))

/** An API whose /stats refuses every request (403, asking again will not help), counting them. */
function refusingApi() {
  const asked: string[] = []
  const api = {
    stats: async (query: StatsQuery) => {
      asked.push(query.unit)
      await new Promise((resolve) => setTimeout(resolve, 1))
      throw new ApiError({ kind: 'http', endpoint: 'stats', status: 403, title: 'Forbidden' })
    },
  } as unknown as ApiClient
  return { api, asked }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300))

describe('useStatsRows with failing requests', () => {
  it('asks each request of a refused plan once, and once more per retry: the window never re-opens', async () => {
    const { api, asked } = refusingApi()
    let rows: ReturnType<typeof useStatsRows> | undefined
    mountWithApi(api, () => (rows = useStatsRows(plan(20), 6)))
    await settle()
    expect(rows!.error.value).toBeInstanceOf(ApiError)
    expect(asked).toHaveLength(20)
    rows!.retry()
    await settle()
    expect(asked).toHaveLength(40)
    expect(new Set(asked).size).toBe(20)
  })

  it(
    'a second view that starts using a failed request (the lagging ' +
      "page's full plan after its quick one) asks nothing",
    async () => {
      const { api, asked } = refusingApi()
      let quick: ReturnType<typeof useStatsRows> | undefined
      mountWithApi(api, () => {
        quick = useStatsRows(plan(1))
        useStatsRows(() => (quick!.isLoading.value ? [] : plan(1)))
      })
      await settle()
      expect(quick!.error.value).toBeInstanceOf(ApiError)
      expect(asked).toHaveLength(1)
    },
  )
})
