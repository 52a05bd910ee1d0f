// A /stats answer gzipped without compressing it: each row's JSON text is compressed once, when the row is written
// (sql-pieces.ts), into a raw deflate piece that ends on a byte (a sync flush, no final block); an answer is its
// rows' pieces one after another between a fixed head and tail, which is a valid deflate stream (RFC 1951: the
// blocks simply follow one another). Its CRC-32 is combined from each row's, kept with the row.
// A row has two pieces: `solo`, a comma then its text alone, and `cont`, a comma and its text compressed against the
// unit's previous row's text (a deflate dictionary: the keys and most of the figures are found there), used when
// that row is exactly the one before it in the answer. Each is kept packed as the answer query joins them: the text's
// CRC-32 and length (without the comma) and the piece's length, 32-bit big-endian integers, then the piece.
// Hà Nội's two levels over a year: 3.0 MB of JSON in 656 KB (gzip level 1 of the whole: 491 KB), put together in
// 3–4 ms of Node instead of ~20 ms reading the text and compressing it.
import { constants, crc32, deflateRawSync } from 'node:zlib'
import { crc32Byte, crc32Combine } from './crc32-combine'

const SYNC = { finishFlush: constants.Z_SYNC_FLUSH } as const
/**
 * Level 9, a 2 KB window: a row refers back at most to the row before it (< 1 KB); each piece is made once. Its
 * output in a 1 KB buffer (a piece is smaller), not zlib's 16 KB: making the country's ~95,000 pieces of a year left
 * ~50 MB more resident with 16 KB buffers, ~20 with 1 KB (the C library keeps what so many buffers freed).
 */
const PIECE_OPTIONS = { ...SYNC, level: 9, windowBits: 11, memLevel: 8, chunkSize: 1024 } as const

const HEAD_TEXT = '{"rows":['
const TAIL_TEXT = ']}'
/** gzip's header: deflate, no name, no time, no extra flags, operating system unknown (RFC 1952 §2.3). */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff])
const HEAD = deflateRawSync(HEAD_TEXT, SYNC)
const TAIL = deflateRawSync(TAIL_TEXT) // the final block
/** A comma, alone: put before a `solo` piece that is not the answer's first. */
const COMMA_PIECE = deflateRawSync(',', SYNC)

const COMMA_BYTE = Buffer.from(',')
const COMMA = COMMA_BYTE[0]!

export interface RowPieces {
  /** Packed: a comma piece, then the text alone. */
  solo: Buffer
  /** Packed: a comma and the text against the unit's row before it; null for a unit's first row. */
  cont: Buffer | null
}

/** A packed piece's head: its text's CRC-32 and length, and the piece's length. */
export const PIECE_HEAD = 12
/** Where the packed piece whose head starts at `at` ends. */
export const pieceEnd = (buffer: Buffer, at: number) => at + PIECE_HEAD + buffer.readUInt32BE(at + 8)

/** A piece packed with its text's CRC-32 and length (the three as 32-bit big-endian integers, then the piece). */
function packed(crc: number, length: number, piece: Buffer): Buffer {
  const head = Buffer.alloc(PIECE_HEAD)
  head.writeUInt32BE(crc, 0)
  head.writeUInt32BE(length, 4)
  head.writeUInt32BE(piece.byteLength, 8)
  return Buffer.concat([head, piece])
}

/** The pieces of a row's JSON text, `previous` being the text of the unit's row before it (if any). */
export function piecesOf(text: string, previous: string | null): RowPieces {
  const bytes = Buffer.from(text)
  const crc = crc32(bytes)
  return { solo: soloOf(bytes, crc), cont: previous === null ? null : contOf(bytes, crc, previous) }
}

/** A row's packed `solo` piece alone: a comma, then its text compressed alone. */
export const soloPieceOf = (text: string) => {
  const bytes = Buffer.from(text)
  return soloOf(bytes, crc32(bytes))
}

const soloOf = (bytes: Buffer, crc: number) =>
  packed(crc, bytes.byteLength, Buffer.concat([COMMA_PIECE, deflateRawSync(bytes, PIECE_OPTIONS)]))

