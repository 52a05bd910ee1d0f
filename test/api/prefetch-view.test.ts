import { QueryClient } from '@tanstack/vue-query'
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { ApiClient } from '../../src/api/client'
import type { Meta, StatsQuery } from '../../src/api/contract'
import { prefetchFirstView } from '../../src/api/prefetch-view'
import { statsKeys, targetsKeys } from '../../src/api/queries'

const META: Meta = { firstMonth: '2019-01', lastMonth: '2022-12', updatedAt: '2023-01-05T08:00:00+07:00', rootUnitId: 'p87' }
const Screen = defineComponent({ render: () => null })

/** An API that records what it is asked. */
function recordingApi() {
  const asked: string[] = []
  const api = {
    meta: async () => {
      asked.push('meta')
      return META
    },
    stats: async (query: StatsQuery) => {
      asked.push(`stats ${query.unit} ${query.depth} ${query.from}..${query.to}`)
      return []
    },
    targets: async (year: number) => {
      asked.push(`targets ${year}`)
      return []
    },
  } as unknown as ApiClient
  return { api, asked }
}

async function prefetchAt(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/overview', name: 'overview', component: Screen, meta: { isUnitView: true } },
      { path: '/targets', name: 'targets', component: Screen, meta: { isUnitView: true } },
      { path: '/lagging', name: 'lagging', component: Screen },
    ],
  })
  await router.push(path)
  const queryClient = new QueryClient()
  const { api, asked } = recordingApi()
  await prefetchFirstView(queryClient, api, router)
  await new Promise((resolve) => setTimeout(resolve, 0))
  return { asked, queryClient }
}

describe('prefetchFirstView', () => {
  it('asks the scope root\'s rows one level deep over whole years around the period, and each year\'s targets', async () => {
    const { asked, queryClient } = await prefetchAt('/overview?from=2021-01&to=2021-06')
    // H1 2021 is compared with H2 2020 and H1 2020, and trended from July 2020: the years 2020 and 2021.
    expect(asked).toEqual(['meta', 'stats p87 1 2020-01..2021-12', 'targets 2020', 'targets 2021'])
    // under the keys the page reads, so the page asks nothing again
    expect(queryClient.getQueryState(statsKeys.query({ unit: 'p87', depth: 1, from: '2020-01', to: '2021-12' }))?.status).toBe('success')
    expect(queryClient.getQueryState(targetsKeys.year(2021))?.status).toBe('success')
  })

  it('with no view in the URL, asks for the latest month\'s view of the scope root', async () => {
    const { asked } = await prefetchAt('/targets')
    expect(asked).toEqual(['meta', 'stats p87 1 2021-01..2022-12', 'targets 2021', 'targets 2022'])
  })

  it('asks nothing ahead for another unit (its validity needs the unit list) or for another screen', async () => {
    expect((await prefetchAt('/overview?unit=d874&from=2021-01&to=2021-06')).asked).toEqual(['meta'])
    expect((await prefetchAt('/lagging?from=2021-01&to=2021-06')).asked).toEqual(['meta'])
  })
})
