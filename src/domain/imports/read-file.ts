// A file's bytes to the cells of its first sheet: .xlsx through read-excel-file (loaded on demand), .csv
// as UTF-8 text. Anything else, or a file past the stated size, is refused with its reason.
import { csvCells } from './csv'
import { IMPORT_MAX_BYTES, type Cell, type ImportReason } from './types'

export type ReadResult = { cells: Cell[][] } | { reason: ImportReason; params?: Record<string, string | number> }

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte)
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0] // the legacy binary .xls

/** Reads the first sheet of an .xlsx or a .csv file. */
export async function readSpreadsheet(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.byteLength > IMPORT_MAX_BYTES) {
    return { reason: 'tooLarge', params: { size: megabytes(bytes.byteLength), limit: megabytes(IMPORT_MAX_BYTES) } }
  }
  if (bytes.byteLength === 0) return { reason: 'emptyFile' }
  if (startsWith(bytes, OLE)) return { reason: 'legacyXls' }
  if (startsWith(bytes, ZIP)) {
    try {
      const { readSheet } = await import('read-excel-file/universal')
      const copy = bytes.slice().buffer
      const rows = await readSheet(copy)
      return { cells: rows.map((row) => row.map((cell) => (cell as Cell | undefined) ?? null)) }
    } catch {
      return { reason: 'notSpreadsheet' }
    }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { reason: 'notSpreadsheet' }
  }
  // Text with control characters (other than tab and line ends) is not a CSV export.
  if (hasControlCharacters(text)) return { reason: 'notSpreadsheet' }
  return { cells: csvCells(text) }
}

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return true
  }
  return false
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10
