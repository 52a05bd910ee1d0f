// Presentation mode for meeting rooms (loaded when started): the page's sections one at a time, large,
// full screen, the next every N seconds; any key (or leaving full screen) stops it. Each slide fits the
// screen: a section too tall for it continues on the next slides (slide-pages.ts), cut again when the
// screen's size changes or the sections' contents do.
import './presentation.css'
import { paginate, showPage, type SlidePage } from './slide-pages'

export interface PresentationText {
  /** What the bar at the bottom says, e.g. "Xếp hạng (3/6) · tự chuyển sau 15 giây · nhấn phím bất kỳ để dừng". */
  status: (slide: { title: string; index: number; count: number }) => string
  stop: string
}

/** The slide after `index` of `count`, from the first again after the last. */
const nextSlide = (index: number, count: number) => (count === 0 ? 0 : (index + 1) % count)

const titleOf = (slide: HTMLElement) =>
  (slide.querySelector('h2')?.textContent ?? slide.getAttribute('aria-label') ?? '').trim()

/** Starts presenting the `[data-slide]` sections inside `root`; returns a function that stops it. */
export function startPresentation(
  root: HTMLElement,
  seconds: number,
  text: PresentationText,
  onStop: () => void,
): () => void {
  const sections = [...root.querySelectorAll<HTMLElement>('[data-slide]')]
  const html = document.documentElement
  const bar = document.createElement('div')
  bar.className = 'presentation-bar'
  const status = document.createElement('p')
  status.setAttribute('role', 'status')
  const stopButton = document.createElement('button')
  stopButton.type = 'button'
  stopButton.className = 'button'
  stopButton.textContent = text.stop
  bar.append(status, stopButton)
  document.body.append(bar)
  html.classList.add('is-presenting')

  let pages: SlidePage[] = []
  let index = 0
  // Cut again (keeping to the slide on screen, or the first of its section) when the page's contents change.
  let isStale = true
  const changes = new MutationObserver(() => {
    isStale = true
  })
  changes.observe(root, { childList: true, subtree: true, characterData: true })
  function cut() {
    const current = pages[index]
    pages = paginate(sections, bar.getBoundingClientRect().top)
    changes.takeRecords()
    isStale = false
    const same = pages.findIndex(
      (p) => p.section === current?.section && p.part === current.part && p.from === current.from,
    )
    index = Math.max(0, same >= 0 ? same : pages.findIndex((p) => p.section === current?.section))
  }
  const show = () => {
    if (isStale) cut()
    const page = pages[index] ?? null
    showPage(sections, page)
    status.textContent = page
      ? text.status({ title: titleOf(page.section), index: index + 1, count: pages.length })
      : ''
    window.scrollTo(0, 0)
  }
  show()
  const timer = window.setInterval(() => {
    if (isStale) cut()
    index = nextSlide(index, pages.length)
    show()
  }, seconds * 1000)
  // A new size (full screen, another screen): cut again at the next frame, once however many events came.
  let resizing = 0
  function onResize() {
    cancelAnimationFrame(resizing)
    resizing = requestAnimationFrame(() => {
      isStale = true
      show()
    })
  }

  let isStopped = false
  function stop() {
    if (isStopped) return
    isStopped = true
    window.clearInterval(timer)
    cancelAnimationFrame(resizing)
    changes.disconnect()
    window.removeEventListener('keydown', onKey, true)
    window.removeEventListener('resize', onResize)
    document.removeEventListener('fullscreenchange', onFullscreenChange)
    showPage(sections, null)
    root.querySelectorAll('.is-off-slide').forEach((item) => item.classList.remove('is-off-slide'))
    html.classList.remove('is-presenting')
    bar.remove()
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
    onStop()
  }
  function onKey(event: KeyboardEvent) {
    event.preventDefault()
    event.stopPropagation()
    stop()
  }
  function onFullscreenChange() {
    if (!document.fullscreenElement) stop()
  }
  window.addEventListener('keydown', onKey, true)
  window.addEventListener('resize', onResize)
  document.addEventListener('fullscreenchange', onFullscreenChange)
  stopButton.addEventListener('click', stop)
  stopButton.focus()
  return stop
}
