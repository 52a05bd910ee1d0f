import { describe, expect, it } from 'vitest'
import { PALETTE } from '../../src/charts/palette'
import { MAX_LABEL_CHARS, rankingBarOption, type RankingInput } from '../../src/charts/ranking-bar'
import { formatPercent, formatPercentAgainst } from '../../src/domain/format'
import { CHART_FONT_FAMILY } from '../../src/charts/font'

const input: RankingInput = {
  items: [
    { id: 'c1', name: 'Xã Tân Quới', value: 0.56, status: 'met' },
    { id: 'c2', name: 'Xã Tân Hòa', value: 0.41, status: 'met' },
    { id: 'c3', name: 'Xã Phú Lợi', value: 0.047, status: 'notMet' },
  ],
  target: 0.3,
  targetName: 'Chỉ tiêu',
  formatRate: (r) => formatPercent(r, 'vi'),
  ariaDescription: 'xếp hạng',
}

type Bar = { data: Array<{ id: string; value: number; itemStyle: { color: string; decal: { symbol?: string } } }> }

describe('rankingBarOption', () => {
  const option = rankingBarOption(input)
  const [bar] = option.series as Bar[]

  it('puts the best at the top (ECharts draws categories bottom-up)', () => {
    expect((option.yAxis as { data: string[] }).data).toEqual(['Xã Phú Lợi', 'Xã Tân Hòa', 'Xã Tân Quới'])
    expect(bar!.data.map((d) => [d.id, d.value])).toEqual([
      ['c3', 4.7],
      ['c2', 41],
      ['c1', 56],
    ])
  })

  it('colours by status and stripes the ones below target', () => {
    expect(bar!.data.map((d) => d.itemStyle.color)).toEqual([PALETTE.notMet, PALETTE.met, PALETTE.met])
    expect(bar!.data[0]!.itemStyle.decal.symbol).toBe('rect')
    expect(bar!.data[1]!.itemStyle.decal.symbol).toBe('none')
  })

  it('draws the target line, or none', () => {
    const series = rankingBarOption(input).series as Array<{
      type: string
      data: unknown[]
      endLabel?: { formatter: string }
    }>
    // A vertical dashed line at 30 % from the first category to the last, labelled with the target.
    expect(series[1]!.type).toBe('line')
    expect(series[1]!.data).toEqual([
      [30, 0],
      [30, input.items.length - 1],
    ])
    expect(series[1]!.endLabel!.formatter).toBe('Chỉ tiêu 30,0%')
    expect(rankingBarOption({ ...input, target: null }).series).toHaveLength(1)
  })
})

describe('ranking bar labels', () => {
  it('cuts long unit names on the axis, keeps them whole in the data (tooltip)', () => {
    const long = 'Ban Quản lý các khu công nghiệp tỉnh Đồng Tháp'
    const option = rankingBarOption({ ...input, items: [{ id: 'x', name: long, value: 0.5, status: 'met' }] })
    const label = (option.yAxis as { data: string[] }).data[0]!
    expect(label.length).toBe(MAX_LABEL_CHARS)
    expect(label.endsWith('…')).toBe(true)
    expect(long.startsWith(label.slice(0, -1))).toBe(true)
    expect((option.series as Bar[])[0]!.data[0]).toMatchObject({ id: 'x', name: long })
  })

  it("writes its labels and tooltips in the page's font stack", () => {
    const option = rankingBarOption(input)
    const styles = [option.textStyle, (option.tooltip as { textStyle?: unknown }).textStyle] as Array<{
      fontFamily?: string
    }>
    for (const style of styles) expect(style.fontFamily).toBe(CHART_FONT_FAMILY)
  })
})

