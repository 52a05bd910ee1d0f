// What a chart needs to offer itself as files (charts/ imports no menu and no file code): the menu, saving
// a file, and the titled PNG (loaded when first asked for).
import { markRaw } from 'vue'
import type { ChartFiles } from '../../charts/use-chart-export'
import { ExportMenu } from '../../components/export-menus'
import { downloadBlob } from '../../export/download'

export const CHART_FILES: ChartFiles = {
  menu: markRaw(ExportMenu),
  download: downloadBlob,
  loadTitledPng: async () => (await import('../../export/chart-image')).titledChartPng,
}
