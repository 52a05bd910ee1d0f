// The target-setting table, declared once: the unit, then each metric's value (own or inherited).
import { TARGET_RATE_FIELDS } from '../../api/contract'
import type { TableColumn } from '../../domain/columns'
import type { Translate } from '../../i18n/messages'
import type { TargetSettingRow } from './target-setting-model'

export function targetSettingColumns(t: Translate): TableColumn<TargetSettingRow>[] {
  return [
    {
      key: 'unit',
      header: t('setTargets.unit'),
      kind: 'text',
      value: (row) => row.unit.name,
      isRowHeader: true,
      width: 30,
    },
    ...TARGET_RATE_FIELDS.map((metric): TableColumn<TargetSettingRow> => ({
      key: metric,
      header: t(`setTargets.metrics.${metric}`),
      kind: 'rate',
      value: (row) => row.cells[metric].value,
      width: 14,
    })),
  ]
}
