import { expect, test } from '@playwright/test'
import { api, openSignedIn, withConfig, type Row } from './helpers'

test('the national map: hovering a province names it (not its GSO code)', async ({ page }, testInfo) => {
  await withConfig(page, { mockDataset: 'national' })
  await page.setViewportSize({ width: 1366, height: 768 })
  await openSignedIn(page, 'trunguong', '/#/overview?unit=VN&from=2022-01&to=2022-06&cmp=prev&metric=onlineRate')
  const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=VN&depth=1&from=2022-01&to=2022-01')
  const units = await api<{ units: Array<{ id: string; name: string; code: string }> }>(page, '/units')
  const provinceIds = new Set(rows.map((r) => r.unitId).filter((id) => id !== 'VN'))
  const provinces = units.units.filter((u) => provinceIds.has(u.id))
  expect(provinces).toHaveLength(63)

  const map = page.getByTestId('map')
  await map.scrollIntoViewIfNeeded()
  await expect(map.locator('canvas').first()).toBeVisible()
  const box = (await map.boundingBox())!
  // Across the middle of the map, left to right, until the pointer is over a province.
  const tooltip = map.locator('div').filter({ hasText: /: \d/ }).last()
  for (let x = box.x + box.width * 0.3; x < box.x + box.width * 0.7; x += 6) {
    await page.mouse.move(x, box.y + box.height * 0.55)
    if (await tooltip.isVisible()) break
  }
  await expect(tooltip).toBeVisible()
  const text = (await tooltip.textContent())!
  const named = provinces.find((p) => text.startsWith(`${p.name}:`))
  expect(named, text).toBeDefined()
  expect(text).not.toMatch(/^\d+\b/)
  await testInfo.attach('hovered', { body: await map.screenshot(), contentType: 'image/png' })
})
