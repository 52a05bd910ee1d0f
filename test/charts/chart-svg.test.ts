import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { chartSvg } from '../../src/charts/chart-svg'
import { CHART_FONT_FAMILY } from '../../src/charts/font'
import { PALETTES } from '../../src/charts/palette'
import { optionFromRecipe, type MetricTrendRecipe } from '../../src/charts/recipes'

const recipe = (locale: 'vi' | 'en'): MetricTrendRecipe => ({
  kind: 'metric-trend',
  locale,
  input: {
    palette: PALETTES.light,
    labels: ['11/2021', '12/2021', '1/2022'],
    values: [0.25, null, 0.4123],
    targets: [0.3, 0.3, 0.5],
    channels: { online: [25000, 0, 41000], postal: [5000, 0, 4000], desk: [70000, 0, 55000] },
    names: {
      metric: 'Tỷ lệ trực tuyến',
      target: 'Chỉ tiêu',
      online: 'Trực tuyến',
      postal: 'Bưu chính',
      desk: 'Trực tiếp',
    },
    ariaDescription: 'mô tả',
  },
})

type Axis = { axisLabel: { formatter: (v: number) => string } }
type Series = { tooltip: { valueFormatter: (v: unknown, i?: number) => string } }

describe('optionFromRecipe', () => {
  it("formats counts and rates in the recipe's language", () => {
    const vi = optionFromRecipe(recipe('vi'))
    const en = optionFromRecipe(recipe('en'))
    // Counts on the axis are compact (CLDR's words: "120 N" in vi, "120K" in en), so millions fit its margin.
    const compact = (locale: string) =>
      new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(120000)
    expect((vi.yAxis as Axis[])[0]!.axisLabel.formatter(120000)).toBe(compact('vi-VN'))
    expect((en.yAxis as Axis[])[0]!.axisLabel.formatter(120000)).toBe('120K')
    expect((vi.series as Series[])[3]!.tooltip.valueFormatter(41.23, 2)).toBe('41,2%')
    expect((en.series as Series[])[3]!.tooltip.valueFormatter(41.23, 2)).toBe('41.2%')
  })

  it("draws in the colours it is given, the recipe's by default", () => {
    expect(JSON.stringify(optionFromRecipe(recipe('vi')))).toContain(PALETTES.light.line)
    expect(JSON.stringify(optionFromRecipe(recipe('vi'), PALETTES.dark))).toContain(PALETTES.dark.line)
  })
})

describe('chartSvg', () => {
  const svg = chartSvg(recipe('vi'), { width: 600, height: 300 })

  it('is an SVG of the requested size with every month along the axis', () => {
    expect(svg).toMatch(/^<svg[^>]* width="600" height="300"/)
    for (const month of ['11/2021', '12/2021', '1/2022']) expect(svg).toContain(`>${month}</text>`)
  })

  it("labels the count axis in Vietnamese and draws the line in the palette's colour", () => {
    expect(svg).toMatch(/>\d{1,3}(,\d)?\s?N<\/text>/) // "20 N": nghìn, Vietnamese compact notation
    expect(svg).toContain(PALETTES.light.line)
    expect(svg).toContain(PALETTES.light.online)
  })

  it('leaves out what a still picture cannot use (tooltips) and what its box already says (aria)', () => {
    expect(svg).not.toContain('mô tả')
    expect(svg).not.toContain('aria-label')
  })

  it("writes every label in the page's own font stack, not ECharts' default", () => {
    const labels = [...svg.matchAll(/<text[^>]*>/g)].map((match) => match[0])
    expect(labels.length).toBeGreaterThan(10)
    for (const label of labels) expect(label).toContain(`font-family:${CHART_FONT_FAMILY};`)
  })

  it("the charts' font stack is the page's (styles.css, :root)", () => {
    const root = readFileSync('src/styles.css', 'utf8').match(/:root\s*\{[^}]*?font-family:\s*([^;]+);/)
    expect(root?.[1]).toBe(CHART_FONT_FAMILY)
  })
})
