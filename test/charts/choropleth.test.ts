import { describe, expect, it } from 'vitest'
import { BAND_COLOURS, choroplethOption } from '../../src/charts/choropleth'
import { CHART_FONT_FAMILY } from '../../src/charts/font'

describe('choroplethOption', () => {
  const option = choroplethOption({
    map: 'geo/districts-2024-87.json',
    items: [
      { code: '874', id: 'd874', name: 'Huyện Thanh Bình', band: 'far', tooltip: 'Huyện Thanh Bình: 15,8%' },
      { code: '866', id: 'd866', name: 'Thành phố Cao Lãnh', band: 'met', tooltip: 'x' },
    ],
    ariaDescription: 'bản đồ',
  })
  const [series] = option.series as Array<{ map: string; nameProperty: string; data: Array<{ name: string; id: string; itemStyle: { areaColor: string; decal: { symbol: string } } }> }>

  it('joins on the GSO code and carries the unit id for drill-down', () => {
    expect(series!.nameProperty).toBe('code')
    expect(series!.map).toBe('geo/districts-2024-87.json')
    expect(series!.data.map((d) => [d.name, d.id])).toEqual([['874', 'd874'], ['866', 'd866']])
  })

  it('colours and patterns by band', () => {
    expect(series!.data[0]!.itemStyle.areaColor).toBe(BAND_COLOURS.far)
    expect(series!.data[0]!.itemStyle.decal.symbol).toBe('rect')
    expect(series!.data[1]!.itemStyle).toMatchObject({ areaColor: BAND_COLOURS.met, decal: { symbol: 'none' } })
  })

  it('writes its labels and tooltips in the page\'s font stack', () => {
    const styles = [option.textStyle, (option.tooltip as { textStyle?: unknown }).textStyle] as Array<{ fontFamily?: string }>
    for (const style of styles) expect(style.fontFamily).toBe(CHART_FONT_FAMILY)
  })
})

describe('choroplethOption with a unit named like markup', () => {
  const name = '<img src=x onerror="alert(1)"> Xã <b>Thử</b>'
  const option = choroplethOption({
    map: 'geo/districts-2024-87.json',
    items: [{ code: '874', id: 'd874', name, band: 'far', tooltip: `${name}: 15,8%` }],
    ariaDescription: 'bản đồ',
  })
  const formatter = (option.tooltip as { formatter: (params: unknown) => string }).formatter
  const [series] = option.series as Array<{ data: Array<Record<string, unknown>> }>

  it('shows the name in its tooltip as text: no element, every character escaped', () => {
    // A data item's own `tooltip` would be ECharts' template for it, used instead of the formatter.
    expect(series!.data[0]).not.toHaveProperty('tooltip')
    const html = formatter({ data: series!.data[0] })
    expect(html).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Xã &lt;b&gt;Thử&lt;/b&gt;: 15,8%')
    expect(html).not.toContain('<')
  })
})
