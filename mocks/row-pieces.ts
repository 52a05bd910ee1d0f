// For `mock:serve` only (Node): the monthly /stats answers of the last 12 months gzipped from pieces made at the start,
// as the real server keeps each row's pieces from its imports (server/store/gzip-pieces.ts), instead of writing each
// new answer's JSON and compressing it. Every unit's rows of those months, its own and its subtree's, are kept as
// `cont` pieces, each compressed against the unit's row of the month before (the country's: ~95,000 rows in ~12 MB,
// made in ~2.5 s); a unit's first row in an answer is its `solo` piece, kept for the first of the months, or else
// stored as it is. A new answer is then its rows' pieces put one after another: a province's two levels (~1,700
// rows) in ~1 ms, where its JSON took ~2 ms and its gzip ~3.5 more (Node, warm). The bench's first pass (20
// clients, 33 new answers): the server busy ~250 → ~140 ms. Its rows are not made either: the handler answers their
// plan (mocks/stats.ts, monthlyAnswer), and the pieces are found by it (making them was ~1 ms of a new answer's ~4;
// the first pass's p95 in four alternating runs: 59–123 → 41–61 ms).
import { contPieceOf, GzipOfPieces, soloPieceOf, storedPieceOf } from '../server/store/gzip-pieces'
import { addMonths } from '../src/domain/periods'
import { importsVersion } from './import-store'
import { rowOf, type RowsPlan } from './stats'
import { visitDown, type Dataset } from './units'

/** One unit's kept rows of one kind: their packed `cont` pieces one after another, and where each month's starts. */
interface Run {
  pieces: Buffer
  /** By the month's place among the kept months; -1 where the unit had no row, -2 where it had one but none before. */
  starts: Int32Array
  /** The packed `solo` piece of its row of the first month kept, which starts the answers of all 12 months. */
  firstSolo: Buffer | null
}

// Kept in buffers of their own: a small one from Node's pool would keep its 8 KB slab alive, garbage included.
function concatSlow(pieces: Buffer[], length: number): Buffer {
  const out = Buffer.allocUnsafeSlow(length)
  let at = 0
  for (const piece of pieces) at += piece.copy(out, at)
  return out
}
const copySlow = (piece: Buffer) => concatSlow([piece], piece.length)

export class RowPieces {
  /** By unit id: its own rows' run, and its subtree's (undefined: no row in the months kept). */
  private readonly runs = new Map<string, [own: Run | undefined, withDescendants: Run | undefined]>()
  private readonly monthIndex: Map<string, number>
  /** The data version the pieces were made from: an import or a revert voids them. */
  private readonly version = importsVersion()

  /** The pieces of every unit's rows in `months` (consecutive), each against the row of the month before. */
  constructor(
    private readonly dataset: Dataset,
    months: readonly string[],
  ) {
    this.monthIndex = new Map(months.map((month, i) => [month, i]))
    const before = addMonths(months[0]!, -1)
    for (const unit of dataset.units)
      for (const withDescendants of [false, true]) {
        const previous = rowOf(dataset, unit, before, withDescendants)
        let previousText = previous && JSON.stringify(previous)
        const pieces: Buffer[] = []
        const starts = new Int32Array(months.length).fill(-1)
        let firstSolo: Buffer | null = null
        let at = 0
        months.forEach((month, i) => {
          const row = rowOf(dataset, unit, month, withDescendants)
          const text = row && JSON.stringify(row)
          // A piece only where there is a row before it to be compressed against: a first row is stored at once.
          if (text !== null && previousText !== null) {
            const piece = contPieceOf(text, previousText)
            starts[i] = at
            at += piece.byteLength
            pieces.push(piece)
          } else if (text !== null) starts[i] = -2
          if (i === 0 && text !== null) firstSolo = copySlow(soloPieceOf(text))
          previousText = text
        })
        if (pieces.length > 0 || starts.includes(-2)) {
          const runs = this.runs.get(unit.id) ?? [undefined, undefined]
          runs[withDescendants ? 1 : 0] = { pieces: concatSlow(pieces, at), starts, firstSolo }
          this.runs.set(unit.id, runs)
        }
      }
  }

  /**
   * The gzip of a monthly /stats answer, `{"rows":[…]}` of statsRows(plan), made from the kept pieces without making
   * its rows (but a unit's first, stored where no solo piece is kept); null when they cannot make it (a month not
   * kept, the data changed since). The units are visited as statsRows visits them; a unit's months with no row when
   * the pieces were made have none now (the data is the same: its version is).
   */
  gzipOf({ dataset, root, depth, months }: RowsPlan): Buffer | null {
    if (importsVersion() !== this.version || dataset !== this.dataset) return null
    const indices: number[] = []
    for (const month of months) {
      const index = this.monthIndex.get(month)
      if (index === undefined) return null
      indices.push(index)
    }
    const answer = new GzipOfPieces()
    let isWhole = true
    visitDown(dataset, root, depth, (unit, level) => {
      const withDescendants = level === depth
      const run = this.runs.get(unit.id)?.[withDescendants ? 1 : 0]
      let previousIndex = -2
      if (run)
        for (let at = 0; at < indices.length; at++) {
          const index = indices[at]!
          const start = run.starts[index]!
          if (start === -1) continue // no row that month
          // Its piece follows the row it was compressed against; else (the answer's first month) its solo piece if
          // kept, or the row stored.
          if (start >= 0 && previousIndex === index - 1) answer.add(run.pieces, start)
          else if (index === 0 && run.firstSolo) answer.add(run.firstSolo, 0)
          else {
            const row = rowOf(dataset, unit, months[at]!, withDescendants)
            if (row) answer.add(storedPieceOf(JSON.stringify(row)), 0)
            else isWhole = false // cannot be, the data being the same: the answer is made as any other
          }
          previousIndex = index
        }
    })
    if (!isWhole) return null
    const gzip = answer.gzip()
    return Buffer.from(gzip.buffer, gzip.byteOffset, gzip.length)
  }
}
