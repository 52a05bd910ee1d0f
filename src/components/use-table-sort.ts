// A table's sort: by a declared column's sort key, again on the same header the other way; null = as given.
import { computed, ref, toValue, type ComputedRef, type MaybeRefOrGetter, type Ref } from 'vue'
import { sortByColumn, type SortDirection } from '../domain/sorting'
import type { TableColumn } from '../domain/columns'

export interface TableSort {
  key: string
  direction: SortDirection
}

export interface UseTableSortReturn<Row> {
  sort: Ref<TableSort | null>
  sortBy: (key: string) => void
  sorted: ComputedRef<Row[]>
}

export function useTableSort<Row>(
  rows: MaybeRefOrGetter<readonly Row[]>,
  columns: MaybeRefOrGetter<readonly TableColumn<Row>[]>,
  initial: TableSort | null = null,
): UseTableSortReturn<Row> {
  const sort = ref<TableSort | null>(initial)
  const columnOf = (key: string) => toValue(columns).find((c) => c.key === key)
  function sortBy(key: string) {
    if (sort.value?.key === key) {
      sort.value = { key, direction: sort.value.direction === 'ascending' ? 'descending' : 'ascending' }
    } else sort.value = { key, direction: columnOf(key)?.firstSort ?? 'descending' }
  }
  const sorted = computed(() => {
    const list = toValue(rows)
    const column = sort.value ? columnOf(sort.value.key) : undefined
    if (!sort.value || !column?.sort) return [...list]
    const key = column.sort === true ? column.value : column.sort
    return sortByColumn(list, (row) => key(row), sort.value.direction)
  })
  return { sort: sort as Ref<TableSort | null>, sortBy, sorted }
}
