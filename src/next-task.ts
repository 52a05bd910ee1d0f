// Work that would make one long task (a chart's first draw, say) is split at its natural steps: each
// step ends the task and the next starts as a new one, so a tap or a frame can come in between.

interface YieldingScheduler {
  yield: () => Promise<void>
}

/** Resolves in a new task: `scheduler.yield()` where the browser has it (first in line), else a timeout. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}
