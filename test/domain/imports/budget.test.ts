// QUALITY.md's import budgets, measured on the machine that runs the tests: one province's Biểu 06 sheet
// for a month (~200 rows) to its report ≤ 1 s; the template with a province's year (~2,500 rows) ≤ 3 s.
import { describe, expect, it } from 'vitest'
import writeXlsxFile from 'write-excel-file/node'
import { importFile } from '../../../src/domain/imports/import-file'
import { TEMPLATE_COLUMNS } from '../../../src/domain/imports/template'
import type { UnitLike } from '../../../src/domain/units'
import { bieu06Cells, bieu06Title } from './bieu06-sheet'
import { cellsToXlsx } from './bieu06-xlsx'

const PROVINCE: UnitLike[] = [
  { id: 'p1', code: '1', name: 'Tỉnh Thử', kind: 'province', parentId: null },
  ...Array.from({ length: 210 }, (_, i) => ({
    id: `c${i}`,
    code: String(10000 + i),
    name: `Xã Số ${i}`,
    kind: 'commune' as const,
    parentId: 'p1',
  })),
]
const scope = { units: PROVINCE, isInScope: () => true }

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await run()
  return { ms: performance.now() - start, value }
}

describe('import budgets', () => {
  it('a Biểu 06 sheet of 200 units to its report within 1 s', async () => {
    const line = { online: 1234, direct: 766, carried: 17, early: 900, onTime: 850, late: 50, within: 70, overdue: 9 }
    const lines = Array.from({ length: 200 }, (_, i) => ({ ...line, name: `Xã Số ${i}` }))
    const bytes = await cellsToXlsx(bieu06Cells(lines, bieu06Title('2026-10')))
    const { ms, value } = await timed(() => importFile(bytes, scope))
    console.info(`Biểu 06, 200 rows, ${bytes.byteLength} bytes: ${ms.toFixed(0)} ms (budget 1000)`)
    expect(value.accepted).toHaveLength(200)
    expect(ms).toBeLessThan(1000)
  })

  it('the template with a province’s year (2,520 rows) within 3 s', async () => {
    const header = TEMPLATE_COLUMNS.map((value) => ({ value }))
    const rows = PROVINCE.slice(1).flatMap((unit) =>
      Array.from({ length: 12 }, (_, m) => [
        { value: unit.id },
        { value: unit.name },
        { value: `2025-${String(m + 1).padStart(2, '0')}` },
        ...TEMPLATE_COLUMNS.slice(3).map((field) => ({
          value: ({ received: 900, resolved: 300 } as Record<string, number>)[field] ?? 100,
        })),
      ]),
    )
    const bytes = new Uint8Array(await writeXlsxFile([header, ...rows]).toBuffer())
    const { ms, value } = await timed(() => importFile(bytes, scope))
    console.info(`Template, ${rows.length} rows, ${bytes.byteLength} bytes: ${ms.toFixed(0)} ms (budget 3000)`)
    expect(value.rejected).toEqual([])
    expect(value.accepted).toHaveLength(2520)
    expect(ms).toBeLessThan(3000)
  })
})
