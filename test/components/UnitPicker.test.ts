// @vitest-environment jsdom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import UnitPicker from '../../src/components/UnitPicker.vue'
import { buildUnitTree } from '../../src/domain/units'
import { createAppI18n } from '../../src/i18n'
import { en } from '../../src/i18n/en'
import type { LineageLinkLike } from '../../src/domain/lineage'
import type { UnitLike } from '../../src/domain/units'
import { REFORM_LINEAGE, REFORM_UNITS } from '../domain/reform-fixture'
import { nationalUnits } from './national-units'

function mountPicker(units: UnitLike[], lineage: LineageLinkLike[], currentId: string, locale: 'vi' | 'en' = 'vi') {
  return mount(UnitPicker, {
    props: { tree: buildUnitTree(units), lineage, currentId },
    global: { plugins: [locale === 'en' ? createAppI18n('en', en) : createAppI18n('vi')] },
    attachTo: document.body,
  })
}

const optionTexts = (picker: ReturnType<typeof mountPicker>) =>
  picker.findAll('[role="option"]').map((o) => o.findAll('span').map((s) => s.text()))

describe('UnitPicker across the reorganisation', () => {
  it('finds the new and the old Xã Tân Long, says their years and where each went or came from', async () => {
    const picker = mountPicker(REFORM_UNITS, REFORM_LINEAGE, 'p82')
    await picker.get('input').setValue('tan long')
    expect(optionTexts(picker)).toEqual([
      [
        'Xã Tân Long (từ 7/2025)',
        'Tỉnh Đồng Tháp (từ 7/2025)',
        'Hình thành từ: Xã Tân Quới, Xã Tân Hòa, Xã Tân Huề, Xã Tân Bình, Xã Tân Long; một phần của Xã Phú Thuận B',
      ],
      ['Xã Tân Long (đến 6/2025)', 'Huyện Thanh Bình (đến 6/2025)', 'Nay thuộc: Xã Tân Long'],
    ])
    picker.unmount()
  })

  it('says where an abolished district lies now, in English too', async () => {
    const picker = mountPicker(REFORM_UNITS, REFORM_LINEAGE, 'p82', 'en')
    await picker.get('input').setValue('thanh binh')
    expect(optionTexts(picker)).toEqual([
      ['Huyện Thanh Bình (until Jun 2025)', 'Tỉnh Đồng Tháp (until Jun 2025)', 'Its area is now in: Tỉnh Đồng Tháp'],
    ])
    picker.unmount()
  })

  it('shows a name that looks like markup as text', async () => {
    const units = REFORM_UNITS.map((u) => (u.id === 'c30133' ? { ...u, name: '<img src=x onerror=alert(1)>' } : u))
    const picker = mountPicker(units, REFORM_LINEAGE, 'p82')
    await picker.get('input').setValue('tan long')
    expect(picker.find('img').exists()).toBe(false)
    expect(picker.text()).toContain('Hình thành từ: <img src=x onerror=alert(1)>, Xã Tân Hòa')
    picker.unmount()
  })

  it('answers every keystroke within 50 ms at national scale (17,000 units)', async () => {
    const { units, lineage } = nationalUnits()
    expect(units.length).toBeGreaterThan(16_900)
    const picker = mountPicker(units, lineage, 'VN')
    const input = picker.get('input')
    const focused = performance.now()
    await input.trigger('focus') // builds the search index, as the browser's idle time or the focus does
    const indexTime = performance.now() - focused
    // Each keystroke of five queries typed three times; a keystroke costs the CPU time this test's process
    // spends on it (other engineers' processes share the machine's two cores and stretch wall time), the least
    // of its three tries (a garbage collection is not the picker's work). Wall time is reported beside it.
    const queries = ['xa tan long', 'phu thuan 3', 'huyen hoa dong', 'zzz', 'so an']
    const keystrokes = queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)))
    const best = keystrokes.map(() => Infinity)
    const wall = keystrokes.map(() => Infinity)
    for (let round = 0; round < 3; round++) {
      for (const [i, text] of keystrokes.entries()) {
        const cpu = process.cpuUsage()
        const started = performance.now()
        await input.setValue(text)
        const elapsed = process.cpuUsage(cpu)
        wall[i] = Math.min(wall[i]!, performance.now() - started)
        best[i] = Math.min(best[i]!, (elapsed.user + elapsed.system) / 1000)
      }
    }
    const slowest = Math.max(...best)
    console.info(
      `unit picker, ${units.length} units: index on focus ${indexTime.toFixed(1)} ms; slowest keystroke ` +
        `${slowest.toFixed(1)} ms CPU (${Math.max(...wall).toFixed(1)} ms wall), least of 3 tries, ` +
        `of ${keystrokes.length}`,
    )
    expect(picker.findAll('[role="option"]').length).toBeGreaterThan(0)
    expect(slowest).toBeLessThanOrEqual(50)
    picker.unmount()
  })
})
