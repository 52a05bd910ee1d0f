// The heading that states what the trend shows: "Tỷ lệ hồ sơ trực tuyến tăng từ 29,8% lên 38,3% trong
// 12 tháng, vẫn dưới chỉ tiêu 50,0%" — from the first and last month with a value, as the screen writes them.
import type { ExportWords } from './overview-export'

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
