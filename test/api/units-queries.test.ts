// @vitest-environment jsdom
import { useQuery, VueQueryPlugin } from '@tanstack/vue-query'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import type { ApiClient, UnitsWithLineage } from '../../src/api/client'
import { lineageOptions, unitsOptions } from '../../src/api/queries'
import { createAppQueryClient } from '../../src/query-client'

const ANSWER: UnitsWithLineage = {
  units: [
    { id: 'p87', code: '87', name: 'Tỉnh Đồng Tháp', kind: 'province', parentId: null, validTo: '2025-06' },
    { id: 'p82', code: '82', name: 'Tỉnh Đồng Tháp', kind: 'province', parentId: null, validFrom: '2025-07' },
  ],
  lineage: [{ from: 'p87', to: 'p82', month: '2025-07', share: 'whole' }],
}

describe('units and lineage queries', () => {
  it('read one /units request: the unit list as screens use it, and the lineage beside it', async () => {
    let asked = 0
    const api = {
      unitsWithLineage: async () => {
        asked += 1
        return ANSWER
      },
    } as unknown as ApiClient
    let units: ReturnType<typeof useQuery> | undefined
    let lineage: ReturnType<typeof useQuery> | undefined
    const Probe = defineComponent({
      setup: () => {
        units = useQuery(unitsOptions(api))
        lineage = useQuery(lineageOptions(api))
      },
      render: () => h('div'),
    })
    mount(Probe, { global: { plugins: [[VueQueryPlugin, { queryClient: createAppQueryClient() }]] } })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(units!.data.value).toBe(ANSWER.units)
    expect(lineage!.data.value).toBe(ANSWER.lineage)
    expect(asked).toBe(1)
  })
})
