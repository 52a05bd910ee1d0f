// The weekly view's tables by name and its meeting pack: the unit's own week, its units against the target (a
// ranking chart where they share the unit's target), every unit's week, and the ones that slipped (pure).
import { cellText, type CellWords } from '../../domain/cell-text'
import { tableFromColumns } from '../../export/columns'
import { statusWords } from '../../export/figures-table'
import type { PackSection } from '../../export/pptx'
import type { CellValue } from '../../domain/columns'
import type { ExportColumn, ExportTable } from '../../export/table'
import { sortByColumn } from '../../domain/sorting'
import type { MetricId } from '../../domain/metrics'
import type { Translate } from '../../i18n/messages'
import { weeklyColumns } from './weekly-columns'
import type { WeeklyLine, WeeklyModel } from './weekly-model'

export interface WeeklyFigures {
  model: WeeklyModel
  metric: MetricId
  unitName: string
}

/** The units' lines in the screen's first order: the largest fall first. */
export const weeklyRows = (lines: readonly WeeklyLine[]) => sortByColumn(lines, (l) => l.change, 'ascending')

export function weeklyTables(f: WeeklyFigures, t: Translate) {
  const columns = weeklyColumns(t)
  const table = (sheet: string, title: string, rows: readonly WeeklyLine[]): ExportTable =>
    tableFromColumns({ sheet, title, statusLabels: statusWords(t) }, columns, rows)
  return {
    own: table(t('weekly.sheets.own'), t('weekly.own', { unit: f.unitName }), [f.model.own]),
    lines: table(
      t('nav.weekly'),
      t('weekly.tableTitle', { metric: t(`metrics.${f.metric}`) }),
      weeklyRows(f.model.lines),
    ),
    slipped: table(t('weekly.sheets.slipped'), t('weekly.slippedTitle'), f.model.slipped),
  }
}

/** The workbook's sheets, in the screen's order. */
export function weeklySheets(f: WeeklyFigures, t: Translate): ExportTable[] {
  const { own, lines, slipped } = weeklyTables(f, t)
  return [own, lines, slipped]
}

function ownFinding(f: WeeklyFigures, t: Translate, w: CellWords): string {
  const { own } = f.model
  const metric = t(`metrics.${f.metric}`)
  if (own.value === null) return t('weekly.findings.ownNone', { unit: f.unitName, metric })
  const base = t('weekly.findings.own', {
    unit: f.unitName,
    metric,
    value: w.rate(own.value, own.target),
    change: own.change === null ? w.dash : w.pointChange(own.change),
  })
  if (own.target === null) return base
  const key = own.status === 'met' ? 'weekly.findings.met' : 'weekly.findings.notMet'
  return `${base} ${t(key, { target: w.percent(own.target) })}`
}

/** The pack's slides after its cover. */
export function weeklySections(f: WeeklyFigures, t: Translate, w: CellWords): PackSection[] {
  const tables = weeklyTables(f, t)
  const formatValue = (column: ExportColumn, row: Record<string, CellValue>) => cellText(column, row, w)
  const { own, lines, slipped } = f.model
  const sections: PackSection[] = []
  const ranked = sortByColumn(
    lines.filter((l) => l.value !== null),
    (l) => l.value,
    'descending',
  )
  // One target line: drawn where every unit shown is held to the unit's own target (else the table says it).
  const target = own.target
  if (ranked.length > 0 && lines.every((l) => l.target === target))
    sections.push({
      kind: 'bar',
      heading: ownFinding(f, t, w),
      labels: ranked.map((l) => l.name),
      values: ranked.map((l) => l.value!),
      valueLabels: ranked.map((l) => w.percent(l.value!)),
      seriesNames: { met: t('status.met'), notMet: t('status.notMet') },
      target,
      targetLabel: target === null ? '' : `${t('weekly.columns.target')}: ${w.percent(target)}`,
    })
  else sections.push({ kind: 'table', heading: ownFinding(f, t, w), table: tables.own, formatValue })
  const withTarget = lines.filter((l) => l.target !== null && l.value !== null)
  const linesHeading =
    withTarget.length > 0
      ? t('weekly.findings.lines', {
          title: tables.lines.title,
          met: withTarget.filter((l) => l.status === 'met').length,
          total: withTarget.length,
        })
      : tables.lines.title
  sections.push({ kind: 'table', heading: linesHeading, table: tables.lines, formatValue })
  const worst = slipped[0]
  if (worst)
    sections.push({
      kind: 'table',
      heading: t('weekly.findings.slipped', {
        count: slipped.length,
        unit: worst.name,
        change: w.pointChange(worst.change!),
      }),
      table: tables.slipped,
      formatValue,
    })
  return sections
}
