// Runs the overview's exports (built in overview-files.ts, loaded on first use) and offers the file.
// Says what it is doing and what failed.
import { ref, type Ref } from 'vue'
import { useMessages } from '../../i18n/use-messages'
import type { User } from '../../api/contract'
import { downloadBlob } from '../../export/download'
import { useFormat } from '../../i18n/use-format'
import type { OverviewFigures } from './overview-export'
import type { IncompleteHistory } from '../../domain/reform'

export interface ExportSubject {
  unitName: string
  range: { from: string; to: string }
  comparison: string
  updatedAt: string
  user: User | null
  figures: OverviewFigures
  /** Which structure of units the figures show (the view model's line), and the incomplete histories. */
  structureNote: string
  incompleteHistories: IncompleteHistory[]
  /** The trend chart's picture (with its legend) at a pixel ratio and a size (CSS px), if it is on screen. */
  trendImage: (pixelRatio: number, size?: { width: number; height: number }) => Promise<string | null>
  /** The map's picture (light colours) and its width/height, if it is on screen. */
  mapImage: () => Promise<OverviewFigures['map']>
  /** Waits for figures the file needs that the screen asks for late (the tier split). */
  prepare?: (id: string) => Promise<void>
}

export function useOverviewExport(subject: Ref<ExportSubject | null>) {
  const { t } = useMessages()
  const format = useFormat()
  const isBusy = ref(false)
  const message = ref<string | null>(null)
  const figureWords = {
    t,
    percent: format.percent,
    count: format.count,
    points: format.points,
    pointChange: format.pointChange,
    month: format.month,
  }

  let controller: AbortController | null = null

  async function run(id: string) {
    if (!subject.value || isBusy.value) return
    isBusy.value = true
    message.value = null
    controller = new AbortController()
    const { signal } = controller
    // A cancel holds while the file's code or figures are still on their way, too.
    const cancelled = new Promise<never>((_, reject) =>
      signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
    )
    cancelled.catch(() => undefined)
    try {
      const [{ makeOverviewFile }] = await Promise.race([
        Promise.all([import('./overview-files'), subject.value.prepare?.(id)]),
        cancelled,
      ])
      signal.throwIfAborted()
      // Read now, not before the waits: the figures the file needs may have arrived meanwhile.
      if (!subject.value) throw new Error(t('export.viewChanged'))
      const [blob, fileName] = await makeOverviewFile(id, subject.value, signal, { t, format, figureWords })
      downloadBlob(blob, fileName)
      message.value = t('export.done', { file: fileName })
    } catch (error) {
      message.value = signal.aborted
        ? t('export.cancelled')
        : t('export.failed', { reason: error instanceof Error ? error.message : String(error) })
    } finally {
      isBusy.value = false
      controller = null
    }
  }

  function cancel() {
    controller?.abort()
  }

  return { run, cancel, isBusy, message }
}