/** A row's packed `cont` piece alone: its text compressed against `previous`, the text of the row before it. */
export const contPieceOf = (text: string, previous: string) => {
  const bytes = Buffer.from(text)
  return contOf(bytes, crc32(bytes), previous)
}

const contOf = (bytes: Buffer, crc: number, previous: string) =>
  packed(
    crc,
    bytes.byteLength,
    deflateRawSync(Buffer.concat([COMMA_BYTE, bytes]), { ...PIECE_OPTIONS, dictionary: Buffer.from(previous) }),
  )

/**
 * A row's packed `solo` piece made at once, its text stored rather than compressed (a stored block, RFC 1951 §3.2.4:
 * its length and the bytes; the comma piece before it ends on a byte): for a row whose pieces were not kept, when
 * compressing it would cost more than the bytes it saves.
 */
export function storedPieceOf(text: string): Buffer {
  const bytes = Buffer.from(text)
  if (bytes.byteLength > 0xffff) throw new Error('A stored block holds at most 65,535 bytes')
  const head = Buffer.from([0, bytes.byteLength & 0xff, bytes.byteLength >>> 8, 0, 0])
  head.writeUInt16LE(~bytes.byteLength & 0xffff, 3)
  return packed(crc32(bytes), bytes.byteLength, Buffer.concat([COMMA_PIECE, head, bytes]))
}

/**
 * The gzipped answer `{"rows":[row,row,…]}` from its rows' packed pieces one after another, as the answer query
 * joins them: `cont` where the row follows the row it was made against, else `solo` (whose comma is left out here
 * for the first row).
 */
export function gzipOfPieces(packed: Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength)
  const answer = new GzipOfPieces()
  for (let at = 0; at < bytes.byteLength; at = pieceEnd(bytes, at)) answer.add(bytes, at)
  return answer.gzip()
}

/**
 * The same, the pieces named one at a time where they lie (a buffer, and where the piece's head starts): no piece
 * is copied but into the answer (sql-packs.ts names each of a province's thousands of pieces in its slices).
 * Nothing is allocated a piece: where each lies is kept in typed arrays, and the pieces are moved within one scratch
 * buffer (Buffer.copy of a part of a buffer makes a view each time; a province's answer has ~8,000 pieces of ~25
 * bytes: that garbage, ~0.6 MB an answer with the CRC-32s as heap numbers, had a server under load collect every
 * few answers).
 */
export class GzipOfPieces {
  /** The buffers the pieces lie in (a few: an answer's slices). */
  private readonly sources: Buffer[] = []
  /** Each piece's buffer (its index in `sources`) and where its head starts. */
  private source = new Int32Array(1024)
  private starts = new Int32Array(1024)
  private count = 0
  private last = -1
  /** The pieces' texts' lengths, and their pieces' bytes, summed. */
  private textLength = 0
  private pieceBytes = 0

  add(buffer: Buffer, at: number): void {
    let source = this.last
    if (source < 0 || this.sources[source] !== buffer) {
      source = this.sources.indexOf(buffer)
      if (source < 0) source = this.sources.push(buffer) - 1
      this.last = source
    }
    if (this.count === this.starts.length) {
      this.source = grown(this.source)
      this.starts = grown(this.starts)
    }
    this.source[this.count] = source
    this.starts[this.count++] = at
    this.textLength += buffer.readInt32BE(at + 4)
    this.pieceBytes += pieceEnd(buffer, at) - at - PIECE_HEAD
  }

