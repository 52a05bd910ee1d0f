// @vitest-environment jsdom
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, useTemplateRef } from 'vue'
import type { ChartOption } from '../../src/charts/registry'
import {
  documentPictureSize,
  useChartExport,
  type ChartExportInfo,
  type UseChartExportReturn,
} from '../../src/charts/use-chart-export'

// Drawing off screen needs ECharts' canvas; here it records what it was asked to draw.
const drawnAt: unknown[] = []
vi.mock('../../src/charts/chart-picture', () => ({
  chartPngDataUrl: async (_option: unknown, size: unknown, ratio: number) => {
    drawnAt.push({ size, ratio })
    return 'data:image/png;base64,AAAA'
  },
  titledChartSvg: (_option: unknown, size: { width: number }, text: { title: string }) =>
    `<svg data-width="${size.width}">${text.title}</svg>`,
}))

const info: ChartExportInfo = {
  title: 'Tỷ lệ hồ sơ trực tuyến',
  subtitle: 'Huyện Thanh Bình · 01/2021–06/2021',
  source: 'Nguồn: …',
  fileName: (extension) => `tien-do-dvctt_thanh-binh.${extension}`,
  // The composable is handed saving and the titled PNG itself (below); BaseChart takes them from here.
  files: { menu: {}, download: () => undefined, loadTitledPng: () => Promise.reject(new Error('not here')) },
}

function mountExported(titledPng: (url: string) => Promise<Blob>) {
  const download = vi.fn()
  let result: UseChartExportReturn | null = null
  mount(
    defineComponent({
      setup() {
        result = useChartExport({
          container: useTemplateRef<HTMLElement>('box'),
          info: () => info,
          documentOption: () => ({}) as ChartOption,
          beforeDraw: () => undefined,
          download,
          loadTitledPng: async () => titledPng,
        })
        return () => h('div', { ref: 'box' })
      },
    }),
  )
  return { download, files: result! }
}

describe('useChartExport', () => {
  it('saves a titled PNG drawn at twice the size, named by the export info, and says so', async () => {
    const titledPng = vi.fn(async () => new Blob(['png'], { type: 'image/png' }))
    const { download, files } = mountExported(titledPng)
    const exporting = files.exportAs('png')
    expect(files.isBusy.value).toBe(true)
    await exporting
    expect(titledPng).toHaveBeenCalledWith(
      'data:image/png;base64,AAAA',
      {
        title: info.title,
        subtitle: info.subtitle,
        source: info.source,
      },
      2,
    )
    expect(drawnAt.at(-1)).toEqual({ size: { width: 320, height: 200 }, ratio: 2 })
    expect(download).toHaveBeenCalledWith(expect.any(Blob), 'tien-do-dvctt_thanh-binh.png')
    expect(files.outcome.value).toEqual({ file: 'tien-do-dvctt_thanh-binh.png' })
    expect(files.isBusy.value).toBe(false)
  })

  it('saves an SVG with its title, and reports a failure with its reason instead of a file', async () => {
    const { download, files } = mountExported(async () => {
      throw new Error('canvas too large')
    })
    await files.exportAs('svg')
    const svg = download.mock.calls[0]![0] as Blob
    expect(svg.type).toBe('image/svg+xml')
    expect(await svg.text()).toContain(info.title)
    expect(download.mock.calls[0]![1]).toBe('tien-do-dvctt_thanh-binh.svg')
    await files.exportAs('png')
    expect(files.outcome.value).toEqual({ reason: 'canvas too large' })
    expect(download).toHaveBeenCalledTimes(1)
    expect(files.isBusy.value).toBe(false)
  })

  it.each([
    [
      { width: 0, height: 0 },
      { width: 320, height: 200 },
    ],
    [
      { width: 1180.6, height: 360.2 },
      { width: 1181, height: 360 },
    ],
  ])('draws a box of %o at %o at least', (box, expected) => {
    expect(documentPictureSize(box)).toEqual(expected)
  })
})
