// @vitest-environment jsdom
// The KPI cards after a Biểu 06 import: what no unit reported reads "chưa báo cáo", never 0 or "—" with a fault mark.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { receivedKpi, rateKpis } from '../../src/domain/kpis'
import { metricFields } from '../../src/domain/metrics'
import { reportingOf } from '../../src/domain/reporting'
import { addInto, emptyTotals, type CountField, type StatRowLike, type Totals } from '../../src/domain/totals'
import { completeRow } from '../../src/domain/unreported'
import OverviewKpiRow from '../../src/features/overview/OverviewKpiRow.vue'
import { createAppI18n } from '../../src/i18n'
import { en } from '../../src/i18n/en'
import { row } from '../domain/helpers'

/** What Biểu 06 does not carry (CONTRACT.md: the postal split, full-online, fees and ratings). */
const BIEU06_LACKS: CountField[] = [
  'receivedPostal',
  'receivedOnlineFull',
  'feeDossiers',
  'feePaidOnline',
  'ratedVerySatisfied',
  'ratedSatisfied',
  'ratedDissatisfied',
]
function bieu06Row(unitId: string, counts: Partial<Totals>): StatRowLike {
  const full: Record<string, unknown> = { ...row(unitId, '2026-05', counts) }
  for (const field of BIEU06_LACKS) delete full[field]
  return completeRow(full as Parameters<typeof completeRow>[0])
}
const imported = bieu06Row('c1', {
  received: 2000,
  receivedOnline: 1234,
  receivedOnlineCapable: 2000,
  resolved: 1800,
  resolvedEarly: 900,
  resolvedOnTime: 850,
  resolvedLate: 50,
})
const full = row('c2', '2026-05', {
  received: 400,
  receivedOnline: 100,
  receivedPostal: 40,
  receivedOnlineCapable: 400,
  resolved: 10,
  resolvedEarly: 10,
  ratedSatisfied: 8,
  ratedDissatisfied: 2,
})

function mountRow(rows: StatRowLike[], locale: 'vi' | 'en' = 'vi') {
  const current = rows.reduce((sum, r) => addInto(sum, r), emptyTotals())
  const baselines = { previousPeriod: emptyTotals(), samePeriodLastYear: emptyTotals() }
  const props = {
    comparison: 'previousPeriod' as const,
    rates: rateKpis(
      current,
      baselines,
      () => null,
      (metric) => reportingOf(rows, metricFields(metric)),
    ),
    received: receivedKpi(current, baselines, {
      online: reportingOf(rows, ['receivedOnline']),
      postal: reportingOf(rows, ['receivedPostal']),
      desk: reportingOf(rows, ['receivedOnline', 'receivedPostal']),
    }),
    sparklines: Object.fromEntries(
      ['onlineRate', 'fullOnlineRate', 'onTimeRate', 'satisfactionRate', 'onlinePaymentRate'].map((m) => [
        m,
        { values: [], target: null },
      ]),
    ) as never,
  }
  const i18n = locale === 'en' ? createAppI18n('en', en) : createAppI18n('vi')
  return mount(OverviewKpiRow, { props, global: { plugins: [i18n] } })
}
const card = (wrapper: ReturnType<typeof mountRow>, metric: string) => wrapper.get(`[data-metric="${metric}"]`)

describe('OverviewKpiRow with a unit imported from Biểu 06', () => {
  it('says the postal split is not reported, not "bưu chính 0"; the desk too (it needs the postal split)', () => {
    const received = card(mountRow([imported]), 'received')
    expect(received.text()).toContain('bưu chính chưa báo cáo')
    expect(received.text()).toContain('trực tiếp chưa báo cáo')
    expect(received.text()).not.toMatch(/bưu chính 0/)
    expect(received.text()).toContain('trực tuyến 1.234')
  })

  it('shows a metric no unit reported as "chưa báo cáo", without a data-quality mark', () => {
    const wrapper = mountRow([imported])
    for (const metric of ['satisfactionRate', 'fullOnlineRate', 'onlinePaymentRate']) {
      const value = card(wrapper, metric).get('[data-testid="kpi-value"]')
      expect(value.text()).toBe('chưa báo cáo')
      expect(value.find('[data-testid="data-quality-mark"]').exists()).toBe(false)
    }
  })

  it('says over how many units a partly reported figure is: postal 40 of 1 of 2 units, satisfaction 8/10', () => {
    const wrapper = mountRow([imported, full])
    expect(card(wrapper, 'received').text()).toContain('bưu chính 40 (1/2 đơn vị)')
    // Desk over the unit with both channels: 400 − 100 − 40.
    expect(card(wrapper, 'received').text()).toContain('trực tiếp 260 (1/2 đơn vị)')
    const satisfaction = card(wrapper, 'satisfactionRate')
    expect(satisfaction.get('[data-testid="kpi-value"]').text()).toBe('80,0%')
    expect(satisfaction.get('[data-testid="kpi-reporting"]').text()).toBe('theo số liệu của 1/2 đơn vị')
    expect(card(wrapper, 'onlineRate').find('[data-testid="kpi-reporting"]').exists()).toBe(false)
  })

  it('says it in English too', () => {
    const wrapper = mountRow([imported, full], 'en')
    expect(card(wrapper, 'satisfactionRate').get('[data-testid="kpi-reporting"]').text()).toBe(
      'reported by 1 of 2 units',
    )
    expect(card(mountRow([imported], 'en'), 'received').text()).toContain('postal not reported')
    expect(
      card(mountRow([imported], 'en'), 'satisfactionRate')
        .get('[data-testid="kpi-value"]')
        .text(),
    ).toBe('not reported')
  })
})
