import { expect, test, type Locator, type Page } from '@playwright/test'
import { HOSTILE_NAME } from '../../mocks/faults'
import { api, openSignedIn, signIn, sum, viPercent, withConfig, type Row } from './helpers'

const kpi = (metric: string) => `[data-metric="${metric}"] [data-testid="kpi-value"]`

/** Where each start's check of the demo mock API was answered, in order: by its worker ('mock') or the network. */
function probeAnswers(page: Page): string[] {
  const answers: string[] = []
  page.on('response', (response) => {
    if (response.url().includes('__mock-probe')) answers.push(response.fromServiceWorker() ? 'mock' : 'network')
  })
  return answers
}

/** The online-rate card shows the rate of `rows` summed. */
async function expectOnlineRateOf(page: Page, rows: Row[]) {
  await expect(page.locator(kpi('onlineRate'))).toHaveText(
    viPercent(sum(rows, 'receivedOnline') / sum(rows, 'received')),
  )
}

test('the app runs under a strict Content-Security-Policy with no violation', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  const response = await page.goto('/')
  const policy = response!.headers()['content-security-policy'] ?? ''
  expect(policy).toContain("script-src 'self'")
  expect(policy).not.toContain('unsafe-eval')
  await signIn(page, 'lanhdao.tinh')
  await expect(page.locator(kpi('onlineRate'))).toHaveText(/^\d+,\d%$/)
  await page.goto('/#/overview?unit=p87&from=2021-01&to=2021-06')
  await expect(page.getByTestId('map')).toBeVisible()
  await page.goto('/#/targets?unit=d874&from=2021-01&to=2021-06')
  // its cells drawn when near (the unit picker and the structure note put it past a screen on opening)
  await page.getByRole('heading', { level: 2, name: /^Theo tháng — / }).scrollIntoViewIfNeeded()
  await expect(page.getByTestId('heatmap')).toBeVisible()
  expect(violations).toEqual([])
})

test(
  'a static host sends no header: index.html carries the ' + 'same policy as a meta tag and the app runs under it',
  async ({ page }) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
    })
    const headerPolicy = (await (await page.request.get('/')).headers())['content-security-policy'] ?? ''
    expect(headerPolicy).toContain("frame-ancestors 'none'")
    // index.html as a static host serves it: the file alone, no Content-Security-Policy header
    await page.route(
      (url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
      async (route) => {
        const response = await route.fetch()
        const headers = response.headers()
        delete headers['content-security-policy']
        await route.fulfill({ response, headers })
      },
    )
    const response = await page.goto('/')
    expect(response!.headers()['content-security-policy']).toBeUndefined()
    // the header's policy, less frame-ancestors (which a meta tag cannot carry)
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      headerPolicy
        .split('; ')
        .filter((d) => !d.startsWith('frame-ancestors'))
        .join('; '),
    )
    await signIn(page, 'lanhdao.tinh')
    await expect(page.locator(kpi('onlineRate'))).toHaveText(/^\d+,\d%$/)
    await page.goto('/#/overview?unit=p87&from=2021-01&to=2021-06')
    await page.getByRole('heading', { level: 2, name: /Bản đồ theo/ }).scrollIntoViewIfNeeded()
    await expect(page.getByTestId('map')).toBeVisible()
    await page.goto('/#/targets?unit=d874&from=2021-01&to=2021-06')
    await page.getByRole('heading', { level: 2, name: /^Theo tháng — / }).scrollIntoViewIfNeeded()
    await expect(page.getByTestId('heatmap')).toBeVisible()
    expect(violations).toEqual([])
    // and the policy is in force: an inline script is refused
    expect(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
              once: true,
            })
            const script = document.createElement('script')
            script.textContent = 'document.title = "ran"'
            document.head.append(script)
          }),
      ),
    ).toMatch(/^script-src/)
  },
)

