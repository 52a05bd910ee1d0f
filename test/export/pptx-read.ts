// Reads a PPTX back for tests: per slide (in order), its shapes' boxes in inches, its tables' cell texts, its text.
import JSZip from 'jszip'

const EMU = 914400
export interface Box {
  x: number
  y: number
  w: number
  h: number
  text: string
}
export interface SlideRead {
  boxes: Box[]
  tables: string[][][]
  text: string
  hasSlideNumber: boolean
}

const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]!))
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

function box(xml: string): Box {
  const off = /<a:off x="(\d+)" y="(\d+)"\/>/.exec(xml)!
  const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(xml)!
  const rows = [...xml.matchAll(/<a:tr h="(\d+)"/g)].map((m) => Number(m[1]))
  const h = rows.length > 0 ? rows.reduce((a, b) => a + b, 0) : Number(ext[2])
  return {
    x: Number(off[1]) / EMU,
    y: Number(off[2]) / EMU,
    w: Number(ext[1]) / EMU,
    h: h / EMU,
    text: texts(xml).join(' '),
  }
}

export async function readSlides(data: ArrayBuffer | Uint8Array): Promise<SlideRead[]> {
  const zip = await JSZip.loadAsync(data)
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]))
  return Promise.all(
    names.map(async (name) => {
      const xml = await zip.file(name)!.async('string')
      const shapes = [...xml.matchAll(/<p:(sp|graphicFrame|pic)>[\s\S]*?<\/p:\1>/g)].map((m) => m[0])
      const tables = [...xml.matchAll(/<a:tbl>[\s\S]*?<\/a:tbl>/g)].map((m) =>
        [...m[0].matchAll(/<a:tr [\s\S]*?<\/a:tr>/g)].map((tr) =>
          [...tr[0].matchAll(/<a:tc[\s>][\s\S]*?<\/a:tc>/g)].map((tc) => texts(tc[0]).join('')),
        ),
      )
      return {
        boxes: shapes.map(box),
        tables,
        text: texts(xml).join('\n'),
        hasSlideNumber: xml.includes('type="slidenum"'),
      }
    }),
  )
}

export interface ChartRead {
  series: Array<{ name: string; values: number[] }>
  axisMax: number | null
  /** The plot's manual layout inside the chart's frame (fractions), if given. */
  layout: { x: number; y: number; w: number; h: number } | null
  showsValues: boolean
}

/** The charts of a PPTX in file order: their series, value axis maximum and plot layout. */
export async function readCharts(data: ArrayBuffer | Uint8Array): Promise<ChartRead[]> {
  const zip = await JSZip.loadAsync(data)
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]))
  return Promise.all(
    names.map(async (name) => {
      const xml = await zip.file(name)!.async('string')
      const series = [...xml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map(([ser]) => ({
        name: /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)![1]!,
        values: [.../<c:val>[\s\S]*?<\/c:val>/.exec(ser)![0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1])),
      }))
      const max = /<c:valAx>[\s\S]*?<c:max val="([^"]+)"/.exec(xml)
      const layout =
        /<c:plotArea>\s*<c:layout>[\s\S]*?<c:x val="([^"]+)"[\s\S]*?<c:y val="([^"]+)"[\s\S]*?<c:w val="([^"]+)"[\s\S]*?<c:h val="([^"]+)"/.exec(
          xml,
        )
      return {
        series,
        axisMax: max ? Number(max[1]) : null,
        layout: layout ? { x: +layout[1]!, y: +layout[2]!, w: +layout[3]!, h: +layout[4]! } : null,
        showsValues: /<c:showVal val="1"\/>/.test(xml),
      }
    }),
  )
}
