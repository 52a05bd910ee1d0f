// Cuts a presentation's sections into slides that fit the screen. A section that fits is one slide, its
// charts grown or shrunk to fill it. One that does not: its chart on a slide of its own (scaled to it), then
// its rows — table rows, or the items of a list marked `data-slide-items` — over as many slides as they need,
// each with the section's title and the table's column names. Nothing is cut off and nothing scrolls.

export interface SlidePage {
  section: HTMLElement
  /** `whole`: the section as it is; `chart`: without its rows; `items`: rows `from`…`to` without its chart. */
  part: 'whole' | 'chart' | 'items'
  from: number
  to: number
  /** The height each chart is drawn at on this slide, in px (null: as on the page). */
  chartHeight: number | null
}

/** Below this a chart is no longer read: its rows go to slides of their own instead. */
const MIN_CHART_HEIGHT = 220
const ITEM_LISTS = 'tbody, [data-slide-items]'

const itemsOf = (section: HTMLElement) =>
  [...section.querySelectorAll<HTMLElement>(ITEM_LISTS)].flatMap((list) => [...list.children] as HTMLElement[])
const chartsOf = (section: HTMLElement) =>
  [...section.querySelectorAll<HTMLElement>('.base-chart')].filter((chart) => chart.getClientRects().length > 0)
const bottomOf = (element: Element) => element.getBoundingClientRect().bottom

/** Shows `page` (and hides every other section of `sections`). */
export function showPage(sections: HTMLElement[], page: SlidePage | null) {
  for (const section of sections) {
    const isCurrent = section === page?.section
    section.classList.toggle('is-current-slide', isCurrent)
    if (isCurrent) continue
    delete section.dataset.slidePart
    section.style.removeProperty('--slide-chart-height')
  }
  if (!page) return
  const { section } = page
  section.dataset.slidePart = page.part
  if (page.chartHeight === null) section.style.removeProperty('--slide-chart-height')
  else section.style.setProperty('--slide-chart-height', `${page.chartHeight}px`)
  itemsOf(section).forEach((item, i) => {
    const isOff = page.part === 'chart' || (page.part === 'items' && (i < page.from || i >= page.to))
    item.classList.toggle('is-off-slide', isOff)
  })
}

/** The height that makes the section's charts fill it down to `limit` (null: no chart, or they would be too small). */
function fittedChartHeight(sections: HTMLElement[], page: SlidePage, limit: number): number | null {
  showPage(sections, { ...page, chartHeight: null })
  const charts = chartsOf(page.section)
  if (charts.length === 0) return null
  const height = charts[0]!.getBoundingClientRect().height + (limit - bottomOf(page.section)) / charts.length
  return height >= MIN_CHART_HEIGHT ? Math.floor(height) : null
}

/** The slides of one section, for a screen whose slide area ends at `limit` (px from the viewport's top). */
function pagesOf(sections: HTMLElement[], section: HTMLElement, limit: number): SlidePage[] {
  const whole: SlidePage = { section, part: 'whole', from: 0, to: 0, chartHeight: null }
  const items = itemsOf(section)
  const hasCharts = () => chartsOf(section).length > 0
  showPage(sections, whole)
  const chartHeight = fittedChartHeight(sections, whole, limit)
  if (chartHeight !== null || (!hasCharts() && bottomOf(section) <= limit) || items.length === 0) {
    // Fits (its charts scaled to it), or cannot be cut: a chart alone is drawn at the smallest readable size.
    return [{ ...whole, chartHeight: chartHeight ?? (hasCharts() ? MIN_CHART_HEIGHT : null) }]
  }
  const pages: SlidePage[] = []
  if (hasCharts()) {
    const chart: SlidePage = { ...whole, part: 'chart' }
    pages.push({ ...chart, chartHeight: fittedChartHeight(sections, chart, limit) ?? MIN_CHART_HEIGHT })
  }
  for (let from = 0; from < items.length;) {
    const page: SlidePage = { section, part: 'items', from, to: items.length, chartHeight: null }
    showPage(sections, page)
    // What comes after the last row (the panel's padding, a note) stays below it on every slide.
    const tail = bottomOf(section) - bottomOf(items[items.length - 1]!)
    let to = from + 1
    while (to < items.length && bottomOf(items[to]!) + tail <= limit) to += 1
    // Fewer rows can lay out differently (narrower columns, other wraps): checked as shown.
    for (showPage(sections, { ...page, to }); to > from + 1 && bottomOf(section) > limit;) {
      to -= 1
      showPage(sections, { ...page, to })
    }
    pages.push({ ...page, to })
    from = to
  }
  return pages
}

/** Every section's slides, in order, for a screen whose slide area ends at `limit`. */
export function paginate(sections: HTMLElement[], limit: number): SlidePage[] {
  window.scrollTo(0, 0)
  const pages = sections.flatMap((section) => (section.isConnected ? pagesOf(sections, section, limit) : []))
  showPage(sections, null)
  return pages
}
