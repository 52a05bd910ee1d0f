// Runs a screen's whole-view export (`make` loads the file's code and writes it) and offers the file; says what
// it is doing and what failed, and a cancel holds while the file's code is still on its way.
import { ref, type Ref } from 'vue'
import { downloadBlob } from '../../export/download'
import { useMessages } from '../../i18n/use-messages'

export type MakeViewFile = (id: string, signal: AbortSignal) => Promise<[Blob, string]>

export interface UseViewExportReturn {
  run: (id: string) => Promise<void>
  cancel: () => void
  isBusy: Ref<boolean>
  message: Ref<string | null>
}

export function useViewExport(make: MakeViewFile): UseViewExportReturn {
  const { t } = useMessages()
  const isBusy = ref(false)
  const message = ref<string | null>(null)
  let controller: AbortController | null = null

  async function run(id: string) {
    if (isBusy.value) return
    isBusy.value = true
    message.value = null
    controller = new AbortController()
    const { signal } = controller
    const cancelled = new Promise<never>((_, reject) =>
      signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
    )
    cancelled.catch(() => undefined)
    try {
      const [blob, fileName] = await Promise.race([make(id, signal), cancelled])
      signal.throwIfAborted()
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

  return { run, cancel: () => controller?.abort(), isBusy, message }
}
