// The map as a table (the panel's table view), declared like every other table: the unit, its rate read against
// its target, the target and the map's colour band in words.
import type { ChildFigure } from '../../domain/breakdown'
import type { TableColumn } from '../../domain/columns'
import { targetBand } from '../../domain/lagging'
import type { MetricId } from '../../domain/metrics'
import type { Translate } from '../../i18n/messages'

export function mapColumns(metric: MetricId, t: Translate): TableColumn<ChildFigure>[] {
  return [
    { key: 'name', header: t('overview.columns.unit'), kind: 'text', value: (f) => f.name, isRowHeader: true },
    { key: 'value', header: t(`metrics.${metric}`), kind: 'rate', against: 'target', value: (f) => f.value },
    { key: 'target', header: t('overview.columns.target'), kind: 'rate', value: (f) => f.target },
    {
      key: 'band',
      header: t('overview.mapLegend'),
      kind: 'text',
      value: (f) => t(`overview.bands.${targetBand(f.value, f.target)}`),
    },
  ]
}
