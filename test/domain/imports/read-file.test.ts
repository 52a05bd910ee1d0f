// Files as they arrive: an .xlsx with a merged header, a CSV, and the files that are not spreadsheets.
import { describe, expect, it } from 'vitest'
import { importFile } from '../../../src/domain/imports/import-file'
import { IMPORT_MAX_BYTES } from '../../../src/domain/imports/types'
import { bieu06Cells } from './bieu06-sheet'
import { cellsToXlsx } from './bieu06-xlsx'
import { scopeOf } from './fixture'

const scope = scopeOf('p87')
const text = (s: string) => new TextEncoder().encode(s)
const line = { online: 70, direct: 30, carried: 5, early: 20, onTime: 50, late: 3, within: 9, overdue: 2 }

describe('importFile', () => {
  it('reads a Biểu 06 .xlsx with its merged two-row header', async () => {
    const bytes = await cellsToXlsx(bieu06Cells([{ name: 'Xã Tân Quới', ...line }]))
    const parsed = await importFile(bytes, scope)
    expect(parsed.rejected).toEqual([])
    expect(parsed.accepted.map((a) => a.row)).toEqual([
      expect.objectContaining({ unitId: 'c30133', month: '2024-10', received: 100, receivedOnline: 70, resolved: 73 }),
    ])
  })

  it('reads a CSV template with a BOM, semicolons, quotes and Vietnamese thousands', async () => {
    const csv =
      '\uFEFFunit;unitName;period;received;receivedOnline\r\n30133;"Xã Tân Quới; Thanh Bình";2024-10;"76.574";1.000\r\n'
    const parsed = await importFile(text(csv), scope)
    expect(parsed.rejected).toEqual([])
    expect(parsed.accepted.map((a) => a.row)).toEqual([
      { unitId: 'c30133', month: '2024-10', received: 76574, receivedOnline: 1000 },
    ])
  })

  it.each([
    ['an empty file', new Uint8Array(), 'emptyFile'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'notSpreadsheet'],
    ['a ZIP that is not a workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), 'notSpreadsheet'],
    ['a legacy .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'legacyXls'],
    ['text that is not UTF-8', new Uint8Array([0x75, 0x6e, 0xff, 0xfe, 0x69]), 'notSpreadsheet'],
  ])('%s is refused as a whole', async (_what, bytes, reason) => {
    const parsed = await importFile(bytes, scope)
    expect(parsed.rejected).toEqual([{ row: 0, reason }])
    expect(parsed.accepted).toEqual([])
  })

  it('a 20 MB file is refused with its size and the limit, before it is read', async () => {
    const parsed = await importFile(new Uint8Array(20 * 1024 * 1024), scope)
    expect(parsed.rejected).toEqual([
      { row: 0, reason: 'tooLarge', params: { size: 20, limit: IMPORT_MAX_BYTES / 1024 / 1024 } },
    ])
  })

  it('an .xlsx with an empty sheet is an empty file', async () => {
    const parsed = await importFile(await cellsToXlsx([]), scope)
    expect(parsed.rejected).toEqual([{ row: 0, reason: 'emptyFile' }])
  })
})
