// The test's Biểu 06 sheet as an .xlsx file with its merged header, written with write-excel-file.
import writeXlsxFile from 'write-excel-file/node'
import type { Cell } from '../../../src/domain/imports/types'

type OutCell = { value: string | number; columnSpan?: number; rowSpan?: number } | null

/** An .xlsx of the cells; the header's group titles span their columns, STT and unit span both header rows. */
export async function cellsToXlsx(cells: Cell[][]): Promise<Uint8Array> {
  const header = cells.findIndex((row) => row[0] === 'STT')
  const spans = new Map<string, { columnSpan?: number; rowSpan?: number }>([
    [`${header}:0`, { rowSpan: 2 }],
    [`${header}:1`, { rowSpan: 2 }],
    [`${header}:2`, { columnSpan: 4 }],
    [`${header}:6`, { columnSpan: 4 }],
    [`${header}:10`, { columnSpan: 3 }],
  ])
  const data = cells.map((row, r) =>
    row.map((cell, c): OutCell => {
      if (cell === null || cell === undefined || cell === '') return null
      const value = typeof cell === 'number' ? cell : String(cell)
      return { value, ...(header >= 0 ? (spans.get(`${r}:${c}`) ?? {}) : {}) }
    }),
  )
  const buffer = await writeXlsxFile(data.length ? data : [[null]]).toBuffer()
  return new Uint8Array(buffer)
}