test('a unit named like markup is shown as text and runs nothing', async ({ page }) => {
  let dialogs = 0
  page.on('dialog', async (dialog) => {
    dialogs++
    await dialog.dismiss()
  })
  await withConfig(page, { mockFaults: 'units=hostile-name' })
  await openSignedIn(page, 'lanhdao.tinh')
  const { units } = await api<{ units: Array<{ id: string; name: string }> }>(page, '/units')
  const hostile = units.find((u) => u.name.includes('<img'))!
  await expect(page.locator('.ranking__table')).toContainText(hostile.name)
  expect(await page.locator('main img').count()).toBe(0)
  expect(await page.evaluate(() => (window as unknown as { __hostile?: number }).__hostile)).toBeUndefined()
  expect(dialogs).toBe(0)
})

const panel = (page: Page, title: RegExp) =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: title }) })

/** Moves the pointer across a chart, a row of points at a time, until `shown` is visible; false if never. */
async function hoverUntilShown(page: Page, chart: Locator, shown: Locator): Promise<boolean> {
  const box = (await chart.boundingBox())!
  for (let y = 6; y < box.height; y += 12) {
    for (let x = box.width * 0.05; x < box.width; x += box.width / 16) {
      await page.mouse.move(box.x + x, box.y + y)
      if (await shown.isVisible()) return true
    }
  }
  return false
}

test(
  "units named like markup show as text in the map's, the " + "ranking's and the heat-map's tooltips, and run nothing",
  async ({ page }) => {
    let dialogs = 0
    page.on('dialog', async (dialog) => {
      dialogs++
      await dialog.dismiss()
    })
    await withConfig(page, { mockFaults: 'units=hostile-name' })
    await openSignedIn(page, 'lanhdao.tinh', '/#/overview?unit=p87&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
    type ApiUnit = { id: string; name: string; kind: string; parentId: string | null }
    const { units } = await api<{ units: ApiUnit[] }>(page, '/units')
    const hostileUnder = (parentId: string) => units.filter((u) => u.parentId === parentId && u.name === HOSTILE_NAME)
    expect(hostileUnder('p87').filter((u) => u.kind === 'district').length).toBeGreaterThan(0) // on the map
    expect(hostileUnder('d874').length).toBeGreaterThan(0) // in the heat-map
    const ranAnything = () => page.evaluate(() => (window as unknown as { __hostile?: number }).__hostile !== undefined)

    for (const title of [/Xếp hạng theo/, /Bản đồ theo/]) {
      const section = panel(page, title)
      await section.scrollIntoViewIfNeeded()
      const chart = section.locator('canvas').first()
      await expect(chart).toBeVisible()
      // ECharts' tooltip: a <div> it adds to the chart's box and fills with HTML. It must hold the name as text.
      const tooltip = section.locator('.base-chart__live > div').filter({ hasText: HOSTILE_NAME })
      expect(await hoverUntilShown(page, chart, tooltip), `a tooltip naming a hostile unit in ${title}`).toBe(true)
      await expect(tooltip).toContainText(HOSTILE_NAME)
      await expect(section.locator('img, b:text-is("Thử")')).toHaveCount(0)
    }

    await page.goto('/#/targets?unit=d874&from=2021-01&to=2021-06')
    await page.getByRole('heading', { level: 2, name: /^Theo tháng — / }).scrollIntoViewIfNeeded()
    const heatmap = page.getByTestId('heatmap')
    const row = heatmap
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: HOSTILE_NAME }) })
      .first()
    await expect(row.getByRole('rowheader')).toContainText(HOSTILE_NAME)
    const cell = row.getByRole('cell').first()
    await cell.hover()
    // the cell's tooltip (its title): unit, month, value and target, the unit's name as written
    expect(await cell.getAttribute('title')).toContain(`${HOSTILE_NAME}, `)
    await expect(page.locator('main img, main b:text-is("Thử")')).toHaveCount(0)
    expect(await ranAnything()).toBe(false)
    expect(dialogs).toBe(0)
  },
)

