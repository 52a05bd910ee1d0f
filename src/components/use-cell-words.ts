// The words and number formats of table cells, in the current language.
import { useMessages } from '../i18n/use-messages'
import { useFormat } from '../i18n/use-format'
import type { CellWords } from '../domain/cell-text'

export function useCellWords(): CellWords {
  const { t } = useMessages()
  const format = useFormat()
  return {
    dash: t('noValue.dash'),
    status: (id) => t(`status.${id}`),
    count: format.count,
    percent: (ratio) => format.percent(ratio),
    rate: (ratio, target) => format.rate(ratio, target),
    points: format.points,
    pointChange: format.pointChange,
    score: format.score,
    month: format.month,
  }
}
