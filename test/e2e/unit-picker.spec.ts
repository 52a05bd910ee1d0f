// The unit picker across the reorganisation of 1 July 2025, on the demo province: old and new units found, each
// said with its years where needed, where an old one went and where a new one came from — names checked
// against the /units answer the test fetches itself.
import { expect, test } from '@playwright/test'
import { api, openSignedIn } from './helpers'

interface Unit {
  id: string
  name: string
  validFrom?: string | null
  validTo?: string | null
}
interface Link {
  from: string
  to: string
  share: 'whole' | 'part'
}

test('finds the old and the new Xã Tân Long: years, and where each went or came from', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await openSignedIn(page, 'lanhdao.tinh')
  const { units, lineage } = await api<{ units: Unit[]; lineage: Link[] }>(page, '/units')
  const name = new Map(units.map((u) => [u.id, u.name]))
  const newTanLong = units.find((u) => u.id === 'c2025-30154')!
  const whole = lineage.filter((l) => l.to === newTanLong.id && l.share === 'whole').map((l) => name.get(l.from)!)
  const part = lineage.filter((l) => l.to === newTanLong.id && l.share === 'part').map((l) => name.get(l.from)!)
  expect(part).toContain('Xã Phú Thuận B')

  const picker = page.getByRole('combobox', { name: 'Đơn vị' })
  await picker.fill('tan long')
  const newOption = page.getByRole('option', { name: /^Xã Tân Long \(từ 7\/2025\)/ })
  await expect(newOption).toBeVisible()
  // Up to six names are listed, the rest counted.
  const listed =
    whole.length <= 6 ? whole.join(', ') : `${whole.slice(0, 6).join(', ')} và ${whole.length - 6} đơn vị khác`
  await expect(newOption).toContainText(`Hình thành từ: ${listed}; một phần của ${part.join(', ')}`)
  const oldOption = page.getByRole('option', { name: /^Xã Tân Long \(đến 6\/2025\)/ })
  await expect(oldOption).toContainText('Nay thuộc: Xã Tân Long')
  await page.screenshot({ path: '/tmp/picker-shots/picker-1366-tan-long.png' })

  await picker.fill('thanh binh')
  const district = page.getByRole('option', { name: /^Huyện Thanh Bình \(đến 6\/2025\)/ })
  await expect(district).toContainText('Địa bàn nay thuộc: Tỉnh Đồng Tháp')
  await page.screenshot({ path: '/tmp/picker-shots/picker-1366-thanh-binh.png' })
  await picker.press('ArrowDown')
  await picker.press('Enter')
})

test('on a phone, the options fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await openSignedIn(page, 'lanhdao.tinh')
  await page.getByRole('button', { name: /Đổi đơn vị, kỳ, chỉ số/ }).click()
  const picker = page.getByRole('combobox', { name: 'Đơn vị' })
  await picker.fill('tan long')
  const option = page.getByRole('option', { name: /^Xã Tân Long \(từ 7\/2025\)/ })
  await expect(option).toBeVisible()
  const box = (await page.locator('#unit-picker-list').boundingBox())!
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(360)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await page.screenshot({ path: '/tmp/picker-shots/picker-360-tan-long.png' })
})
