// Rendering exported files as a reader's program would: LibreOffice turns a PPTX into a PDF, poppler reads
// every word's box on every page and draws the pages as pictures (kept beside the test's output to look at).
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

export interface Word {
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}
export interface RenderedPage {
  width: number
  height: number
  words: Word[]
  text: string
}

/** The PDF LibreOffice makes of an office file (a download at `path`, named `name`), in `outDir`. */
export function officeToPdf(path: string, name: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true })
  const input = join(outDir, name)
  copyFileSync(path, input) // LibreOffice goes by the file's extension
  const profile = `file://${join(outDir, 'lo-profile')}` // its own profile: runs beside others' LibreOffice
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, input],
    {
      stdio: 'ignore',
      timeout: 120_000,
    },
  )
  return join(outDir, basename(name).replace(/\.[^.]+$/, '.pdf'))
}

const attr = (tag: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(tag)![1])
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

/** Every page of a PDF with its words and their boxes (points, from the top left). */
export function pdfPages(path: string): RenderedPage[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
  return [...html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map((page) => {
    const words = [...page[2]!.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((w) => ({
      text: unescape(w[2]!),
      xMin: attr(w[1]!, 'xMin'),
      yMin: attr(w[1]!, 'yMin'),
      xMax: attr(w[1]!, 'xMax'),
      yMax: attr(w[1]!, 'yMax'),
    }))
    return {
      width: attr(page[1]!, 'width'),
      height: attr(page[1]!, 'height'),
      words,
      text: words.map((w) => w.text).join(' '),
    }
  })
}

/** Draws the pages as PNGs (`prefix`-N.png) for a person to look at. */
export function pagePictures(pdf: string, prefix: string): void {
  mkdirSync(dirname(prefix), { recursive: true })
  execFileSync('pdftoppm', ['-r', '50', '-png', pdf, prefix], { timeout: 120_000 })
}

/**
 * Words that run off the page, or that reach into the footer without being part of it. The footer is the
 * line holding `footerWord` (the source); words on that line are its own.
 */
export function wordsOutOfPlace(page: RenderedPage, footerWord: string): Word[] {
  const footer = page.words.filter((w) => w.text === footerWord).map((w) => w.yMin)
  const footerTop = footer.length > 0 ? Math.min(...footer) : page.height
  const isFooter = (w: Word) => Math.abs(w.yMin - footerTop) < 3
  return page.words.filter(
    (w) =>
      w.xMin < 0 ||
      w.yMin < 0 ||
      w.xMax > page.width + 0.5 ||
      w.yMax > page.height + 0.5 ||
      (!isFooter(w) && w.yMax > footerTop - 1),
  )
}
