import { describe, expect, it } from 'vitest'
import { escapeMarkup, itemTooltip } from '../../src/charts/markup'

const HOSTILE = '<img src=x onerror="alert(1)"> Xã <b>Thử</b> & \'Mới\''

describe('escapeMarkup', () => {
  it('turns every markup character of a name into its entity, so HTML and XML show the name literally', () => {
    expect(escapeMarkup(HOSTILE)).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Xã &lt;b&gt;Thử&lt;/b&gt; &amp; &#39;Mới&#39;',
    )
  })

  it('leaves Vietnamese text without markup characters as it is', () => {
    expect(escapeMarkup('Xã Tân Quới: 55,9%')).toBe('Xã Tân Quới: 55,9%')
  })
})

describe('itemTooltip', () => {
  it("keeps ECharts' marker and escapes the name and the value", () => {
    const marker = '<span style="background-color:#1d4ed8"></span>'
    const html = itemTooltip(marker, HOSTILE, '<i>9,9%</i>')
    expect(html.startsWith(marker)).toBe(true)
    expect(html).toContain(escapeMarkup(HOSTILE))
    expect(html).toContain('&lt;i&gt;9,9%&lt;/i&gt;')
    expect(html).not.toMatch(/<img|<b>Thử|<i>/)
  })
})
