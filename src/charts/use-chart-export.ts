// A chart as a file: PNG (twice its size, on white, titled) or SVG, drawn off screen from the option that
// documents show. Making the titled PNG and saving the file are handed in, so charts import no file code.
import { shallowRef, type Component, type Ref } from 'vue'
import type { ChartOption } from './registry'

/** A titled PNG of a chart's picture (src/export/chart-image.ts). */
type TitledPng = (pictureUrl: string, text: ChartTitleText, pixelRatio: number) => Promise<Blob>

/** What a chart's files need from outside charts/, wired in by the feature (features/shared/chart-files.ts). */
export interface ChartFiles {
  /** The menu that offers the files (props label, items, isBusy, message; emits `choose` with an item's id). */
  menu: Component
  download: (blob: Blob, fileName: string) => void
  loadTitledPng: () => Promise<TitledPng>
}

export interface ChartExportInfo {
  title: string
  subtitle: string
  source: string
  fileName: (extension: 'png' | 'svg') => string
  files: ChartFiles
}

export type ChartTitleText = Pick<ChartExportInfo, 'title' | 'subtitle' | 'source'>
/** The last export: the file saved, or why it failed. */
export type ChartExportOutcome = { file: string } | { reason: string }

export interface UseChartExportOptions {
  /** The chart's box (its on-screen size is the picture's). */
  container: Readonly<Ref<HTMLElement | null>>
  info: () => ChartExportInfo | null
  /** The option in the colours documents use (light). */
  documentOption: () => ChartOption
  /** The picture's size from the chart's box (a map's own proportions); by default the box. */
  documentSize?: (box: { width: number; height: number }) => { width: number; height: number }
  /** What ECharts must know before drawing the option (a map's boundaries). */
  beforeDraw: () => Promise<void> | undefined
  /** Loads what draws title, subtitle and source into the chart's PNG (src/export/chart-image.ts). */
  loadTitledPng: () => Promise<TitledPng>
  download: (blob: Blob, fileName: string) => void
}

export interface UseChartExportReturn {
  isBusy: Ref<boolean>
  outcome: Ref<ChartExportOutcome | null>
  exportAs: (kind: string) => Promise<void>
  /**
   * The chart as documents show it (with its legend), drawn off screen: a PNG data URL at `pixelRatio`,
   * at `size` (CSS pixels) where a document has a box for it, else at its size on screen.
   */
  pictureDataUrl: (pixelRatio?: number, size?: { width: number; height: number }) => Promise<string | null>
}

/** At least 320 × 200: a chart hidden or squeezed on screen still makes a legible file. */
export function documentPictureSize(box: { width: number; height: number }): { width: number; height: number } {
  return { width: Math.max(320, Math.round(box.width)), height: Math.max(200, Math.round(box.height)) }
}

/** Files of the chart in `container`, as `info` names them. */
export function useChartExport(options: UseChartExportOptions): UseChartExportReturn {
  const isBusy = shallowRef(false)
  const outcome = shallowRef<ChartExportOutcome | null>(null)
  const pictureSize = () => {
    const { width, height } = options.container.value!.getBoundingClientRect()
    return documentPictureSize(options.documentSize?.({ width, height }) ?? { width, height })
  }

  async function pictureDataUrl(pixelRatio = 2, size?: { width: number; height: number }): Promise<string | null> {
    if (!options.container.value) return null
    const [{ chartPngDataUrl }] = await Promise.all([import('./chart-picture'), options.beforeDraw()])
    return chartPngDataUrl(options.documentOption(), size ?? pictureSize(), pixelRatio)
  }

  async function exportAs(kind: string) {
    const info = options.info()
    if (!info || !options.container.value) return
    isBusy.value = true
    outcome.value = null
    try {
      const text = { title: info.title, subtitle: info.subtitle, source: info.source }
      let blob: Blob
      if (kind === 'png') {
        const [titledPng, picture] = await Promise.all([options.loadTitledPng(), pictureDataUrl(2)])
        blob = await titledPng(picture!, text, 2)
      } else {
        const [{ titledChartSvg }] = await Promise.all([import('./chart-picture'), options.beforeDraw()])
        blob = new Blob([titledChartSvg(options.documentOption(), pictureSize(), text)], { type: 'image/svg+xml' })
      }
      const fileName = info.fileName(kind === 'png' ? 'png' : 'svg')
      options.download(blob, fileName)
      outcome.value = { file: fileName }
    } catch (error) {
      outcome.value = { reason: error instanceof Error ? error.message : String(error) }
    } finally {
      isBusy.value = false
    }
  }

  return { isBusy, outcome, exportAs, pictureDataUrl }
}
