// Text from the API (unit names) inside markup a chart writes: ECharts puts a tooltip formatter's string
// into the page as HTML, and a chart's SVG is XML. Every such word goes through escapeMarkup.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** The text as HTML/XML shows it literally, in an element or in a quoted attribute. */
export const escapeMarkup = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!)

/**
 * One item's tooltip as ECharts lays it out by default: its marker (ECharts' own markup), its name and
 * its value in bold. The name and the value are escaped.
 */
export const itemTooltip = (marker: string, name: string, value: string) =>
  `${marker}${escapeMarkup(name)}<b style="margin-left:1.5em">${escapeMarkup(value)}</b>`

/** A tooltip that names a unit: kept inside the chart, a long name wrapped rather than cut off on a phone. */
export const NAME_TOOLTIP_BOX = { confine: true, extraCssText: 'white-space: normal; max-width: min(28rem, 85vw)' }
