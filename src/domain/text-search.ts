// Diacritic-insensitive matching of Vietnamese names: "tan quoi" finds "Xã Tân Quới".

/** Lower case without tones or marks; đ becomes d. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** Whether every word of the query occurs in the name, ignoring diacritics and case. */
export function matchesQuery(name: string, query: string): boolean {
  const words = foldVietnamese(query).split(' ').filter(Boolean)
  if (words.length === 0) return true
  const folded = foldVietnamese(name)
  return words.every((word) => folded.includes(word))
}
