// @vitest-environment jsdom
import { mount } from '@vue/test-utils'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import BaseIcon from '../../src/components/BaseIcon.vue'
import { ICON_PATHS, type IconName } from '../../src/components/icons'

// Arrows, mathematical operators, technical symbols, geometric shapes, miscellaneous symbols,
// dingbats, supplemental arrows, symbols and arrows, emoji: characters the page's font often lacks
// (the browser then searches every installed font for them, in the first layout) and that look
// different on every device. Icons are drawn (BaseIcon) instead.
const SYMBOL = /[\u2190-\u23FF\u25A0-\u27BF\u2900-\u297F\u2B00-\u2BFF]|[\u{1F000}-\u{1FAFF}]/u

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(vue|ts)$/.test(name) ? [path] : []
  })
}

/** The file's text without comments (the words of comments are for us, not on screen). */
function withoutComments(source: string): string {
  return source
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|\s)\/\/.*$/gm, '$1')
}

describe('icons', () => {
  it('no symbol character is written on screen by the app: words, templates and string literals', () => {
    const offending = filesUnder('src').flatMap((path) =>
      withoutComments(readFileSync(path, 'utf8'))
        .split('\n')
        .filter((line) => SYMBOL.test(line))
        .map((line) => `${path}: ${line.trim()}`),
    )
    expect(offending).toEqual([])
  })

  it('the check finds a symbol in a template and in a message, and skips comments', () => {
    expect(SYMBOL.test(withoutComments('<span aria-hidden="true">▾</span>'))).toBe(true)
    expect(SYMBOL.test(withoutComments("tiersNotYetPrinted: 'dùng Xuất → PDF.',"))).toBe(true)
    expect(SYMBOL.test(withoutComments("'✓'"))).toBe(true)
    expect(SYMBOL.test(withoutComments('// a → b\n/** x ≥ y */\n<!-- ▾ -->'))).toBe(false)
  })

  it.each(Object.keys(ICON_PATHS) as IconName[])(
    '%s is drawn in the text colour, hidden from screen readers',
    (name) => {
      const svg = mount(BaseIcon, { props: { name } }).get('svg')
      expect(svg.attributes('aria-hidden')).toBe('true')
      expect(svg.attributes('focusable')).toBe('false')
      expect(svg.classes()).toContain('icon')
      const d = svg.get('path').attributes('d')
      expect(d).toBe(ICON_PATHS[name])
      // Only the commands used here (move, line, horizontal, vertical, close), every number inside the 16 × 16 box.
      expect(d).toMatch(/^M[MmLlHhVvZz\d.\s-]+$/)
    },
  )

  it('every absolute coordinate lies inside the 16 × 16 view box', () => {
    for (const [name, d] of Object.entries(ICON_PATHS)) {
      for (const match of d.matchAll(/[MLHV]([^A-Za-z]*)/g)) {
        const numbers = (match[1]!.match(/-?\d*\.?\d+/g) ?? []).map(Number)
        for (const value of numbers) expect(value, `${name}: ${match[0]}`).toBeGreaterThanOrEqual(0)
        for (const value of numbers) expect(value, `${name}: ${match[0]}`).toBeLessThanOrEqual(16)
      }
    }
  })
})