  gzip(): Uint8Array<ArrayBuffer> {
    const { sources, source, starts, count } = this
    if (count > 0) {
      const piece = starts[0]! + PIECE_HEAD
      if (sources[source[0]!]!.compare(COMMA_PIECE, 0, COMMA_PIECE.length, piece, piece + COMMA_PIECE.length) !== 0)
        throw new Error('The first piece has no comma')
    }
    const pieces: PieceList = { sources, source, starts, count }
    const crc = crc32Combine(crcOf(pieces), crc32(TAIL_TEXT), TAIL_TEXT.length)
    // The text: its head, the rows and a comma between each two, its tail. The first piece's comma is left out.
    const size = HEAD_TEXT.length + this.textLength + Math.max(0, count - 1) + TAIL_TEXT.length
    const pieceBytes = this.pieceBytes - (count > 0 ? COMMA_PIECE.length : 0)
    const bytes = GZIP_HEADER.length + HEAD.length + pieceBytes + TAIL.length + 8
    // The answer is put together in a scratch buffer that holds its sources too: copyWithin moves each piece
    // without making anything, then the answer is copied out once.
    const bases = new Int32Array(sources.length)
    let sourceBytes = 0
    for (let s = 0; s < sources.length; s++) {
      bases[s] = bytes + sourceBytes
      sourceBytes += sources[s]!.length
    }
    const work = scratchOf(bytes + sourceBytes)
    for (let s = 0; s < sources.length; s++) sources[s]!.copy(work, bases[s]!)
    let to = GZIP_HEADER.copy(work, 0)
    to += HEAD.copy(work, to)
    to = copyPieces(pieces, bases, work, to)
    to += TAIL.copy(work, to)
    if (to + 8 !== bytes) throw new Error('The pieces changed while the answer was made')
    work.writeInt32LE(crc, to)
    work.writeUInt32LE(size % 2 ** 32, to + 4)
    const gzip = Buffer.allocUnsafe(bytes)
    work.copy(gzip, 0, 0, bytes)
    return new Uint8Array(gzip.buffer, gzip.byteOffset, gzip.byteLength) as Uint8Array<ArrayBuffer>
  }
}

/** An answer's pieces, as GzipOfPieces keeps them. */
interface PieceList {
  sources: Buffer[]
  source: Int32Array
  starts: Int32Array
  count: number
}

// The two loops over the pieces, each a function of its own that returns one number: V8 compiles a loop's function
// in its midst (on-stack replacement), and code after the loop that had not run then would be left out of that
// compilation; on Node 20 such code was left again at every call (an answer's CRC-32 and two sums returned as an
// object: 340 deoptimizations in a pass of 420 answers).

/** CRC-32 of the text `{"rows":[` and the pieces' rows, a comma between each two. */
function crcOf({ sources, source, starts, count }: PieceList): number {
  let crc = crc32(HEAD_TEXT) | 0
  for (let i = 0; i < count; i++) {
    const buffer = sources[source[i]!]!
    const at = starts[i]!
    if (i > 0) crc = crc32Byte(crc, COMMA)
    crc = crc32Combine(crc, buffer.readInt32BE(at), buffer.readInt32BE(at + 4))
  }
  return crc
}

/** The pieces moved into `work` from `to` on, from their sources' copies at `bases`: where the last ends. */
function copyPieces({ sources, source, starts, count }: PieceList, bases: Int32Array, work: Buffer, to: number) {
  for (let i = 0; i < count; i++) {
    const buffer = sources[source[i]!]!
    const at = starts[i]!
    const base = bases[source[i]!]!
    const from = at + PIECE_HEAD + (i === 0 ? COMMA_PIECE.length : 0)
    const end = pieceEnd(buffer, at)
    work.copyWithin(to, base + from, base + end)
    to += end - from
  }
  return to
}

/** Kept for the next answer up to this size (a province's answer and its slices: ~1.5 MB at most nationally). */
const SCRATCH_KEPT = 4 * 1024 * 1024
let scratch = Buffer.allocUnsafeSlow(0)

/** A buffer of at least `bytes` for an answer's making (synchronous: no other answer uses it meanwhile). */
function scratchOf(bytes: number): Buffer {
  if (bytes <= scratch.length) return scratch
  const made = Buffer.allocUnsafeSlow(Math.max(bytes, Math.min(2 * scratch.length, SCRATCH_KEPT)))
  if (made.length <= SCRATCH_KEPT) scratch = made
  return made
}

/** A typed array twice as long, its values kept. */
function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const longer = new Int32Array(array.length * 2)
  longer.set(array)
  return longer
}
