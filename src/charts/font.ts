// The page's own font stack (styles.css, :root): a chart's words look like the words around it, and the
// browser opens no second font for them (ECharts' default, 'sans-serif', is often another family).
import type { Palette } from './palette'

export const CHART_FONT_FAMILY =
  "'Be Vietnam Pro', 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif"

/** A chart's words and its tooltip's: the palette's text colour, the page's fonts. */
export function chartTextStyle(palette: Palette) {
  return { color: palette.text, fontFamily: CHART_FONT_FAMILY }
}
