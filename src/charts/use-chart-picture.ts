// A chart's first frames as a picture: SVG markup drawn in a worker (picture-client.ts), shown until the
// chart is live. Each request is numbered and only the latest one's answer is shown. A picture the tab kept from
// the same recipe at the same size is shown as it is, without the worker (kept-pictures.ts).
import { nextTick, onBeforeUnmount, onMounted, shallowRef, type Ref } from 'vue'
import { keepPicture, keepsPictureHere, keptPicture, pictureKey } from './kept-pictures'
import { canDrawPictures, requestPicture, startPictureWorker } from './picture-client'
import type { ChartRecipe } from './recipes'
import type { BoxSize } from './use-chart-size'

export interface UseChartPictureOptions {
  /** The chart as data alone; none: no picture, the chart is drawn live. */
  recipe: () => ChartRecipe | null
  /** The box's size as last laid out (use-chart-size.ts). */
  size: () => BoxSize | null
  /** Where the picture's SVG goes (rendered while `hasPicture`). */
  pictureHost: Readonly<Ref<HTMLElement | null>>
  /** The live chart exists or is being created: no picture is wanted any more. */
  isLive: () => boolean
  isPrinting: () => boolean
  /** A picture has been put on the page. */
  onShown: () => void
  /** The worker could not draw the latest picture: the chart should go live instead. */
  onFailure: () => void
}

export interface UseChartPictureReturn {
  /** Whether pictures are drawn (a recipe, a worker, not printing at mount) until the chart goes live. */
  drawsPictures: Readonly<Ref<boolean>>
  /** A picture is shown; the live chart's first frame sets it false. */
  hasPicture: Ref<boolean>
  /** Asks a picture for the current recipe and size, unless the one shown is of them already. */
  refresh: () => void
  /** No more pictures: an answer still on its way is dropped. */
  stop: () => void
}

/** Pictures of `recipe` at the box's size, from mount until `stop` (or unmount). */
export function useChartPicture(options: UseChartPictureOptions): UseChartPictureReturn {
  const drawsPictures = shallowRef(false)
  const hasPicture = shallowRef(false)
  let pictured: { recipe: ChartRecipe; width: number; height: number } | null = null
  let latest = 0
  let isUnmounted = false
  onMounted(() => {
    drawsPictures.value = options.recipe() !== null && !options.isPrinting() && canDrawPictures()
    // The worker (ECharts) is asked now, not after the box's first size report: by then the page's next requests
    // (the panels below it) may hold every connection. Not on a reload that will likely find its picture kept
    // (kept-pictures.ts): ECharts' compiling and first run would slow that first screen; there the worker is started
    // once the kept picture is shown, or by the first picture that is not kept.
    if (drawsPictures.value && !keepsPictureHere()) startPictureWorker()
  })
  onBeforeUnmount(() => {
    isUnmounted = true
  })

  function refresh() {
    const recipe = options.recipe()
    const size = options.size()
    // No size reported yet: the first report, after the next layout, draws the picture.
    if (!drawsPictures.value || options.isLive() || !recipe || !size) return
    const { width, height } = size
    // Hidden (the table is shown instead): drawn when it has a size again.
    if (width === 0 || height === 0) return
    if (pictured && pictured.recipe === recipe && pictured.width === width && pictured.height === height) return
    pictured = { recipe, width, height }
    const request = (latest += 1)
    const key = pictureKey(recipe, { width, height })
    const kept = key === null ? null : keptPicture(key)
    ;(kept === null ? requestPicture(recipe, { width, height }) : Promise.resolve(kept)).then(
      async (svg) => {
        if (request !== latest || options.isLive() || isUnmounted) return
        if (key !== null && kept === null) keepPicture(key, svg)
        hasPicture.value = true
        await nextTick()
        const svgElement = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement
        options.pictureHost.value?.replaceChildren(svgElement)
        options.onShown()
        // The worker, for the pictures to come (another period, another size), once this one is on screen.
        if (kept !== null) startPictureWorker()
      },
      () => {
        if (request === latest) options.onFailure()
      },
    )
  }

  function stop() {
    drawsPictures.value = false
    latest += 1
  }

  return { drawsPictures, hasPicture, refresh, stop }
}
