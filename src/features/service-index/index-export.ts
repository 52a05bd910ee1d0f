// The service index's meeting pack: a slide per table whose heading states its finding (the group losing
// the most points, the unit costing it the most, the overdue backlog), the scoring rule under the groups (pure).
import { cellText, type CellWords } from '../../domain/cell-text'
import type { PackSection } from '../../export/pptx'
import type { CellValue } from '../../domain/columns'
import type { ExportColumn, ExportTable } from '../../export/table'
import { SERVICE_INDEX } from '../../domain/service-index-config'
import type { Translate } from '../../i18n/messages'
import {
  groupsTable,
  holdersTable,
  lossesTable,
  measuredGroups,
  resolutionTable,
  type IndexFigures,
} from './index-tables'

/** The slides show the first ten of a long list (as the screen does); the workbook holds them all. */
export const SLIDE_TOP = 10

/** A table section whose cells read as the screen's, from the same column definition. */
function tableSection(heading: string, words: CellWords, table: ExportTable, note?: string): PackSection {
  const formatValue = (column: ExportColumn, row: Record<string, CellValue>) => cellText(column, row, words)
  return { kind: 'table', heading, table, formatValue, ...(note ? { note } : {}) }
}

/** The first `count` rows of a table, and the note under it saying so ("10 of 102"). */
function topOf(table: ExportTable, count: number, t: Translate): [ExportTable, string | undefined] {
  if (table.rows.length <= count) return [table, undefined]
  const note = t('serviceIndex.findings.top', { count, total: table.rows.length })
  return [{ ...table, rows: table.rows.slice(0, count) }, note]
}

function groupsHeading(figures: IndexFigures, t: Translate, words: CellWords): string {
  const { index, groups } = figures.model
  const total = { points: words.score(index.points), max: index.measuredMax }
  const worst = [...groups].filter((g) => (g.lost ?? 0) > 0).sort((a, b) => b.lost! - a.lost!)[0]
  return worst
    ? t('serviceIndex.findings.groups', {
        ...total,
        group: t(`serviceIndex.groups.${worst.id}`),
        lost: words.score(worst.lost!),
      })
    : t('serviceIndex.findings.groupsNone', total)
}

/** The pack's slides after its cover. */
export function indexSections(figures: IndexFigures, t: Translate, words: CellWords, label: (key: string) => string) {
  const { model, period, accountability } = figures
  const groupNote = [
    t('serviceIndex.rule', { source: SERVICE_INDEX.source }),
    t('serviceIndex.totalNote', {
      unmeasured: model.groups
        .filter((g) => g.state === 'notMeasured')
        .map((g) => `${t(`serviceIndex.groups.${g.id}`)} (${g.maxPoints})`)
        .join(', '),
    }),
  ].join(' ')
  const sections: PackSection[] = [
    tableSection(groupsHeading(figures, t, words), words, groupsTable(figures, t), groupNote),
  ]
  for (const group of measuredGroups(model)) {
    const table = lossesTable(period, group.id, model.losses[group.id], t)
    const first = table.rows[0]
    if (!first) continue
    const name = t(`serviceIndex.groups.${group.id}`)
    const heading =
      typeof first.lost === 'number' && first.lost > 0
        ? t('serviceIndex.findings.losses', { group: name, unit: first.unit, lost: words.score(first.lost) })
        : t('serviceIndex.findings.lossesNone', { group: name })
    sections.push(tableSection(heading, words, ...topOf(table, SLIDE_TOP, t)))
  }
  if (accountability) {
    const { backlog, backlogBefore } = accountability
    const change = backlog.overdue - backlogBefore.overdue
    const backlogHeading = t('serviceIndex.findings.backlog', {
      count: words.count(backlog.overdue),
      share: backlog.share.value === null ? words.dash : words.percent(backlog.share.value),
      change: `${change > 0 ? '+' : ''}${words.count(change)}`,
    })
    sections.push(tableSection(backlogHeading, words, resolutionTable(accountability, t, label)))
    const holders = holdersTable(accountability, period, t)
    const top = holders.rows[0]
    if (top)
      sections.push(
        tableSection(
          t('serviceIndex.findings.holders', { unit: top.unit, count: words.count(Number(top.overdue)) }),
          words,
          ...topOf(holders, SLIDE_TOP, t),
        ),
      )
  }
  return sections
}
