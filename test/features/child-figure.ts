// A child's figure for tests of tables: a commune 10 points under a target of 30%, three months behind.
import type { ChildFigure } from '../../src/domain/breakdown'

export const childFigure = (over: Partial<ChildFigure> = {}): ChildFigure => ({
  unitId: 'c1',
  code: '1',
  name: 'Xã A',
  kind: 'commune',
  value: 0.2,
  noValueReason: null,
  volume: 900,
  numerator: 180,
  received: 900,
  receivedOnline: 180,
  target: 0.3,
  status: 'notMet',
  gap: 0.1,
  change: -0.02,
  monthsBehind: 3,
  isMonthsBehindOpen: false,
  isMonthsBehindPending: false,
  isLowVolume: false,
  isPartial: false,
  missingParts: [],
  ...over,
})
