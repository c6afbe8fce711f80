import { expect, test, type Browser } from './support/demo-server.ts'
import { DEMO_PASSWORD, signedIn } from './support/sign-in.ts'

// Issue 14: Kendall sends a set list round; James's navigation counts it in the inbox badge without
// a reload, the inbox lists it, and following it opens the proposal and clears the badge.

const member = (browser: Browser, firstName: string) => signedIn(browser, firstName)

test('a set list sent round reaches the inbox of every other member, with an unread badge', async ({ browser }) => {
  const kendall = await member(browser, 'kendall')
  const james = await member(browser, 'james')
  const api = '/api/workspaces/demo'
  await james.goto('/w/demo/inbox')
  await expect(james.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible()
  const inboxLink = james
    .getByRole('navigation')
    .getByRole('link', { name: /^Inbox/ })
    .first()
  await expect(inboxLink).not.toContainText('unread')

  const recordings = (await (await kendall.request.get(`${api}/recordings?actId=big-time-rush`)).json()) as { id: string }[]
  const act = (await (await kendall.request.get(`${api}/acts/big-time-rush`)).json()) as { id: string }
  const draft = await kendall.request.post(`${api}/setlists/proposals`, {
    data: { actId: act.id, title: 'Houston, first draft', entries: [{ id: 'a', type: 'song', recordingId: recordings[0]!.id }] },
  })
  expect(draft.status()).toBe(201)

  // no reload: the notify job writes it, the event stream refreshes the badge and the list
  await expect(inboxLink.getByLabel('1 unread')).toBeVisible({ timeout: 10_000 })
  const item = james.getByRole('link', { name: /Kendall Schmidt sent round “Houston, first draft”/ })
  await expect(item).toBeVisible()
  await item.click()
  await expect(james.getByRole('heading', { level: 1, name: 'Houston, first draft' })).toBeVisible()
  await expect(inboxLink.getByLabel('1 unread')).toHaveCount(0)
})

test("James's home shows the set list waiting for his answer, live, and lets it go once he answers", async ({ browser }) => {
  const kendall = await member(browser, 'kendall')
  const james = await member(browser, 'james')
  const api = '/api/workspaces/demo'
  await james.goto('/w/demo')
  const waiting = james.getByRole('list', { name: 'Waiting for your answer' })
  await expect(james.getByRole('heading', { level: 2, name: 'Waiting for your answer' })).toBeVisible()
  await expect(james.getByRole('heading', { level: 2, name: 'Your next two weeks' })).toBeVisible()

  const recordings = (await (await kendall.request.get(`${api}/recordings?actId=big-time-rush`)).json()) as { id: string }[]
  const act = (await (await kendall.request.get(`${api}/acts/big-time-rush`)).json()) as { id: string }
  const draft = await kendall.request.post(`${api}/setlists/proposals`, {
    data: { actId: act.id, title: 'Dallas, first draft', entries: [{ id: 'a', type: 'song', recordingId: recordings[0]!.id }] },
  })
  expect(draft.status()).toBe(201)

  // no reload: the set-list event refreshes the home
  const row = waiting.getByRole('link', { name: /Dallas, first draft/ })
  await expect(row).toBeVisible()
  await expect(row).toContainText('version 1 by Kendall Schmidt')
  await expect(james.getByRole('list', { name: 'What changed' }).getByRole('link', { name: /sent round “Dallas, first draft”/ })).toBeVisible()

  const proposalId = ((await draft.json()) as { id: string }).id
  const proposal = (await (await james.request.get(`${api}/setlists/proposals/${proposalId}`)).json()) as { latestVersion: { id: string } }
  const versionId = proposal.latestVersion.id
  expect((await james.request.post(`${api}/setlists/versions/${versionId}/answers`, { data: { kind: 'approve' } })).status()).toBe(201)
  await expect(row).toHaveCount(0)
})

test('on a phone the menu is grouped by what people do, with the Planner, and a member’s most used places come first', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  const james = await context.newPage()
  const res = await james.request.post('/api/auth/login', { data: { email: `james@demo.greenroom.test`, password: DEMO_PASSWORD } })
  expect(res.ok()).toBe(true)
  await james.goto('/w/demo')
  const menu = james.getByRole('navigation', { name: 'Workspace' })
  const openMenu = async () => {
    await james.getByRole('button', { name: 'Menu' }).click()
    await expect(menu.getByRole('heading', { level: 2 }).first()).toBeVisible()
  }
  await openMenu()
  await expect(menu.getByRole('heading', { level: 2 })).toHaveText(['Today', 'Live', 'Music', 'Business', 'People and settings'])
  await menu.getByRole('link', { name: 'Planner', exact: true }).click()
  await expect(james.getByRole('heading', { level: 1, name: 'Planner' })).toBeVisible()
  await james.getByRole('link', { name: 'Big Time Rush' }).click()
  await expect(james.getByRole('heading', { level: 1, name: 'Set-list planner' })).toBeVisible()

  // three visits to the set lists, and home opened once more each time: both move to the top, most opened first
  for (let i = 0; i < 3; i++) {
    await openMenu()
    await menu.getByRole('link', { name: 'Set lists', exact: true }).click()
    await expect(james.getByRole('heading', { level: 1, name: 'Set lists' })).toBeVisible()
    await james.goto('/w/demo')
  }
  await openMenu()
  await expect(menu.getByRole('heading', { level: 2 }).first()).toHaveText('Most used')
  const mostUsed = menu.getByRole('region', { name: 'Most used' })
  await expect(mostUsed.getByRole('link')).toHaveText(['Home', 'Set lists'])
  await expect(menu.getByRole('link', { name: 'Set lists', exact: true })).toHaveCount(1)
  await context.close()
})
