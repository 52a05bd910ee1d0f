// CSV text to cells (RFC 4180 quoting; the separator is the header's comma or semicolon). Cells stay text:
// a count is read by the importer as Vietnamese text ("76.574"), a formula's text is never evaluated.
import type { Cell } from './types'

/** Splits CSV text into rows of cells. */
export function csvCells(text: string): Cell[][] {
  const source = text.replace(/^\uFEFF/, '')
  const firstLine = source.slice(0, source.search(/\r?\n|$/))
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  const rows: Cell[][] = []
  let row: Cell[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"'
        i += 1
      } else if (char === '"') quoted = false
      else cell += char
      continue
    }
    if (char === '"' && cell === '') quoted = true
    else if (char === separator) {
      row.push(cell === '' ? null : cell)
      cell = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1
      row.push(cell === '' ? null : cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += char
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell === '' ? null : cell)
    rows.push(row)
  }
  return rows
}
