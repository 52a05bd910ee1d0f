// Who improved most and who slipped most against the comparison period.
import type { ChildFigure } from './breakdown'

/** The `count` largest rises and the `count` largest falls (units with too few dossiers left out). */
export function movers(
  figures: readonly ChildFigure[],
  count = 5,
): { improving: ChildFigure[]; slipping: ChildFigure[] } {
  const changed = figures.filter((f) => f.change !== null && !f.isLowVolume)
  return {
    improving: changed
      .filter((f) => f.change! > 0)
      .sort((a, b) => b.change! - a.change!)
      .slice(0, count),
    slipping: changed
      .filter((f) => f.change! < 0)
      .sort((a, b) => a.change! - b.change!)
      .slice(0, count),
  }
}
