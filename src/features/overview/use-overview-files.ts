// The overview's files, for users who may export: the notes every file carries, the per-table menus' subject, the
// whole-view menu (XLSX, PPTX, PDF, the ranking's CSV/XLSX) and each chart's PNG/SVG, titled with unit, period and
// source. The page hands in its panels' pictures (the trend's, the map's); the figures come from the view model.
import { computed, type ComputedRef } from 'vue'
import type { ChartExportInfo } from '../../charts/BaseChart.vue'
import { exportFileName } from '../../export/table'
import { useFormat } from '../../i18n/use-format'
import { useMessages } from '../../i18n/use-messages'
import { CHART_FILES } from '../shared/chart-files'
import { sourceLine } from '../shared/source-line'
import { structureLines } from '../shared/structure-notes'
import { useOverviewExport } from './use-overview-export'
import type { UseOverviewViewReturn } from './use-overview-view'

type Picture = (pixelRatio: number, size?: { width: number; height: number }) => Promise<string | null>

export interface OverviewPictures {
  trend: Picture
  map: (pixelRatio: number) => Promise<string | null>
}

export interface UseOverviewFilesReturn {
  /** What every file and the printout say about the units (structure, incomplete histories). */
  fileNotes: ComputedRef<string[]>
  /** The per-table menus' subject; null for users who may not export. */
  tableExport: ComputedRef<{ unitName: string; range: { from: string; to: string }; notes: string[] } | null>
  exportItems: ComputedRef<Array<{ id: string; label: string }>>
  exporter: ReturnType<typeof useOverviewExport>
  chartExport: (title: string) => ChartExportInfo | null
}

const WHOLE_PAGE_FILES = new Set(['xlsx', 'pptx', 'pdf'])

export function useOverviewFiles(view: UseOverviewViewReturn, pictures: OverviewPictures): UseOverviewFilesReturn {
  const { t } = useMessages()
  const format = useFormat()
  const { data, kpis, trend, children, tiers, structureNote, incompleteHistories } = view
  const state = data.view.state
  const fileNotes = computed(() => structureLines(structureNote.value, incompleteHistories.value, t, format.monthShort))
  const tableExport = computed(() =>
    data.me.data.value?.canExport && data.unit.value && state.value
      ? {
          unitName: data.unit.value.name,
          range: state.value.range,
          notes: fileNotes.value,
          ...(data.meta.data.value ? { source: sourceLine(t, format, data.meta.data.value.updatedAt) } : {}),
        }
      : null,
  )
  // The map's picture has the map's own proportions (and its legend), not the panel's: its aspect is its own.
  async function mapPicture() {
    const dataUrl = await pictures.map(2)
    if (!dataUrl) return null
    const image = new Image()
    image.src = dataUrl
    await image.decode()
    return image.naturalHeight > 0 ? { dataUrl, aspect: image.naturalWidth / image.naturalHeight } : null
  }
  const exportItems = computed(() => [
    { id: 'xlsx', label: t('export.wholeXlsx') },
    { id: 'pptx', label: t('export.wholePptx') },
    { id: 'pdf', label: t('export.wholePdf') },
    { id: 'ranking-csv', label: t('export.rankingCsv') },
    { id: 'ranking-csv-vi', label: t('export.rankingCsvVi') },
    { id: 'ranking-xlsx', label: t('export.rankingXlsx') },
  ])
  const exporter = useOverviewExport(
    computed(() =>
      kpis.value && trend.value && children.value && state.value && data.unit.value && data.meta.data.value
        ? {
            unitName: data.unit.value.name,
            range: state.value.range,
            comparison: state.value.comparison,
            updatedAt: data.meta.data.value.updatedAt,
            user: data.me.data.value ?? null,
            figures: {
              metric: state.value.metric,
              comparison: state.value.comparison,
              kpis: kpis.value,
              trend: trend.value,
              children: children.value,
              tiers: tiers.value,
              map: null,
            },
            structureNote: structureNote.value,
            incompleteHistories: incompleteHistories.value,
            mapImage: mapPicture,
            prepare: async (id: string) => {
              await view.historySettled() // months behind known before a file says them
              if (WHOLE_PAGE_FILES.has(id)) await view.tiersSettled()
            },
            trendImage: pictures.trend,
          }
        : null,
    ),
    () => Boolean(data.stats.error.value) || data.hasFailed.value,
  )
  // Every chart offers itself as PNG and SVG to users who may export, titled with unit, period and source.
  const chartExport = (title: string): ChartExportInfo | null => {
    if (!data.me.data.value?.canExport || !state.value || !data.unit.value || !data.meta.data.value) return null
    const unitName = data.unit.value.name
    const range = state.value.range
    return {
      title,
      subtitle: `${unitName} · ${format.monthRange(range)}`,
      source: t('export.source', { time: format.dateTime(data.meta.data.value.updatedAt) }),
      fileName: (extension) => exportFileName(unitName, range, extension, title),
      files: CHART_FILES,
    }
  }
  return { fileNotes, tableExport, exportItems, exporter, chartExport }
}
