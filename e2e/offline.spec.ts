import { expect, test, type Page } from './support/demo-server.ts'

// The app installs (a web manifest, a service worker) and keeps the README's promise: the agreed set
// lists of a member's upcoming shows stay readable with no connection, also the pages never opened
// online (issue 11, point 5); upcoming by the server's clock (GREENROOM_NOW, 2013), not the device's.
// An answer given offline is kept, shown as waiting (news, not an error), sent once however often
// Send was pressed, and on reconnect sent — a refusal (Kendall had already approved that version
// elsewhere) shows as a conflict with a link to the proposal instead of vanishing.
const KENDALL = { email: 'kendall@demo.greenroom.test', password: 'greenroom-demo' }

test.use({ timezoneId: 'Europe/Berlin' })

async function logIn(page: Page) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(KENDALL.email)
  await page.getByLabel('Password').fill(KENDALL.password)
  await page.getByRole('button', { name: 'Log in' }).click()
  // one workspace: signing in lands on its home
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

  test('signed in once and offline at once, every upcoming show with an agreed set list opens with it', async ({ page, context }) => {
    // Eighteen and more pages, each a fresh start of the app from the device's cache.
    test.setTimeout(300_000)
    await logIn(page)

    // What the server says (straight to the API, not through the app's service worker).
    const api = '/api/workspaces/demo'
    const now = ((await (await page.request.get('/api/health')).json()) as { now: string }).now
    expect(now.slice(0, 10)).toBe('2013-04-15')
    type Entry = { type: string; displayTitle: string }
    const shows = (await (await page.request.get(`${api}/shows?from=2013-04-15`)).json()) as { id: string; city: string }[]
    const withList: { id: string; city: string; entries: Entry[] }[] = []
    for (const show of shows) {
      const setlist = await page.request.get(`${api}/shows/${show.id}/setlist`)
      if (setlist.status() === 200) withList.push({ ...show, entries: ((await setlist.json()) as { entries: Entry[] }).entries })
    }
    // The demo on its date: the agreed summer list is applied to the North America leg.
    expect(withList.length).toBeGreaterThanOrEqual(18)

    // The app saves those pages in the background on this first visit and says when it is done.
    const saved = () => page.evaluate(() => JSON.parse(sessionStorage.getItem('greenroom.prefetched') ?? 'null') as { shows: number } | null)
    await expect.poll(saved, { timeout: 45_000 }).toMatchObject({ shows: withList.length })

    await context.setOffline(true)
    const panel = page.locator('section.show-setlist')
    for (const show of withList) {
      await page.goto(`/w/demo/shows/${show.id}`)
      // A cold start of the app each time: give a loaded machine time to get there.
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(show.city) })).toBeVisible({ timeout: 30_000 })
      await expect(panel.getByRole('heading', { level: 2, name: 'Set list' })).toBeVisible()
      await expect(panel).toContainText('Version 2 by')
      const listed = show.entries.filter((e) => e.type !== 'section')
      await expect(panel.locator('li.setlist-entry')).toHaveCount(listed.length)
      await expect(panel.locator('li.setlist-entry .setlist-title').first()).toContainText(listed[0]!.displayTitle)
      await expect(page.getByText(/Cannot reach Greenroom/)).toHaveCount(0)
    }
    await expect(page.getByRole('region', { name: 'Connection and unsent changes' })).toContainText('You are offline')
  })

  test('an opened agreed set list reads offline; an offline answer waits, then shows as a conflict', async ({ page, context, playwright, baseURL }) => {
    test.setTimeout(180_000)
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
    // own, written by James (so Kendall still has an answer to give).
    await context.setOffline(false)
    const api = '/api/workspaces/demo'
    const james = await playwright.request.newContext({ baseURL: baseURL })
    expect((await james.post('/api/auth/login', { data: { email: 'james@demo.greenroom.test', password: 'greenroom-demo' } })).ok()).toBe(true)
    const recordings = (await (await james.get(`${api}/recordings?actId=big-time-rush`)).json()) as { id: string }[]
    const act = (await (await james.get(`${api}/acts/big-time-rush`)).json()) as { id: string }
    const draft = await james.post(`${api}/setlists/proposals`, {
      data: { actId: act.id, title: 'Offline acoustic set', entries: [0, 1].map((i) => ({ id: `e${i}`, type: 'song', recordingId: recordings[i]!.id })) },
    })
    expect(draft.status()).toBe(201)
    const proposal = (await draft.json()) as { id: string; latestVersion: { id: string } }
    await james.dispose()
    await page.goto(`/w/demo/setlists/${proposal.id}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Offline acoustic set' })).toBeVisible()

    await context.setOffline(true)
    const answerPanel = page.locator('section.answer-panel')
    // A comment: kept, said so as news (a status, not an alert), and the form is done with.
    await answerPanel.getByRole('button', { name: 'Comment…' }).click()
    const comment = 'Capo on 2 for the second song.'
    await answerPanel.getByLabel('Comment').fill(comment)
    await answerPanel.getByRole('button', { name: 'Send comment' }).click()
    await expect(answerPanel.getByRole('status')).toContainText(/Your change is kept on this device/)
    await expect(answerPanel.getByRole('alert')).toHaveCount(0)
    await expect(answerPanel.getByLabel('Comment')).toHaveCount(0)
    await expect(banner).toContainText('1 change waiting to be sent')
    // Approve pressed twice: one change.
    const approve = answerPanel.getByRole('button', { name: 'Approve', exact: true })
    await approve.click()
    await expect(answerPanel.getByRole('status')).toContainText(/Your change is kept on this device/)
    await approve.click()
    await expect(banner).toContainText('2 changes waiting to be sent')
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Offline acoustic set' })).toBeVisible()
    await expect(banner).toContainText('2 changes waiting to be sent')

    // Meanwhile Kendall approves elsewhere (another device, online). Back online both waiting changes
    // are sent, once each: the comment is taken; the approval is refused (already approved), so it
    // becomes a visible conflict.
    expect((await page.request.post(`${api}/setlists/versions/${proposal.latestVersion.id}/answers`, { data: { kind: 'approve' } })).status()).toBe(201)
    await context.setOffline(false)
    const conflicts = banner.getByRole('list', { name: 'Changes not sent' })
    await expect(conflicts).toContainText('Conflict', { timeout: 20_000 })
    await expect(conflicts).toContainText('already answered')
    await expect(banner).not.toContainText('waiting to be sent')
    await expect(conflicts.getByRole('link', { name: 'Open the proposal' })).toHaveAttribute('href', `/w/demo/setlists/${proposal.id}`)
    const answers = (
      (await (await page.request.get(`${api}/setlists/versions/${proposal.latestVersion.id}`)).json()) as { answers: { kind: string; text: string }[] }
    ).answers
    // Pressing Send or Approve twice keeps one change (the banner counted 2, not 3), and every send of
    // a change carries its Idempotency-Key, so a resend after a lost answer stores nothing twice.
    expect(answers.filter((a) => a.kind === 'comment').map((a) => a.text)).toEqual([comment])
    expect(answers.filter((a) => a.kind === 'approve')).toHaveLength(1)
    await conflicts.getByRole('button', { name: 'Dismiss' }).click()
    await expect(banner).toHaveCount(0)
  })

  test('an answer whose reply is lost on the way back is sent again and stored once', async ({ page, playwright, baseURL }) => {
    await logIn(page)
    const api = '/api/workspaces/demo'
    const james = await playwright.request.newContext({ baseURL: baseURL })
    expect((await james.post('/api/auth/login', { data: { email: 'james@demo.greenroom.test', password: 'greenroom-demo' } })).ok()).toBe(true)
    const recordings = (await (await james.get(`${api}/recordings?actId=big-time-rush`)).json()) as { id: string }[]
    const act = (await (await james.get(`${api}/acts/big-time-rush`)).json()) as { id: string }
    const draft = await james.post(`${api}/setlists/proposals`, {
      data: { actId: act.id, title: 'Lost reply set', entries: [2, 3].map((i) => ({ id: `e${i}`, type: 'song', recordingId: recordings[i]!.id })) },
    })
    expect(draft.status()).toBe(201)
    const proposal = (await draft.json()) as { id: string; latestVersion: { id: string } }
    await james.dispose()
    await page.goto(`/w/demo/setlists/${proposal.id}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Lost reply set' })).toBeVisible()

    // The first send reaches the server, which stores the comment; its reply never comes back (the
    // connection drops), so to the phone it looks unsent and it goes to the outbox.
    const keys: string[] = []
    await page.route(
      '**/answers',
      async (route) => {
        keys.push(route.request().headers()['idempotency-key'] ?? '')
        const reply = await route.fetch()
        expect(reply.status()).toBe(201)
        await route.abort('connectionreset')
      },
      { times: 1 },
    )
    page.on('request', (request) => {
      if (request.url().endsWith('/answers') && request.method() === 'POST') keys.push(request.headers()['idempotency-key'] ?? '')
    })
    const answerPanel = page.locator('section.answer-panel')
    await answerPanel.getByRole('button', { name: 'Comment…' }).click()
    const comment = 'Lost on the way back.'
    await answerPanel.getByLabel('Comment').fill(comment)
    await answerPanel.getByRole('button', { name: 'Send comment' }).click()
    await expect(answerPanel.getByRole('status')).toContainText(/Your change is kept on this device/)

    // Online all along: the outbox sends it again within seconds, with the same key; the server answers
    // with the first reply and the banner empties.
    const banner = page.getByRole('region', { name: 'Connection and unsent changes' })
    await expect(banner).toHaveCount(0, { timeout: 20_000 })
    const answers = (
      (await (await page.request.get(`${api}/setlists/versions/${proposal.latestVersion.id}`)).json()) as { answers: { kind: string; text: string }[] }
    ).answers
    expect(answers.filter((a) => a.kind === 'comment').map((a) => a.text)).toEqual([comment])
    // Both sends carried one and the same key (the route handler and the request listener each saw the first).
    const distinct = [...new Set(keys)]
    expect(distinct).toHaveLength(1)
    expect(distinct[0]).toMatch(/^[\x21-\x7e]{8,}$/)
    expect(keys.length).toBeGreaterThanOrEqual(3)
  })
})