test('offline: a banner, the figures stay, and it recovers when the network returns', async ({ page, context }) => {
  await openSignedIn(page, 'lanhdao.tinh')
  const value = await page.locator(kpi('onlineRate')).textContent()
  await context.setOffline(true)
  await expect(page.getByText('Mất kết nối mạng.')).toBeVisible()
  await expect(page.locator(kpi('onlineRate'))).toHaveText(value!)
  await context.setOffline(false)
  await expect(page.getByText('Mất kết nối mạng.')).toHaveCount(0)
  await page.getByLabel('Từ tháng').selectOption('2022-01')
  await expect(page.locator(kpi('onlineRate'))).toHaveText(/^\d+,\d%$/)
})

test("a 403 from the server is said plainly, with a way back to the user's own unit", async ({ page }) => {
  await withConfig(page, { mockFaults: 'stats=403*1' }) // the server refuses the first unit asked for
  await openSignedIn(page, 'lanhdao.tinh', '/#/overview?unit=d874&from=2021-01&to=2021-06')
  await expect(page.getByRole('alert')).toContainText('Đơn vị này nằm ngoài phạm vi được xem của bạn.')
  await page.getByRole('link', { name: 'Về đơn vị của tôi' }).click()
  await expect(page).toHaveURL(/unit=p2025-82/) // the leader's own unit: the new Đồng Tháp (from 2025-07)
  await expect(page.getByRole('heading', { level: 1, name: 'Tỉnh Đồng Tháp' })).toBeVisible()
  await expect(page.locator(kpi('onlineRate'))).toHaveText(/^\d+,\d%$/)
})

test(
  'a district chair who edits the URL to another district ' + 'sees a notice and their own district, never its data',
  async ({ page }) => {
    const asked: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/stats')) asked.push(request.url())
    })
    await openSignedIn(page, 'chutich.thanhbinh', '/')
    await page.goto('/#/overview?unit=d866&from=2021-01&to=2021-06')
    await expect(
      page.getByText('Không có đơn vị này trong phạm vi bạn được xem; đang hiển thị đơn vị của bạn.'),
    ).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: 'Huyện Thanh Bình' })).toBeVisible()
    expect(asked.some((url) => url.includes('unit=d866'))).toBe(false)
  },
)

test('an older, slower answer never overwrites a newer selection', async ({ page }) => {
  await withConfig(page, { mockFaults: 'stats=latency:3000*1' }) // the first figures come last
  await openSignedIn(page, 'lanhdao.tinh', '/#/overview?unit=p87&from=2022-12&to=2022-12')
  await page.goto('/#/overview?unit=d874&from=2021-01&to=2021-06')
  const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=d874&depth=1&from=2021-01&to=2021-06')
  const expected = viPercent(sum(rows, 'receivedOnline') / sum(rows, 'received'))
  await expect(page.locator(kpi('onlineRate'))).toHaveText(expected)
  await page.waitForTimeout(3500) // past the slow first answer
  await expect(page.getByRole('heading', { level: 1, name: 'Huyện Thanh Bình' })).toBeVisible()
  await expect(page.locator(kpi('onlineRate'))).toHaveText(expected)
})

test('signing out forgets every cached answer: the next user sees only their own scope', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh')
  await expect(page.locator(kpi('onlineRate'))).toHaveText(/^\d+,\d%$/)
  await page.getByRole('button', { name: 'Nguyễn Văn An' }).click()
  await page.getByRole('button', { name: 'Đăng xuất' }).click()
  await signIn(page, 'chutich.thanhbinh')
  await expect(page.getByRole('heading', { level: 1, name: 'Theo dõi chỉ tiêu — Huyện Thanh Bình' })).toBeVisible()
  await page.getByRole('combobox', { name: 'Đơn vị' }).fill('dong thap')
  await expect(page.getByRole('option', { name: /Tỉnh Đồng Tháp/ })).toHaveCount(0)
  await expect(page.getByText('Không tìm thấy đơn vị nào')).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Vị trí' })).not.toContainText('Tỉnh Đồng Tháp')
})

