import { expect, test, type Page } from './support/demo-server.ts'

// The built app under its Content-Security-Policy (src/http/security-headers.ts): every main page,
// logged in as the demo manager, and the public pages, with no policy violation reported by
// Chromium, neither as a securitypolicyviolation event nor on the console.
const SAM = { email: 'sam@demo.greenroom.test', password: 'greenroom-demo' }

interface Violation {
  page: string
  directive: string
  blocked: string
  sample: string
}

async function watchCsp(page: Page): Promise<Violation[]> {
  const seen: Violation[] = []
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: unknown[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample })
    })
  })
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) seen.push({ page: page.url(), directive: 'console', blocked: '', sample: msg.text() })
  })
  return seen
}

async function collect(page: Page, seen: Violation[]) {
  const events = await page.evaluate(() => (window as unknown as { __csp?: Omit<Violation, 'page'>[] }).__csp ?? [])
  for (const e of events) seen.push({ page: page.url(), ...e })
}

test('the main pages run under the CSP with no violation', async ({ page }) => {
  test.setTimeout(300_000)
  const seen = await watchCsp(page)
  const visited: string[] = []
  const visit = async (path: string, ready = 'h1') => {
    const res = await page.goto(path)
    expect(res?.status(), path).toBeLessThan(400)
    expect(res?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'")
    // Not networkidle: the live event stream stays open. A page is there once its heading is.
    await expect(page.locator(ready).first()).toBeVisible({ timeout: 30_000 })
    await collect(page, seen)
    visited.push(path)
  }

  await visit('/signup')
  await visit('/login')
  await page.getByLabel('Email').fill(SAM.email)
  await page.getByLabel('Password').fill(SAM.password)
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page).toHaveURL(/\/w\/demo$/)
  await collect(page, seen)
  await visit('/workspaces')
  await visit('/w/demo')

  // Every section of the workspace navigation, then one detail page of a few of them.
  const nav = page.getByRole('navigation', { name: 'Workspace' }).getByRole('link')
  const hrefs = [...new Set(await nav.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname)))]
  expect(hrefs.length).toBeGreaterThan(5)
  for (const href of hrefs) await visit(href)
  for (const section of ['/w/demo/tours', '/w/demo/shows', '/w/demo/people']) {
    await page.goto(section)
    const first = page.locator('main a[href^="' + section + '/"]').first()
    await first.waitFor()
    await first.click()
    await expect(page).not.toHaveURL(new RegExp(`${section}$`))
    await expect(page.locator('h1').first()).toBeVisible({ timeout: 30_000 })
    await collect(page, seen)
    visited.push(page.url())
  }
  await visit('/w/demo/settings')
  // The act page with its public-page section (ADR 015): the demo claimed big-time-rush.
  await visit('/w/demo/acts/big-time-rush')
  await expect(page.getByRole('link', { name: '/public/big-time-rush' })).toBeVisible()
  await visit('/public/big-time-rush')
  await visit('/api/docs/', '.swagger-ui .info')

  expect(visited.length).toBeGreaterThan(10)
  expect(seen, JSON.stringify(seen, null, 2)).toEqual([])
})

test('the app refuses to be framed by another origin', async ({ page }) => {
  const res = await page.request.get('/login')
  expect(res.headers()['x-frame-options']).toBe('DENY')
  expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(res.headers()['x-content-type-options']).toBe('nosniff')
})
