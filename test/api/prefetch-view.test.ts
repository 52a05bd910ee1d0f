// @vitest-environment jsdom
import { QueryClient } from '@tanstack/vue-query'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createApiClient, type ApiClient } from '../../src/api/client'
import type { Meta, StatsQuery } from '../../src/api/contract'
import { FIRST_VIEW_KEY, type FirstViewRecord } from '../../src/api/early-answers'
import { prefetchFirstView } from '../../src/api/prefetch-view'
import { statsKeys, targetsKeys } from '../../src/api/queries'

const META: Meta = {
  firstMonth: '2019-01',
  lastMonth: '2022-12',
  updatedAt: '2023-01-05T08:00:00+07:00',
  rootUnitId: 'p87',
}
const Screen = defineComponent({ render: () => null })
const BASE = 'https://dvc.example.vn/api/v1'

/** An API that records what it is asked. */
function recordingApi(meta: Meta = META) {
  const asked: string[] = []
  const { statsUrl, targetsUrl } = createApiClient({ baseUrl: BASE, getToken: () => null })
  const api = {
    statsUrl,
    targetsUrl,
    meta: async () => {
      asked.push('meta')
      return meta
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

function testRouter() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      // as in src/router.ts: the overview's first figures are the unit's own (depth 0), the tracker's its children's
      { path: '/overview', name: 'overview', component: Screen, meta: { isUnitView: true, isRootFirst: true } },
      { path: '/targets', name: 'targets', component: Screen, meta: { isUnitView: true } },
      { path: '/lagging', name: 'lagging', component: Screen },
    ],
  })
}

async function prefetchAt(path: string, meta: Meta = META) {
  const router = testRouter()
  await router.push(path)
  const queryClient = new QueryClient()
  const { api, asked } = recordingApi(meta)
  await prefetchFirstView(queryClient, api, router)
  await new Promise((resolve) => setTimeout(resolve, 0))
  return { asked, queryClient }
}

const remembered = () => JSON.parse(sessionStorage.getItem(FIRST_VIEW_KEY) ?? 'null') as FirstViewRecord | null

describe('prefetchFirstView', () => {
  beforeEach(() => sessionStorage.clear())

  it(
    "asks the scope root's own rows (the overview's first screen) over whole " +
      "years around the period, and each year's targets",
    async () => {
      const { asked, queryClient } = await prefetchAt('/overview?from=2021-01&to=2021-06')
      // H1 2021 is compared with H2 2020 and H1 2020, and trended from July 2020: the years 2020 and 2021.
      expect(asked).toEqual(['meta', 'stats p87 0 2020-01..2021-12', 'targets 2020', 'targets 2021'])
      // under the keys the page reads, so the page asks nothing again
      expect(
        queryClient.getQueryState(statsKeys.query({ unit: 'p87', depth: 0, from: '2020-01', to: '2021-12' }))?.status,
      ).toBe('success')
      expect(queryClient.getQueryState(targetsKeys.year(2021))?.status).toBe('success')
    },
  )

  it("with no view in the URL, asks for the latest month's view of the scope root, one level deep", async () => {
    const { asked } = await prefetchAt('/targets')
    expect(asked).toEqual(['meta', 'stats p87 1 2021-01..2022-12', 'targets 2021', 'targets 2022'])
  })

  it('asks nothing ahead for weeks (their plan needs the unit list); months where there are no weeks', async () => {
    const weekly = {
      ...META,
      grains: ['month', 'week'] as Array<'month' | 'week'>,
      firstWeek: '2022-W01',
      lastWeek: '2022-W52',
    }
    expect((await prefetchAt('/overview?from=2022-W40&to=2022-W43', weekly)).asked).toEqual(['meta'])
    // a server without weeks: the link is corrected to the latest month, which is asked ahead
    expect((await prefetchAt('/overview?from=2022-W40&to=2022-W43')).asked).toEqual([
      'meta',
      'stats p87 0 2021-01..2022-12',
      'targets 2021',
      'targets 2022',
    ])
  })

  it('asks nothing ahead for another unit (its validity needs the unit list) or for another screen', async () => {
    expect((await prefetchAt('/overview?unit=d874&from=2021-01&to=2021-06')).asked).toEqual(['meta'])
    expect((await prefetchAt('/lagging?from=2021-01&to=2021-06')).asked).toEqual(['meta'])
  })

  it(
    "remembers, with the page's address as loaded and as the view " +
      'completes it, exactly the URLs the API client then asks',
    async () => {
      const fetched: string[] = []
      const api = createApiClient({
        baseUrl: BASE,
        getToken: () => 'abc',
        fetch: async (input) => {
          const url = new URL(String(input))
          fetched.push(url.href)
          const body = url.pathname.endsWith('/meta')
            ? META
            : url.pathname.endsWith('/stats')
              ? { rows: [] }
              : { targets: [] }
          return Response.json(body)
        },
      })
      const router = testRouter()
      await router.push('/overview?from=2021-01&to=2021-06')
      const completed = new URL(
        router.resolve({
          name: 'overview',
          query: { unit: 'p87', from: '2021-01', to: '2021-06', cmp: 'prev', metric: 'onlineRate' },
        }).href,
        location.href,
      ).href
      await prefetchFirstView(new QueryClient(), api, router)
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(fetched).toHaveLength(4)
      expect(remembered()).toEqual({ addresses: [location.href, completed], urls: fetched.slice(1) })
      expect(remembered()!.urls[0]).toBe(`${BASE}/stats?unit=p87&depth=0&from=2020-01&to=2021-12`)
    },
  )

  it(
    "after signing in, remembers the first screen's address " + 'alone (the page was loaded as the sign-in page)',
    async () => {
      const router = testRouter()
      await router.push('/targets')
      const { api } = recordingApi()
      await prefetchFirstView(new QueryClient(), api, router, false)
      const completed = new URL(
        router.resolve({
          name: 'targets',
          query: { unit: 'p87', from: '2022-12', to: '2022-12', cmp: 'prev', metric: 'onlineRate' },
        }).href,
        location.href,
      ).href
      expect(remembered()).toEqual({
        addresses: [completed],
        urls: [
          api.statsUrl({ unit: 'p87', depth: 1, from: '2021-01', to: '2022-12' }),
          api.targetsUrl(2021),
          api.targetsUrl(2022),
        ],
      })
    },
  )

  it('forgets what an earlier start remembered when it asks nothing ahead', async () => {
    await prefetchAt('/overview')
    expect(remembered()?.urls).toHaveLength(3)
    await prefetchAt('/overview?unit=d874')
    expect(remembered()).toBeNull()
    await prefetchAt('/overview')
    await prefetchAt('/lagging')
    expect(remembered()).toBeNull()
  })
})
