// @vitest-environment jsdom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PeriodPicker from '../../src/components/PeriodPicker.vue'
import { createAppI18n } from '../../src/i18n'

const available = { from: '2021-01', to: '2026-11' }
const weeks = { from: '2025-W27', to: '2026-W48' }
const mountPicker = (props: Partial<InstanceType<typeof PeriodPicker>['$props']>) =>
  mount(PeriodPicker, {
    props: { range: { from: '2026-11', to: '2026-11' }, available, comparison: 'previousPeriod', ...props },
    global: { plugins: [createAppI18n('vi')] },
  })
const labelled = (wrapper: ReturnType<typeof mountPicker>, label: string) => {
  const id = wrapper
    .findAll('label')
    .find((l) => l.text() === label)
    ?.attributes('for')
  return wrapper.get(`[id="${id!}"]`)
}

describe('PeriodPicker', () => {
  it('offers no weeks where there are none', () => {
    const picker = mountPicker({ weeks: null })
    expect(picker.text()).not.toContain('Xem theo')
    expect(labelled(picker, 'Từ tháng').findAll('option')).toHaveLength(71)
  })

  it('switches to the latest week and back to the latest month', async () => {
    const picker = mountPicker({ weeks })
    await labelled(picker, 'Xem theo').setValue('week')
    expect(picker.emitted('update:range')?.at(-1)).toEqual([{ from: '2026-W48', to: '2026-W48' }])
    await picker.setProps({ range: { from: '2026-W45', to: '2026-W48' } })
    await labelled(picker, 'Xem theo').setValue('month')
    expect(picker.emitted('update:range')?.at(-1)).toEqual([{ from: '2026-11', to: '2026-11' }])
  })

  it.each([
    ['Tuần này', { from: '2026-W48', to: '2026-W48' }],
    ['Tuần trước', { from: '2026-W47', to: '2026-W47' }],
    ['4 tuần gần nhất', { from: '2026-W45', to: '2026-W48' }],
    ['13 tuần gần nhất', { from: '2026-W36', to: '2026-W48' }],
  ])('gives "%s" as %j', async (label, expected) => {
    const picker = mountPicker({ weeks, range: { from: '2026-W40', to: '2026-W40' } })
    const presets = labelled(picker, 'Chọn nhanh')
    const option = presets.findAll('option').find((o) => o.text() === label)!
    await presets.setValue(option.attributes('value'))
    expect(picker.emitted('update:range')?.at(-1)).toEqual([expected])
  })

  it('lists the weeks with data, newest first, named with their days', async () => {
    const picker = mountPicker({ weeks, range: { from: '2026-W45', to: '2026-W48' } })
    const options = labelled(picker, 'Từ tuần').findAll('option')
    expect(options).toHaveLength(26 + 48) // 2025-W27…W52, 2026-W01…W48
    expect(options[0]!.text()).toBe('Tuần 48/2026 (23/11 – 29/11)')
    expect(options.at(-1)!.text()).toBe('Tuần 27/2025 (30/6 – 6/7)')
    expect(picker.text()).toContain('Số liệu theo tuần có từ Tuần 27/2025')
    // a start after the end moves the end with it
    await labelled(picker, 'Đến tuần').setValue('2026-W40')
    expect(picker.emitted('update:range')?.at(-1)).toEqual([{ from: '2026-W40', to: '2026-W40' }])
  })
})
