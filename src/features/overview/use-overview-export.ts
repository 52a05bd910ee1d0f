// Runs the overview's exports (built in overview-files.ts, loaded on first use) through the views' shared runner
// (use-view-export.ts: offers the file, says what it is doing and what failed, a cancel holds meanwhile).
import type { Ref } from 'vue'
import { useMessages } from '../../i18n/use-messages'
import type { User } from '../../api/contract'
import { useViewExport } from '../shared/use-view-export'
import { until } from '../shared/until'
import { useFormat } from '../../i18n/use-format'
import { useCellWords } from '../../components/use-cell-words'
import type { ExportWords, OverviewFigures } from './overview-export'
import type { IncompleteHistory } from '../../domain/reform'

export interface ExportSubject {
  unitName: string
  range: { from: string; to: string }
  comparison: string
  updatedAt: string
  user: User | null
  figures: OverviewFigures
  /** Which structure of units the figures show (the view model's line), and the incomplete histories. */
  structureNote: string | null
  incompleteHistories: IncompleteHistory[]
  /** The trend chart's picture (with its legend) at a pixel ratio and a size (CSS px), if it is on screen. */
  trendImage: (pixelRatio: number, size?: { width: number; height: number }) => Promise<string | null>
  /** The map's picture (light colours) and its width/height, if it is on screen. */
  mapImage: () => Promise<OverviewFigures['map']>
  /** Waits for figures the file needs that the screen asks for late (the tier split). */
  prepare?: (id: string) => Promise<void>
}

/**
 * The overview's exports of `subject` (null until every figure a file holds is in). `hasFailed`: the figures will not
 * come (their request failed), so a file waiting for them says so.
 */
export function useOverviewExport(subject: Ref<ExportSubject | null>, hasFailed: () => boolean = () => false) {
  const { t } = useMessages()
  const format = useFormat()
  const figureWords: ExportWords = { ...useCellWords(), t, percent: format.percent }

  const exporter = useViewExport(async (id, signal) => {
    // Asked before every figure is in (the children's come once the first screen is drawn): the file waits for them,
    // as it waits for those the screen asks for later still (prepare); a cancel holds meanwhile.
    await until(() => subject.value !== null || hasFailed())
    if (!subject.value) throw new Error(t('export.figuresFailed'))
    const [{ makeOverviewFile }] = await Promise.all([import('./overview-files'), subject.value.prepare?.(id)])
    signal.throwIfAborted()
    // Read now, not before the waits: the figures the file needs may have arrived meanwhile.
    if (!subject.value) throw new Error(t('export.viewChanged'))
    return makeOverviewFile(id, subject.value, signal, { t, format, figureWords })
  })

  return exporter
}
