import { expect, test, type Browser } from './support/demo-server.ts'
import { signedIn, PHONE } from './support/sign-in.ts'

// Issue 16 point 3 on two phones at two doors: the manager (Nadia) and the owner (Sam) open the door
// page of the summer tour's first show, lose the signal, and both admit Serena Reeder. Back online,
// each phone's outbox sends its tap: the server admits her once, and the second phone shows a conflict.
const api = '/api/workspaces/demo'

const phone = (browser: Browser, firstName: string) => signedIn(browser, firstName, PHONE)

type Guests = { requests: { id: string; name: string; checkIn: { device: string } | null }[] }

test('two phones admit one guest offline: one admission, one conflict shown', async ({ browser }) => {
  test.setTimeout(180_000)
  const nadia = await phone(browser, 'nadia')
  const sam = await phone(browser, 'sam')
  // the show with the demo's guest list
  const shows = (await (await nadia.request.get(`${api}/shows`)).json()) as { id: string }[]
  let showId = ''
  for (const s of shows) {
    const list = (await (await nadia.request.get(`${api}/shows/${s.id}/guests`)).json()) as Guests
    if (list.requests.some((r) => r.name === 'Serena Reeder')) showId = s.id
    if (showId) break
  }
  expect(showId).not.toBe('')

  for (const [page, name] of [
    [nadia, 'Door A'],
    [sam, 'Door B'],
  ] as const) {
    await page.goto(`/w/demo/shows/${showId}/door`)
    await expect(page.getByRole('heading', { level: 1, name: 'Guest check-in' })).toBeVisible()
    await page.getByLabel('This phone').fill(name)
    await page.getByLabel('Search by name').fill('serena')
    await expect(page.getByRole('button', { name: 'Admit Serena Reeder' })).toBeVisible()
    await page.context().setOffline(true)
  }
  for (const page of [nadia, sam]) {
    await page.getByRole('button', { name: 'Admit Serena Reeder' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'it is sent when you are back online' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'In (not sent yet)' })).toBeDisabled()
  }

  await nadia.context().setOffline(false)
  await expect(nadia.getByRole('button', { name: 'In (Door A)' })).toBeVisible()
  await sam.context().setOffline(false)
  const conflicts = sam.getByRole('list', { name: 'Changes not sent' })
  await expect(conflicts).toContainText('Conflict: your check-in')
  await expect(conflicts).toContainText('Serena Reeder was already admitted at')
  await expect(conflicts).toContainText('on Door A')

  const list = (await (await sam.request.get(`${api}/shows/${showId}/guests`)).json()) as Guests
  const serena = list.requests.find((r) => r.name === 'Serena Reeder')!
  expect(serena.checkIn?.device).toBe('Door A')
  await nadia.context().close()
  await sam.context().close()
})
