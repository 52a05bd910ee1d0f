// Presentation mode for meeting rooms (loaded when started): the page's sections one at a time, large,
// full screen, the next every N seconds; any key (or leaving full screen) stops it.
import './presentation.css'

export interface PresentationText {
  /** What the bar at the bottom says, e.g. "Xếp hạng (3/6) · tự chuyển sau 15 giây · nhấn phím bất kỳ để dừng". */
  status: (slide: { title: string; index: number; count: number }) => string
  stop: string
}

/** The slide after `index` of `count`, from the first again after the last. */
export const nextSlide = (index: number, count: number) => (count === 0 ? 0 : (index + 1) % count)

const titleOf = (slide: HTMLElement) =>
  (slide.querySelector('h2')?.textContent ?? slide.getAttribute('aria-label') ?? '').trim()

/** Starts presenting the `[data-slide]` sections inside `root`; returns a function that stops it. */
export function startPresentation(root: HTMLElement, seconds: number, text: PresentationText, onStop: () => void): () => void {
  const slides = [...root.querySelectorAll<HTMLElement>('[data-slide]')]
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

  let index = 0
  const show = () => {
    slides.forEach((slide, i) => slide.classList.toggle('is-current-slide', i === index))
    const slide = slides[index]
    status.textContent = slide ? text.status({ title: titleOf(slide), index: index + 1, count: slides.length }) : ''
    window.scrollTo(0, 0)
  }
  show()
  const timer = window.setInterval(() => {
    index = nextSlide(index, slides.length)
    show()
  }, seconds * 1000)

  let isStopped = false
  function stop() {
    if (isStopped) return
    isStopped = true
    window.clearInterval(timer)
    window.removeEventListener('keydown', onKey, true)
    document.removeEventListener('fullscreenchange', onFullscreenChange)
    slides.forEach((slide) => slide.classList.remove('is-current-slide'))
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
  document.addEventListener('fullscreenchange', onFullscreenChange)
  stopButton.addEventListener('click', stop)
  stopButton.focus()
  return stop
}
