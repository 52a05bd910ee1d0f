// A chart described by data alone — what it shows, in which language and colours — so the option can be
// built anywhere: on the page, or in the worker that draws first pictures (functions cannot be posted).
import { formatCompactCount, formatCount, formatPercentAgainst, type Locale } from '../domain/format'
import { metricTrendOption, type MetricTrendInput } from './metric-trend'
import type { Palette } from './palette'
import type { ChartOption } from './registry'

export interface MetricTrendRecipe {
  kind: 'metric-trend'
  locale: Locale
  input: Omit<MetricTrendInput, 'formatRate' | 'formatCount' | 'formatAxisCount' | 'palette'> & { palette: Palette }
}

export type ChartRecipe = MetricTrendRecipe

/** The ECharts option a recipe stands for, formatted in the recipe's language. */
export function optionFromRecipe(recipe: ChartRecipe, palette: Palette = recipe.input.palette): ChartOption {
  const { locale } = recipe
  return metricTrendOption({
    ...recipe.input,
    palette,
    formatRate: (ratio, target = null) => formatPercentAgainst(ratio, target, locale),
    formatCount: (value) => formatCount(value, locale),
    formatAxisCount: (value) => formatCompactCount(value, locale),
  })
}
