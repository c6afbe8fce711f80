import { expect, test, type Browser, type Page } from './support/demo-server.ts'

// Issue 15 on a phone: Dustin opens his day sheet of the summer tour's first show from the menu,
// the tour manager moves the bus call and his open sheet shows the new time without a reload; then
// he loses the connection, reloads, and still reads his day.
const PASSWORD = 'greenroom-demo'
const PHONE = { viewport: { width: 390, height: 844 }, timezoneId: 'Europe/London', isMobile: true, hasTouch: true }

async function signedIn(browser: Browser, firstName: string, phone = false): Promise<Page> {
  const context = await browser.newContext(phone ? PHONE : {})
  const page = await context.newPage()
  const res = await page.request.post('/api/auth/login', { data: { email: `${firstName}@demo.greenroom.test`, password: PASSWORD } })
  expect(res.ok()).toBe(true)
  return page
}

type Item = {
  id: string
  title: string
  kind: string
  startTime: string
  startDayOffset: number
  endTime: string | null
  display: string
  confirmed: boolean
  audience: string
  audienceActId: string | null
  people: { personId: string }[]
  location: string
  notes: string
  version: number
}

test('Dustin’s day sheet on his phone: live when the bus call moves, readable offline', async ({ browser }) => {
  const dustin = await signedIn(browser, 'dustin', true)
  await dustin.goto('/w/demo')
  await dustin.getByRole('button', { name: 'Menu' }).click()
  await dustin.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Tours', exact: true }).click()
  await dustin
    .getByRole('link', { name: /Summer Break Tour 2013/ })
    .first()
    .click()
  await dustin.getByRole('link', { name: 'Days', exact: true }).click()
  await expect(dustin.getByRole('heading', { level: 1, name: 'Days of the tour' })).toBeVisible()
  await dustin.getByRole('list', { name: 'Dates' }).getByRole('link', { name: 'Day sheet' }).first().click()
  await expect(dustin).toHaveURL(/\/w\/demo\/days\/[0-9a-f-]{36}$/)
  const dayId = dustin.url().split('/').at(-1)!

  const schedule = dustin.getByRole('list', { name: 'Schedule' })
  await expect(schedule).toContainText('Acoustic section run-through')
  await expect(schedule).not.toContainText('Victoria Justice: meet and greet')
  // his own clock (London) beside the venue's
  await expect(dustin.getByText(/yours: Europe\/London/)).toBeVisible()
  const busCall = schedule.getByRole('listitem').filter({ hasText: 'Bus call' }).first()
  const before = (await busCall.locator('.day-sheet__time').innerText()).split('\n')[0]!.trim()

  // The tour manager moves the first bus call half an hour earlier.
  const nadia = await signedIn(browser, 'nadia')
  const api = '/api/workspaces/demo'
  const day = (await (await nadia.request.get(`${api}/days/${dayId}`)).json()) as { items: Item[] }
  const bus = day.items.find((i) => i.title === 'Bus call')!
  const [h, m] = bus.startTime.split(':').map(Number) as [number, number]
  const moved = `${String(h - (m >= 30 ? 0 : 1)).padStart(2, '0')}:${String((m + 30) % 60).padStart(2, '0')}`
  const put = await nadia.request.put(`${api}/days/${dayId}/items/${bus.id}`, {
    data: {
      title: bus.title,
      kind: bus.kind,
      startTime: moved,
      afterMidnight: bus.startDayOffset === 1,
      endTime: bus.endTime,
      display: bus.display,
      confirmed: true,
      audience: bus.audience,
      audienceActId: bus.audienceActId,
      personIds: bus.people.map((p) => p.personId),
      location: bus.location,
      notes: bus.notes,
      version: bus.version,
    },
  })
  expect(put.status()).toBe(200)
  expect(moved).not.toBe(before)
  // No reload: the sheet hears of the change (Server-Sent Events) and shows the new time.
  await expect(busCall.locator('.day-sheet__time')).toContainText(moved, { timeout: 10_000 })

  // Once the service worker controls the page, its reads go through the worker's cache.
  await dustin.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await dustin.reload()
  await expect.poll(() => dustin.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  await expect(schedule).toContainText(moved)

  await dustin.context().setOffline(true)
  await dustin.reload()
  await expect(schedule).toContainText('Acoustic section run-through', { timeout: 30_000 })
  await expect(schedule).toContainText(moved)
  await expect(dustin.getByText(/Last updated/)).toBeVisible()
  await expect(dustin.getByText(/Cannot reach Greenroom/)).toHaveCount(0)
})
