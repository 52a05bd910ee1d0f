// @vitest-environment jsdom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import KpiCard from '../../src/components/KpiCard.vue'
import { createAppI18n } from '../../src/i18n'

const mountCard = (props: InstanceType<typeof KpiCard>['$props']) =>
  mount(KpiCard, { props, global: { plugins: [createAppI18n('vi')] } })

describe('KpiCard', () => {
  it('shows value, target and status as icon and word', () => {
    const card = mountCard({
      label: 'Tỷ lệ hồ sơ trực tuyến',
      value: '9,9%',
      targetText: 'Chỉ tiêu 30,0%',
      status: 'notMet',
    })
    expect(card.get('[data-testid="kpi-value"]').text()).toBe('9,9%')
    expect(card.text()).toContain('Chỉ tiêu 30,0%')
    expect(card.get('.status-badge').text()).toContain('Chưa đạt')
    expect(card.get('.status-badge__icon').text()).toBe('!')
  })

  it('gives "—" its reason, as a tooltip and for screen readers', () => {
    const card = mountCard({ label: 'Tỷ lệ hài lòng', value: '—', noValueReason: 'Chưa có đánh giá nào trong kỳ' })
    const value = card.get('[data-testid="kpi-value"]')
    expect(value.attributes('title')).toBe('Chưa có đánh giá nào trong kỳ')
    expect(value.text()).toContain('—')
    expect(value.get('.visually-hidden').text()).toContain('Chưa có đánh giá nào trong kỳ')
  })
})
