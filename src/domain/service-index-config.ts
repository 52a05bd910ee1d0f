// The service index as the dashboard computes it (QĐ 766/QĐ-TTg): its groups, their points and the rate at
// which a group earns full points. The official annex is amended from time to time: change it here, only here.
import type { MetricId } from './metrics'

export const INDEX_GROUP_IDS = [
  'progress',
  'online',
  'onlinePayment',
  'satisfaction',
  'digitization',
  'publicity',
] as const
export type IndexGroupId = (typeof INDEX_GROUP_IDS)[number]

export interface IndexGroupConfig {
  id: IndexGroupId
  /** The group's weight in the 100-point index. */
  points: number
  /** The rate that measures it; null when the dashboard's counts cannot (publicity). */
  metric: MetricId | null
  /** At or above this rate the group earns all its points; below, in proportion (0..1). */
  target: number
}

export interface ServiceIndexConfig {
  /** The decision the weights follow, as shown on the screen. */
  source: string
  groups: readonly IndexGroupConfig[]
}

/**
 * Weights of QĐ 766/QĐ-TTg (progress 20, online 12, online payment 10, satisfaction 18, digitisation 22,
 * publicity 18). The full-point rates are the dashboard's assumptions until set from the annex in force:
 * progress and dossier satisfaction in proportion to the rate itself (100%), the others at the national
 * targets for 2026 (80% online and paid online, 80% digitised at intake).
 */
export const SERVICE_INDEX: ServiceIndexConfig = {
  source: 'QĐ 766/QĐ-TTg',
  groups: [
    { id: 'progress', points: 20, metric: 'progressIndex', target: 1 },
    { id: 'online', points: 12, metric: 'onlineRate', target: 0.8 },
    { id: 'onlinePayment', points: 10, metric: 'onlinePaymentRate', target: 0.8 },
    { id: 'satisfaction', points: 18, metric: 'dossierSatisfaction', target: 1 },
    { id: 'digitization', points: 22, metric: 'digitizationRate', target: 0.8 },
    { id: 'publicity', points: 18, metric: null, target: 1 },
  ],
}
