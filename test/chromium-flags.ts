// Debian's Chromium, headless, as every browser run here starts it: Playwright's tests, the bench and
// Lighthouse. Nothing here downloads a browser; CHROMIUM_PATH overrides where it is.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** No sandbox (root in CI), no GPU, and none of the browser's own network traffic (updates, sync, QUIC). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