test(
  'a failing endpoint blanks nothing else: without targets ' + 'the figures still show, with the error beside them',
  async ({ page }) => {
    await withConfig(page, { mockFaults: 'targets=500' })
    await openSignedIn(page, 'lanhdao.tinh', '/#/overview?unit=d874&from=2021-01&to=2021-06')
    const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=d874&depth=1&from=2021-01&to=2021-06')
    await expectOnlineRateOf(page, rows)
    await expect(page.getByRole('alert')).toContainText('Máy chủ báo lỗi 500 (targets)')
    await expect(page.getByRole('button', { name: 'Thử lại' })).toBeVisible()
    await expect(page.locator('.ranking__table')).toContainText('Xã Tân Quới')
  },
)

test(
  'the demo mock API checks it really answers the page: when the worker lost the page at start ' +
    '(stopped while the app started), the page reloads once to tell the worker again; the figures come from the mock',
  async ({ page }) => {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('ServiceWorker.enable')
    // The first check's request waits while Chromium stops the worker: restarted, it has forgotten every page.
    let stopped = 0
    await page.exposeFunction('stopServiceWorkers', async () => {
      if (stopped++ === 0) await cdp.send('ServiceWorker.stopAllWorkers')
    })
    await page.addInitScript(() => {
      const original = window.fetch.bind(window)
      let first = true
      window.fetch = async (input, init) => {
        if (first && String(input instanceof Request ? input.url : input).includes('__mock-probe')) {
          first = false
          await (window as unknown as { stopServiceWorkers: () => Promise<void> }).stopServiceWorkers()
        }
        return original(input, init)
      }
    })
    const probes = probeAnswers(page)
    await openSignedIn(page, 'vanphong', '/#/overview?unit=d874&from=2021-01&to=2021-06')
    const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=d874&depth=0&from=2021-01&to=2021-06')
    await expectOnlineRateOf(page, rows)
    expect(stopped).toBe(2) // the first start's check, and the reloaded page's
    expect(probes).toEqual(['network', 'mock'])
  },
)

test(
  'a reload after the page told the demo worker it closes (what a closing page says, its last page): ' +
    'the worker stays registered and the reloaded page is mocked at its first start',
  async ({ page }) => {
    const probes = probeAnswers(page)
    await openSignedIn(page, 'vanphong', '/#/overview?unit=d874&from=2021-01&to=2021-06')
    const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=d874&depth=0&from=2021-01&to=2021-06')
    await page.evaluate(() => navigator.serviceWorker.controller!.postMessage('CLIENT_CLOSED'))
    // A second for the worker to act on it (MSW's own worker unregisters itself then).
    await page.waitForTimeout(1000)
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(1)
    await page.reload()
    await expectOnlineRateOf(page, rows)
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
    expect(probes).toEqual(['mock', 'mock'])
  },
)

test('the demo mock API: a start its worker never answers ends after 5 s in a reload (figures from the mock)', async ({
  page,
}) => {
  // The first page's word to the worker that it starts mocking is lost: MSW's start waits for its answer forever.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('test.lost-activate') !== null) return
    sessionStorage.setItem('test.lost-activate', '1')
    const post = ServiceWorker.prototype.postMessage
    ServiceWorker.prototype.postMessage = function (this: ServiceWorker, message: unknown, ...rest: never[]) {
      if (message !== 'MOCK_ACTIVATE') post.call(this, message, ...rest)
    } as typeof post
  })
  const loads: number[] = []
  page.on('load', () => loads.push(Date.now()))
  const probes = probeAnswers(page)
  await openSignedIn(page, 'vanphong', '/#/overview?unit=d874&from=2021-01&to=2021-06')
  const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=d874&depth=0&from=2021-01&to=2021-06')
  await expectOnlineRateOf(page, rows)
  expect(probes).toEqual(['mock'])
  expect(loads).toHaveLength(2)
  expect(loads[1]! - loads[0]!).toBeGreaterThanOrEqual(5000)
})
