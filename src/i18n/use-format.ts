// Formatting bound to the current language, for components.
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import {
  formatCompactCount,
  formatCount,
  formatDateTime,
  formatMonth,
  formatMonthRange,
  formatMonthShort,
  formatPercent,
  formatPercentAgainst,
  formatPointChange,
  formatPoints,
  formatRelativeChange,
  formatScore,
  formatWeek,
  type Locale,
} from '../domain/format'

export function useFormat() {
  const { locale } = useI18n()
  const current = computed<Locale>(() => (locale.value === 'en' ? 'en' : 'vi'))
  return {
    locale: current,
    count: (value: number) => formatCount(value, current.value),
    compactCount: (value: number) => formatCompactCount(value, current.value),
    percent: (ratio: number, digits?: number) => formatPercent(ratio, current.value, digits),
    /** A rate beside its target, with the digits that decide its status; "—" without a value. */
    rate: (ratio: number | null, target: number | null = null, digits?: number) =>
      ratio === null ? '—' : formatPercentAgainst(ratio, target, current.value, digits),
    pointChange: (delta: number) => formatPointChange(delta, current.value),
    points: (ratio: number) => formatPoints(ratio, current.value),
    relativeChange: (ratio: number) => formatRelativeChange(ratio, current.value),
    /** Index points, two decimals: 18,33; signed (+0,42) for a change. */
    score: (value: number, isSigned = false) => formatScore(value, current.value, isSigned),
    month: (month: string) => formatMonth(month, current.value),
    monthShort: (month: string) => formatMonthShort(month, current.value),
    monthRange: (range: { from: string; to: string }) => formatMonthRange(range, current.value),
    dateTime: (iso: string) => formatDateTime(iso, current.value),
    week: (week: string) => formatWeek(week, current.value),
  }
}
