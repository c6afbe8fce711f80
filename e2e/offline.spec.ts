import { expect, test, type Page } from '@playwright/test'

// Item 8 of the set-list issue: the app installs (a web manifest, a service worker), the agreed
// summer-tour set list stays readable with no connection, and an answer given offline is kept,
// shown as waiting, and on reconnect sent — here the server refuses it (Kendall had already approved
// that version elsewhere), so it shows as a conflict with a link to the proposal instead of vanishing.
const KENDALL = { email: 'kendall@demo.greenroom.test', password: 'greenroom-demo' }

test.use({ timezoneId: 'Europe/Berlin' })

async function logIn(page: Page) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(KENDALL.email)
  await page.getByLabel('Password').fill(KENDALL.password)
  await page.getByRole('button', { name: 'Log in' }).click()
  await page.getByRole('list', { name: 'Your workspaces' }).getByRole('link').first().click()
  await expect(page).toHaveURL(/\/w\/demo$/)
}

async function openAgreedSummerTour(page: Page) {
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Set lists', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Set lists' })).toBeVisible()
  await page.locator('a.link-row').filter({ hasText: 'Summer Break Tour 2013' }).filter({ hasText: 'Agreed' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Summer Break Tour 2013' })).toBeVisible()
}

test.describe('offline', () => {
  test('the web manifest is served and names the app', async ({ request }) => {
    const response = await request.get('/manifest.webmanifest')
    expect(response.status()).toBe(200)
    const manifest = (await response.json()) as { name: string; start_url: string; display: string; icons: Array<{ purpose?: string }> }
    expect(manifest.name).toBe('Greenroom')
    expect(manifest.start_url).toBe('/')
    expect(manifest.display).toBe('standalone')
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true)
  })

  test('an opened agreed set list reads offline; an offline answer waits, then shows as a conflict', async ({ page, context }) => {
    await logIn(page)
    await openAgreedSummerTour(page)

    // Once a service worker controls the page, reloading routes the app and its API reads through it.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await page.reload()
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
    await expect(page.getByRole('heading', { level: 1, name: 'Summer Break Tour 2013' })).toBeVisible()
    const firstEntry = page.locator('.setlist-entries li').first()
    await expect(firstEntry).toBeVisible()
    const entryText = (await firstEntry.innerText()).split('\n')[0]!.trim()
    expect(entryText.length).toBeGreaterThan(0)

    await context.setOffline(true)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Summer Break Tour 2013' })).toBeVisible()
    await expect(page.locator('.setlist-entries li').first()).toContainText(entryText)
    const banner = page.getByRole('region', { name: 'Connection and unsent changes' })
    await expect(banner).toContainText('You are offline')

    // An answer given offline is kept and counted, across a reload. On a proposal of this test's
    // own (the demo's summer tour is agreed and answered no more), which Kendall already approved.
    await context.setOffline(false)
    const api = '/api/workspaces/demo'
    const recordings = (await (await page.request.get(`${api}/recordings?actId=big-time-rush`)).json()) as { id: string }[]
    const act = (await (await page.request.get(`${api}/acts/big-time-rush`)).json()) as { id: string }
    const draft = await page.request.post(`${api}/setlists/proposals`, {
      data: { actId: act.id, title: 'Offline acoustic set', entries: [0, 1].map((i) => ({ id: `e${i}`, type: 'song', recordingId: recordings[i]!.id })) },
    })
    expect(draft.status()).toBe(201)
    const proposal = (await draft.json()) as { id: string; latestVersion: { id: string } }
    const approved = await page.request.post(`${api}/setlists/versions/${proposal.latestVersion.id}/answers`, { data: { kind: 'approve' } })
    expect([201, 409]).toContain(approved.status())
    await page.goto(`/w/demo/setlists/${proposal.id}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Offline acoustic set' })).toBeVisible()

    await context.setOffline(true)
    await page.locator('section.answer-panel').getByRole('button', { name: 'Approve', exact: true }).click()
    await expect(page.getByText(/Your change is kept on this device/)).toBeVisible()
    await expect(banner).toContainText('1 change waiting to be sent')
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Offline acoustic set' })).toBeVisible()
    await expect(banner).toContainText('1 change waiting to be sent')

    // Back online it is sent; the server refuses it (already approved), so it becomes a visible conflict.
    await context.setOffline(false)
    const conflicts = banner.getByRole('list', { name: 'Changes not sent' })
    await expect(conflicts).toContainText('Conflict', { timeout: 20_000 })
    await expect(conflicts).toContainText('already answered')
    await expect(banner).not.toContainText('waiting to be sent')
    await expect(conflicts.getByRole('link', { name: 'Open the proposal' })).toHaveAttribute('href', `/w/demo/setlists/${proposal.id}`)
    await conflicts.getByRole('button', { name: 'Dismiss' }).click()
    await expect(banner).toHaveCount(0)
  })
})
