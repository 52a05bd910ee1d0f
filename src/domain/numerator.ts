// How many dossiers a unit's rate counts: its numerator, beside its volume (the denominator, "Số hồ sơ").
import type { MetricId } from './metrics'

/**
 * The metric's numerator from a figure's value and volume: a rate is a ratio of two counts, so value × volume
 * rounds back to the count exactly (for the full-online rate, dossiers received fully online; for the online
 * rate, received online; for the on-time rate, resolved on time). No value: nothing counted.
 */
export function numeratorOf(figure: { value: number | null; volume: number }): number {
  return figure.value === null ? 0 : Math.round(figure.value * figure.volume)
}

/** The i18n key naming a metric's numerator as a column ("Trực tuyến toàn trình" for the full-online rate). */
export const numeratorLabelKey = (metric: MetricId) => `overview.numerators.${metric}`
