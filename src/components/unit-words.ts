// How the unit picker says a unit across the reorganisation: its name with its years where needed, and where
// it went or came from. Names are data: they only ever fill placeholders of plain text.
import type { Translate } from '../i18n/messages'
import type { UnitPassage, UnitSpan } from '../domain/unit-search'

/** At most this many names are listed; the rest are counted ("… và 4 đơn vị khác"). */
export const LISTED_NAMES = 6

/** "Huyện Thanh Bình (đến 6/2025)", "Tỉnh Đồng Tháp (từ 7/2025)", or the name alone. */
export function unitLabel(name: string, span: UnitSpan | null, t: Translate, month: (m: string) => string): string {
  if (!span) return name
  return t(span.kind === 'until' ? 'toolbar.unitUntil' : 'toolbar.unitFrom', { name, month: month(span.month) })
}

function listed(names: readonly string[], t: Translate): string {
  if (names.length <= LISTED_NAMES) return names.join(', ')
  return t('toolbar.andMore', { names: names.slice(0, LISTED_NAMES).join(', '), count: names.length - LISTED_NAMES })
}

/** "Nay thuộc: Xã Tân Long", "Hình thành từ: Xã Tân Quới, …; một phần của Xã Phú Thuận B", or null. */
export function passageText(passage: UnitPassage | null, t: Translate): string | null {
  if (!passage) return null
  if (passage.kind === 'wentTo')
    return passage.names.length ? t('toolbar.wentTo', { names: listed(passage.names, t) }) : null
  if (passage.kind === 'areaNowIn') return t('toolbar.areaNowIn', { names: listed(passage.names, t) })
  const names = listed(passage.whole, t)
  const parts = listed(passage.part, t)
  if (passage.part.length === 0) return t('toolbar.cameFrom', { names })
  return passage.whole.length === 0
    ? t('toolbar.cameFromPartOnly', { parts })
    : t('toolbar.cameFromWithPart', { names, parts })
}
