import { expect, test, type Browser } from './support/demo-server.ts'
import { signedIn } from './support/sign-in.ts'

// Two members at once, as in the reference world: Kendall amends a draft while James has it open;
// James's screen shows the new version without reloading (Server-Sent Events), and he approves it.

const member = (browser: Browser, firstName: string) => signedIn(browser, firstName)

test('a member sees another member’s amendment live and approves it', async ({ browser }) => {
  const kendall = await member(browser, 'kendall')
  const james = await member(browser, 'james')
  const api = '/api/workspaces/demo'
  const recordings = (await (await kendall.request.get(`${api}/recordings?actId=big-time-rush`)).json()) as { id: string }[]
  const act = (await (await kendall.request.get(`${api}/acts/big-time-rush`)).json()) as { id: string }
  const song = (id: string, i: number) => ({ id, type: 'song', recordingId: recordings[i]!.id })
  const draft = await kendall.request.post(`${api}/setlists/proposals`, {
    data: { actId: act.id, title: 'Radio promo set', entries: [song('a', 0), song('b', 1), song('c', 2)] },
  })
  expect(draft.status()).toBe(201)
  const proposal = (await draft.json()) as { id: string; latestVersion: { id: string } }

  await james.goto(`/w/demo/setlists/${proposal.id}`)
  await expect(james.getByRole('heading', { level: 1, name: 'Radio promo set' })).toBeVisible()
  await expect(james.getByText(/Version 2/)).toHaveCount(0)

  const amended = await kendall.request.post(`${api}/setlists/versions/${proposal.latestVersion.id}/answers`, {
    data: { kind: 'amend', text: 'Open with the single', entries: [song('c', 2), song('a', 0), song('b', 1)] },
  })
  expect(amended.status()).toBe(201)

  // No reload: the page learns of the new version from the event stream.
  await expect(james.getByText(/Version 2/).first()).toBeVisible({ timeout: 5_000 })
  await james.getByRole('button', { name: 'Approve', exact: true }).click()
  await expect(james.locator('.voter', { hasText: 'James Maslow' })).toContainText('approved')
})