describe('rankingBarOption with a unit named like markup', () => {
  const name = '<img src=x onerror="alert(1)"> Xã <b>Thử</b> với một tên rất dài'
  const option = rankingBarOption({ ...input, items: [{ id: 'c9', name, value: 0.5, status: 'met' }] })
  const formatter = (option.tooltip as { formatter: (params: unknown) => string }).formatter

  it("shows the full name and the rate in its tooltip as text, after ECharts' marker", () => {
    const marker = '<span class="marker"></span>'
    const html = formatter({ marker, name, value: 50, dataIndex: 0, data: (option.series as Bar[])[0]!.data[0] })
    expect(html.startsWith(marker)).toBe(true)
    expect(html.slice(marker.length)).not.toMatch(/<(?!\/?b[ >])/) // no element but the value's <b>
    expect(html).toContain(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Xã &lt;b&gt;Thử&lt;/b&gt; với một tên rất dài',
    )
    expect(html).toContain(formatPercent(0.5, 'vi'))
  })
})

describe('rankingBarOption beside its target', () => {
  it('labels and tooltips a bar just below the target with the digits that decide it (94,96%, not 95,0%)', () => {
    const near = rankingBarOption({
      ...input,
      target: 0.95,
      formatRate: (r, target = null) => formatPercentAgainst(r, target, 'vi'),
      items: [{ id: 'c9', name: 'Xã Gần Đạt', value: 0.9496, status: 'notMet' }],
    })
    const [bar] = near.series as Array<{ label: { formatter: (p: { dataIndex: number }) => string } }>
    expect(bar!.label.formatter({ dataIndex: 0 })).toBe('94,96%')
    const tooltip = (near.tooltip as { formatter: (p: object) => string }).formatter({
      name: 'Xã Gần Đạt',
      dataIndex: 0,
    })
    expect(tooltip).toContain('94,96%')
  })
})

describe('rankingBarOption labels', () => {
  it("labels and tooltips each bar with its own unit's rate (bars are drawn bottom-up)", () => {
    const option = rankingBarOption(input)
    const [bar] = option.series as Array<{
      data: Array<{ id: string }>
      label: { formatter: (p: { dataIndex: number }) => string }
    }>
    const tooltip = (option.tooltip as { formatter: (p: object) => string }).formatter
    bar!.data.forEach((datum, dataIndex) => {
      const item = input.items.find((i) => i.id === datum.id)!
      expect(bar!.label.formatter({ dataIndex })).toBe(formatPercent(item.value, 'vi'))
      expect(tooltip({ name: item.name, dataIndex })).toContain(formatPercent(item.value, 'vi'))
    })
  })
})

describe('the ranking as a file (PNG, SVG)', () => {
  const long = 'Sở Lao động - Thương binh và Xã hội tỉnh Đồng Tháp'
  const items = [
    { id: 'c1', name: long, value: 0.56, status: 'met' as const },
    { id: 'c2', name: 'Ban Quản lý các khu công nghiệp', value: 0.12, status: 'notMet' as const },
  ]
  const option = rankingBarOption({ ...input, items, isDocument: true })

  it('writes every name whole (on two lines where long): no "…" and every word in the picture', async () => {
    await import('../../src/charts/registry') // the bar and line charts, as the app has them
    const { titledChartSvg } = await import('../../src/charts/chart-picture')
    const svg = titledChartSvg(option, { width: 800, height: 300 }, { title: 'Xếp hạng', subtitle: '', source: '' })
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!)
    expect(texts.join(' ')).not.toContain('…')
    for (const item of items) {
      const lines = texts.filter((t) => item.name.includes(t) && t.length > 3)
      expect(lines.join(' ')).toBe(item.name)
    }
  })

  it("runs the target's line on into an empty top row, where its label stands clear of every bar", () => {
    const categories = (option.yAxis as { data: string[] }).data
    const [bar, line] = option.series as Array<{ data: unknown[]; endLabel?: { formatter: string } }>
    expect(categories).toHaveLength(items.length + 1)
    expect(categories[items.length]).toBe('') // the top row: no unit, no bar
    expect(bar!.data).toHaveLength(items.length)
    expect(line!.data).toEqual([
      [30, 0],
      [30, items.length], // the label is drawn at the line's end: in the empty row
    ])
    expect(line!.endLabel!.formatter).toBe('Chỉ tiêu 30,0%')
  })
})
