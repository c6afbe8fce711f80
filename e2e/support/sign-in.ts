import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test'

/** Every demo account's password (src/demo). */
export const DEMO_PASSWORD = 'greenroom-demo'

/** A phone in the band's home zone: the viewport, touch and zone the phone journeys use. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, timezoneId: 'America/Chicago', isMobile: true, hasTouch: true }

/**
 * A page of its own browser context, signed in as a demo person by first name (`kendall` →
 * kendall@demo.greenroom.test), with the given context options (a phone: `PHONE`, or a zone of its own).
 */
export async function signedIn(browser: Browser, firstName: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  const res = await page.request.post('/api/auth/login', { data: { email: `${firstName}@demo.greenroom.test`, password: DEMO_PASSWORD } })
  expect(res.ok(), `${firstName} signs in`).toBe(true)
  return page
}
