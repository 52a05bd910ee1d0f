// @vitest-environment jsdom
// The lagging page's list as the one table component draws it: each cell what the list's column definition
// gives for the row (checked against the figures themselves), the name a link, and only a window of the rows.
import { flushPromises, mount } from '@vue/test-utils'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChildFigure } from '../../../src/domain/breakdown'
import { buildUnitTree } from '../../../src/domain/units'
import { laggingColumns } from '../../../src/features/lagging/lagging-columns'
import LaggingTable from '../../../src/features/lagging/LaggingTable.vue'
import { createAppI18n } from '../../../src/i18n'
import { createAppRouter } from '../../../src/router'
import { t } from '../../export/view-words'
import { childFigure } from '../child-figure'

const figure = (i: number, over: Partial<ChildFigure> = {}) =>
  childFigure({ unitId: `c${i}`, code: `${i}`, name: `Xã ${i}`, ...over })
// Forty communes, worst gap first; the second has its own numbers, all worked out by hand below.
const figures = Array.from({ length: 40 }, (_, i) =>
  i === 1
    ? figure(i, {
        value: 1234 / 4936,
        volume: 4936,
        numerator: 1234,
        target: 0.3,
        gap: 0.3 - 1234 / 4936,
        monthsBehind: 24,
        isMonthsBehindOpen: true,
      })
    : figure(i),
)
const tree = buildUnitTree([
  { id: 'd1', code: 'd1', name: 'Huyện Thanh Bình', kind: 'district', parentId: null },
  ...figures.map((f) => ({ id: f.unitId, code: f.code, name: f.name, kind: 'commune' as const, parentId: 'd1' })),
])

// jsdom lays nothing out: the scrolling box says it is 440 px tall, room for ten rows of 44 px.
const box = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 440 })
})
afterAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', box)
})

async function mountTable() {
  const router = createAppRouter(() => true)
  await router.push('/lagging?unit=d1')
  const table = mount(LaggingTable, {
    props: {
      figures,
      columns: laggingColumns({ t, metric: 'onlineRate' }, tree),
      sparklineOf: () => [0.1, 0.2],
      linkTo: (unitId: string) => ({ name: 'overview', query: { unit: unitId } }),
    },
    global: { plugins: [router, createAppI18n('vi')] },
  })
  await flushPromises()
  return table
}

describe('the lagging list in BaseDataTable', () => {
  it("shows a row's cells as its column definition gives them", async () => {
    const table = await mountTable()
    const row = table.get('tr[data-unit="c1"]')
    const cell = (key: string) => row.get(`[data-column="${key}"]`).text()
    // 1234 of 4936 = 25,0%; 30% − 25,0% = 5,0 points; a run reaching the data's first month reads "24+".
    expect(cell('rank')).toBe('2')
    expect(cell('name')).toBe('Xã 1')
    expect(row.get('th[scope="row"] a').attributes('href')).toContain('unit=c1')
    expect(cell('level')).toBe('Cấp xã')
    expect(cell('parent')).toBe('Huyện Thanh Bình')
    expect(cell('value')).toBe('25,0%')
    expect(cell('target')).toBe('30,0%')
    expect(cell('gap')).toBe('5,0 điểm %')
    expect(cell('monthsBehind')).toBe('24+')
    expect(cell('volume')).toBe('4.936')
    expect(row.find('[data-column="trend"] svg').exists()).toBe(true)
    // The columns only the files hold are not on screen.
    expect(row.find('[data-column="status"]').exists()).toBe(false)
    expect(row.find('[data-column="numerator"]').exists()).toBe(false)
  })

  it('draws a window of the rows, and says how many there are', async () => {
    const table = await mountTable()
    const drawn = table.findAll('tbody tr[data-unit]')
    expect(drawn.length).toBeGreaterThan(0)
    expect(drawn.length).toBeLessThan(figures.length)
    expect(table.get('table').attributes('aria-rowcount')).toBe(String(figures.length + 1))
    expect(drawn[0]!.attributes('aria-rowindex')).toBe('2')
    expect(table.get('caption').text()).toBe('Đơn vị chậm tiến độ')
  })

  it('draws every row while the page is printed (paper does not scroll), and the window again after', async () => {
    const table = await mountTable()
    window.dispatchEvent(new Event('beforeprint'))
    await flushPromises()
    expect(table.findAll('tbody tr[data-unit]')).toHaveLength(figures.length)
    expect(table.findAll('tbody tr[aria-hidden="true"]')).toHaveLength(0) // no spacer rows on paper
    window.dispatchEvent(new Event('afterprint'))
    await flushPromises()
    expect(table.findAll('tbody tr[data-unit]').length).toBeLessThan(figures.length)
  })
})
