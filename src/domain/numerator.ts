// How a metric's numerator is named as a column beside its volume (the denominator, "Số hồ sơ").
import type { MetricId } from './metrics'

/** The i18n key naming a metric's numerator as a column ("Trực tuyến toàn trình" for the full-online rate). */
export const numeratorLabelKey = (metric: MetricId) => `overview.numerators.${metric}`
