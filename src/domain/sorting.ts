// Sorting table rows by a column, with missing values ("—") always last, whichever the direction.

export type SortDirection = 'ascending' | 'descending'

let collator: Intl.Collator | null = null
/** Vietnamese alphabetical order (one collator, made on first use: `localeCompare(b, 'vi')` makes one per call). */
export function compareNames(a: string, b: string): number {
  return (collator ??= new Intl.Collator('vi')).compare(a, b)
}

/** A stable sort by `key`; null values go last in both directions; ties keep their order. */
export function sortByColumn<T>(
  rows: readonly T[],
  key: (row: T) => number | string | null,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1
  return rows
    .map((row, index) => ({ row, index, value: key(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index
        return a.value === null ? 1 : -1
      }
      const order =
        typeof a.value === 'string' && typeof b.value === 'string'
          ? compareNames(a.value, b.value)
          : Number(a.value) - Number(b.value)
      return order === 0 ? a.index - b.index : sign * order
    })
    .map(({ row }) => row)
}
