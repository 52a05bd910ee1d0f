// The bench's yardstick: the smallest page of the same stack (Vue, vue-query, tree-shaken ECharts)
// drawing two charts from the same API the dashboard reads. It marks 'dashboard-ready' when both
// charts have drawn their first frame, as the dashboard does when its first screen is complete.
import { QueryClient, useQuery, VueQueryPlugin } from '@tanstack/vue-query'
import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { init, use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { computed, createApp, defineComponent, h, onMounted, ref, watch, type PropType } from 'vue'

use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer])

interface Row {
  unitId: string
  month: string
  received: number
  receivedOnline: number
  includesDescendants: boolean
}
const token = sessionStorage.getItem('tien-do-dvctt.token') ?? ''

async function get<T>(path: string): Promise<T> {
  const response = await fetch(`api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } })
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
  return response.json() as Promise<T>
}

let drawn = 0
const Chart = defineComponent({
  props: { option: { type: Object as PropType<Record<string, unknown>>, required: true } },
  setup(props) {
    const box = ref<HTMLDivElement | null>(null)
    onMounted(() => {
      const chart = init(box.value!)
      chart.on('finished', () => {
        drawn += 1
        if (drawn === 2) performance.mark('dashboard-ready')
      })
      chart.setOption({ animation: false, ...props.option })
      watch(
        () => props.option,
        (option) => chart.setOption(option),
      )
    })
    return () => h('div', { ref: box, style: 'height: 300px' })
  },
})

const Page = defineComponent(() => {
  const me = useQuery({ queryKey: ['me'], queryFn: () => get<{ scopeUnitId: string }>('/me') })
  const meta = useQuery({ queryKey: ['meta'], queryFn: () => get<{ lastMonth: string }>('/meta') })
  const unit = computed(() => me.data.value?.scopeUnitId)
  const to = computed(() => meta.data.value?.lastMonth)
  const stats = useQuery({
    queryKey: ['stats', unit, to],
    enabled: computed(() => Boolean(unit.value && to.value)),
    // The same request as the dashboard's first screen for a province: two levels, the last two calendar years.
    queryFn: () =>
      get<{ rows: Row[] }>(
        `/stats?unit=${unit.value}&depth=2&from=${Number(to.value!.slice(0, 4)) - 1}-01&to=${to.value}`,
      ),
  })
  const own = computed(() =>
    (stats.data.value?.rows ?? [])
      .filter((row) => row.unitId === unit.value)
      .sort((a, b) => a.month.localeCompare(b.month)),
  )
  const children = computed(() => {
    const totals = new Map<string, number>()
    for (const row of stats.data.value?.rows ?? [])
      if (row.unitId !== unit.value && row.month === to.value)
        totals.set(row.unitId, (totals.get(row.unitId) ?? 0) + row.received)
    return [...totals].sort((a, b) => b[1] - a[1]).slice(0, 20)
  })
  return () =>
    stats.data.value
      ? h('main', [
          h('h1', 'Tỉ lệ hồ sơ trực tuyến'),
          h(Chart, {
            option: {
              tooltip: { trigger: 'axis' },
              legend: {},
              xAxis: { type: 'category', data: own.value.map((row) => row.month) },
              yAxis: { type: 'value' },
              series: [
                {
                  name: 'Trực tuyến',
                  type: 'line',
                  data: own.value.map((row) => row.receivedOnline / Math.max(1, row.received)),
                },
              ],
            },
          }),
          h(Chart, {
            option: {
              tooltip: {},
              xAxis: { type: 'value' },
              yAxis: { type: 'category', data: children.value.map(([id]) => id) },
              series: [{ name: 'Tiếp nhận', type: 'bar', data: children.value.map(([, value]) => value) }],
            },
          }),
        ])
      : h('p', 'Đang tải…')
})

createApp(Page).use(VueQueryPlugin, { queryClient: new QueryClient() }).mount('#app')
