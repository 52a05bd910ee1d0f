// A file's source line: where its figures come from and when they were last updated, the date as files print it
// ("02/12/2026 18:09", Vietnam time) in Vietnamese, the reader's form in English. One line for every file.
import { fileDateTime } from '../../export/file-date'
import type { useFormat } from '../../i18n/use-format'
import type { Translate } from '../../i18n/messages'

/** The time a file prints. */
export const fileStamp = (format: ReturnType<typeof useFormat>, iso: string) =>
  format.locale.value === 'vi' ? fileDateTime(iso) : format.dateTime(iso)

/** "Nguồn: hệ thống một cửa điện tử · số liệu cập nhật 02/12/2026 18:09". */
export const sourceLine = (t: Translate, format: ReturnType<typeof useFormat>, updatedAt: string) =>
  t('export.source', { time: fileStamp(format, updatedAt) })
