// Bounds on a read: a deadline, and a cap on a /stats answer's rows checked before the query runs.
// On PostgreSQL, statement_timeout (server/db/open.ts) stops the statement itself at the same limit. PGlite
// has no statement_timeout (its queries run one at a time, in this process): there the deadline answers 503
// for a request that waited its turn too long; a query once started runs to its end, which the row cap and
// the subtree sums keep short (no /stats query reads many more rows than it answers).
import { monthsOf } from '../../src/domain/periods'
import { weeksOf } from '../../src/domain/weeks'
import { queryTimedOut, unprocessable } from './problem'

/** The work's result, or a 503 problem once `ms` have passed (the work is left to finish, its result dropped). */
export async function withDeadline<T>(ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(queryTimedOut(ms)), ms)
  })
  const running = work()
  running.catch(() => {}) // a late failure after the deadline answered is not unhandled
  try {
    return await Promise.race([running, deadline])
  } finally {
    clearTimeout(timer)
  }
}

/** Periods in a /stats range of either grain. */
export const periodCount = (grain: 'month' | 'week', from: string, to: string) =>
  grain === 'week' ? weeksOf({ from, to }).length : monthsOf({ from, to }).length

/**
 * 422 (as the contract's OpenAPI says, and the mocks answer) when the answer could exceed the cap:
 * `units` (down to the depth) × `periods` rows at most.
 */
export function checkStatsSize(units: number, periods: number, limit: number) {
  const rows = units * periods
  if (rows > limit)
    throw unprocessable(
      `The answer could hold ${rows} rows (${units} units × ${periods} periods), more than the ${limit} ` +
        'one request may return: ask for fewer months or a smaller depth',
    )
}
