// Whether the page is being printed: a fact of the browser that charts and components both ask about
// (anything mounted while printing must draw at once). Between `beforeprint` and `afterprint`,
// matchMedia('print') still says no, so the events are followed here.
let isPrinting = false
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => {
    isPrinting = true
  })
  window.addEventListener('afterprint', () => {
    isPrinting = false
  })
}

/** True while the page is being printed: anything mounted now must draw at once. */
export const isBeingPrinted = () => isPrinting
