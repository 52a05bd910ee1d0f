// Where a request's time goes, as a Server-Timing header (SERVER_TIMING=1; the bench turns it on): each part in
// milliseconds, e.g. `auth;dur=1.2, check;dur=0.8, queue;dur=40.1, db;dur=12.3, gzip;dur=3.9, total;dur=58.4`.
// Off by default: the header would tell anyone how long the server's parts take, which only the operator needs.
import type { MiddlewareHandler } from 'hono'

/** Records one part of a request's time (a no-op when timings are off). */
export type Timing = (name: string, ms: number) => void

export class Timings {
  private readonly started = performance.now()
  private last = this.started
  private readonly parts = new Map<string, number>()

  /** Adds `ms` to the part `name`. */
  add: Timing = (name, ms) => {
    this.parts.set(name, (this.parts.get(name) ?? 0) + ms)
  }

  /** The time since the previous lap (or the start) as the part `name`. */
  lap(name: string) {
    const now = performance.now()
    this.add(name, now - this.last)
    this.last = now
  }

  header(): string {
    const parts = [...this.parts, ['total', performance.now() - this.started] as const]
    return parts.map(([name, ms]) => `${name};dur=${ms.toFixed(1)}`).join(', ')
  }
}

export interface TimingEnv {
  Variables: { timings?: Timings }
}

/** Starts a request's timings and writes them into its answer's Server-Timing header. */
export const serverTiming: MiddlewareHandler<TimingEnv> = async (c, next) => {
  const timings = new Timings()
  c.set('timings', timings)
  await next()
  c.res.headers.set('Server-Timing', timings.header())
}
