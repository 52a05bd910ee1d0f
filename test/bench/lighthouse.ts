// Lighthouse 12.8 (mobile preset: simulated slow 4G, 4× CPU) on the overview of the built app with
// mocks off. The tab's session (token, remembered API, first view's requests) is what a start at the same
// address left (browser.ts, signedInStorage), put in place before the page's scripts run: a reload.
import lighthouse from 'lighthouse'
import puppeteer from 'puppeteer-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-flags'
import { signedInStorage } from './browser'

export interface LighthouseRun {
  score: number
  fcp: number
  lcp: number
  tbt: number
  lcpElement: string
}

export async function lighthouseRun(url: string, token: string): Promise<LighthouseRun> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  })
  try {
    const page = await browser.newPage()
    await page.evaluateOnNewDocument(
      (entries) => {
        for (const [key, value] of entries) sessionStorage.setItem(key, value)
      },
      await signedInStorage(url, token),
    )
    const result = await lighthouse(
      url,
      { logLevel: 'error', output: 'json', onlyCategories: ['performance'] },
      undefined,
      page,
    )
    if (!result) throw new Error('Lighthouse returned nothing')
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`)
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      fcp: lhr.audits['first-contentful-paint']?.numericValue ?? Number.NaN,
      lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      tbt: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
      lcpElement: lcpElementOf(lhr.audits['largest-contentful-paint-element']?.details),
    }
  } finally {
    await browser.close()
  }
}

/** The LCP element's selector as Lighthouse names it (the audit's first table row). */
function lcpElementOf(details: unknown): string {
  const tables =
    (details as { items?: Array<{ items?: Array<{ node?: { selector?: string } }> }> } | undefined)?.items ?? []
  return tables[0]?.items?.[0]?.node?.selector ?? '?'
}
