// The headings that state a slide's finding: the key figure against its target, and what the trend shows
// ("Tỷ lệ hồ sơ trực tuyến tăng từ 29,8% lên 38,3% trong 12 tháng, vẫn dưới chỉ tiêu 50,0%"), as the screen
// writes the numbers.
import { decidingDigits } from '../../domain/format'
import type { RateKpi } from '../../domain/kpis'
import type { ExportWords } from './overview-export'

/** The heading that states a KPI's finding: "Tỷ lệ hồ sơ trực tuyến 9,9% — chưa đạt chỉ tiêu 30,0%". */
export function kpiFinding(kpi: RateKpi, w: ExportWords): string {
  const values = {
    metric: w.t(`metrics.${kpi.metric}`),
    value:
      kpi.current.value === null
        ? w.t('noValue.dash')
        : w.percent(kpi.current.value, decidingDigits(kpi.current.value, kpi.target)),
    target: kpi.target === null ? '' : w.percent(kpi.target),
  }
  if (kpi.target === null || kpi.current.value === null) return w.t('export.findingNoTarget', values)
  return w.t(kpi.status === 'met' ? 'export.findingMet' : 'export.findingNotMet', values)
}

export interface TrendFigures {
  months: readonly string[]
  values: ReadonlyArray<number | null>
  targets: ReadonlyArray<number | null>
}

export function trendFinding(metric: string, trend: TrendFigures, w: ExportWords): string | null {
  const valued = trend.values.flatMap((v, i) => (v === null ? [] : [{ v, i }]))
  if (valued.length < 2) return null
  const first = valued[0]!
  const last = valued[valued.length - 1]!
  const from = w.percent(first.v)
  const to = w.percent(last.v)
  // Compared as written: 38,31% and 38,34% both read "38,3%", which is no change to the reader.
  const direction = from === to ? 'trendFlat' : last.v > first.v ? 'trendUp' : 'trendDown'
  const months = last.i - first.i + 1
  const change = w.t(`export.${direction}`, { metric, from, to, months })
  const target = trend.targets[last.i] ?? null
  if (target === null) return change
  const key = last.v >= target ? 'trendAtTarget' : direction === 'trendDown' ? 'trendBelow' : 'trendStillBelow'
  return change + w.t(`export.${key}`, { target: w.percent(target) })
}
