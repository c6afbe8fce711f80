import { expect, test, type Browser } from './support/demo-server.ts'
import { signedIn } from './support/sign-in.ts'

// Two members amend the same version at once (issue 4): Carlos sends his first; James's save is
// refused with a merge view showing Carlos's change beside his own, he saves the merge, and the
// latest version has both. Then the editor checks the act's rules while the list changes.
const api = '/api/workspaces/demo'

const member = (browser: Browser, firstName: string) => signedIn(browser, firstName, { viewport: { width: 390, height: 844 } })

type Entry = { id: string; type: string; recordingId?: string | null; displayTitle?: string; effectiveSeconds?: number | null }

test('the second of two members amending one version merges the first one’s change instead of overwriting it', async ({ browser }) => {
  const carlos = await member(browser, 'carlos')
  const james = await member(browser, 'james')
  const recordings = (await (await carlos.request.get(`${api}/recordings?actId=big-time-rush`)).json()) as { id: string; title: string }[]
  const act = (await (await carlos.request.get(`${api}/acts/big-time-rush`)).json()) as { id: string }
  const [one, two, three] = recordings
  const draft = await carlos.request.post(`${api}/setlists/proposals`, {
    data: { actId: act.id, title: 'TV taping', entries: [1, 2, 3].map((n, i) => ({ id: `e${n}`, type: 'song', recordingId: recordings[i]!.id })) },
  })
  expect(draft.status()).toBe(201)
  const proposal = (await draft.json()) as { id: string; latestVersion: { id: string } }
  const amendUrl = `/w/demo/setlists/${proposal.id}/amend/${proposal.latestVersion.id}`

  // Both open the same version to amend it.
  await carlos.goto(amendUrl)
  await james.goto(amendUrl)
  await expect(james.getByRole('list', { name: 'Set list entries' }).locator(':scope > li')).toHaveCount(3)

  // Carlos opens with the third song and sends first.
  await carlos.getByRole('list', { name: 'Set list entries' }).getByRole('button', { name: 'Move up' }).nth(2).click()
  await carlos.getByRole('list', { name: 'Set list entries' }).getByRole('button', { name: 'Move up' }).nth(1).click()
  await carlos.getByRole('button', { name: 'Send amendment' }).click()
  await expect(carlos.getByRole('heading', { level: 1, name: 'TV taping' })).toBeVisible()

  // James takes the second song out and sends: the merge view, with Carlos's change.
  await james.getByRole('button', { name: `Remove ${two!.title}`, exact: true }).click()
  await james.getByRole('button', { name: 'Send amendment' }).click()
  const merge = james.getByRole('region', { name: 'Someone else saved while you were editing' })
  await expect(merge).toBeVisible()
  await expect(merge.getByRole('heading', { name: /^Their version \(Carlos PenaVega, / })).toBeVisible()
  await expect(merge.getByRole('group', { name: 'Their changes' })).toContainText(three!.title)
  await expect(merge.getByRole('group', { name: 'Your changes' })).toContainText('removed')
  await expect(merge.getByRole('heading', { name: /Merged result/ })).toContainText('no conflicts')
  await expect(merge.locator('.merge-list .merge-entry-title')).toHaveText([three!.title, one!.title])
  await merge.getByRole('button', { name: 'Save merged' }).click()
  await expect(james.getByRole('heading', { level: 1, name: 'TV taping' })).toBeVisible()

  // Version 3 has both changes: Carlos's order, without James's removed song.
  const latest = (await (await james.request.get(`${api}/setlists/proposals/${proposal.id}`)).json()) as {
    versions: unknown[]
    latestVersion: { number: number; authorName: string; entries: Entry[] }
  }
  expect(latest.versions).toHaveLength(3)
  expect(latest.latestVersion).toMatchObject({ number: 3, authorName: 'James Maslow' })
  expect(latest.latestVersion.entries.map((e) => e.id)).toEqual(['e3', 'e1'])
})

test('the editor checks the act’s rules while the list changes, before anything is saved', async ({ browser }) => {
  const logan = await member(browser, 'logan')
  const proposals = (await (await logan.request.get(`${api}/setlists/proposals?status=agreed`)).json()) as { id: string; title: string }[]
  const summer = proposals.find((p) => /Summer Break/.test(p.title))!
  const agreed = (await (await logan.request.get(`${api}/setlists/proposals/${summer.id}`)).json()) as {
    actId: string
    targetKind: string
    targetId: string
    latestVersion: { entries: (Entry & Record<string, unknown>)[]; runningSeconds: number }
  }
  const plain = agreed.latestVersion.entries.map(({ displayTitle: _d, effectiveSeconds: _e, startOffsetSeconds: _s, clockTime: _c, ...e }) => e)
  const copy = await logan.request.post(`${api}/setlists/proposals`, {
    data: { actId: agreed.actId, title: 'Shorter summer set', targetKind: agreed.targetKind, targetId: agreed.targetId, entries: plain },
  })
  expect(copy.status()).toBe(201)
  const draft = (await copy.json()) as { id: string; latestVersion: { id: string; runningSeconds: number } }

  // The agreed list keeps the act's 75–95 minutes (the demo's settings): songs to take out, in
  // list order, until it runs under the minimum. Putting the last one back keeps the rule again.
  const minimum = 75 * 60
  let running = draft.latestVersion.runningSeconds
  expect(running).toBeGreaterThanOrEqual(minimum)
  const recordings = (await (await logan.request.get(`${api}/recordings?actId=big-time-rush`)).json()) as {
    id: string
    title: string
    durationSeconds: number | null
  }[]
  const byId = new Map(recordings.map((r) => [r.id, r]))
  const removed: { id: string; title: string }[] = []
  for (const e of plain) {
    if (running < minimum) break
    const r = e.type === 'song' && e.recordingId ? byId.get(e.recordingId) : undefined
    if (!r?.durationSeconds) continue
    running -= r.durationSeconds
    removed.push({ id: r.id, title: r.title })
  }
  expect(running).toBeLessThan(minimum)

  await logan.goto(`/w/demo/setlists/${draft.id}/amend/${draft.latestVersion.id}`)
  const rules = logan.getByRole('status', { name: 'Rules' })
  await expect(rules).not.toContainText('minimum')
  for (const r of removed)
    await logan
      .getByRole('button', { name: `Remove ${r.title}`, exact: true })
      .first()
      .click()
  await expect(rules).toContainText(/Running time [\d:]+ is under the 1:15:00 minimum/)
  // Putting the last one back keeps the rule again, and the message goes.
  const last = removed.at(-1)!
  await logan.getByLabel("Song from the act's recordings").selectOption(last.id)
  await logan.getByRole('button', { name: 'Add song' }).click()
  await expect(rules).not.toContainText('minimum')
  // Nothing was saved: the proposal still has its one version.
  const after = (await (await logan.request.get(`${api}/setlists/proposals/${draft.id}`)).json()) as { versions: unknown[] }
  expect(after.versions).toHaveLength(1)
})

test('after a show, a member records what was played from the agreed list, sees the changes, then the play history', async ({ browser }) => {
  const kendall = await member(browser, 'kendall')
  const proposals = (await (await kendall.request.get(`${api}/setlists/proposals?status=agreed`)).json()) as { id: string; title: string }[]
  const summer = (await (await kendall.request.get(`${api}/setlists/proposals/${proposals.find((p) => /Summer Break/.test(p.title))!.id}`)).json()) as {
    agreedVersionId: string
    targetId: string
  }
  const shows = (await (await kendall.request.get(`${api}/shows?tourId=${summer.targetId}`)).json()) as { id: string; city: string }[]
  const show = shows.filter((s) => s.city !== 'San Diego').at(-1)!
  expect(
    (await kendall.request.post(`${api}/setlists/apply`, { data: { versionId: summer.agreedVersionId, targetKind: 'show', targetId: show.id } })).ok(),
  ).toBe(true)
  const agreed = (await (await kendall.request.get(`${api}/shows/${show.id}/setlist`)).json()) as { entries: Entry[] }
  const songs = agreed.entries.filter((e) => e.type === 'song')

  await kendall.goto(`/w/demo/shows/${show.id}`)
  const panel = kendall.getByRole('region', { name: 'What was played' })
  await expect(panel.getByText('Not recorded yet')).toBeVisible()
  await panel.getByRole('link', { name: 'Record what was played' }).click()
  await expect(kendall.getByRole('heading', { level: 1, name: /^What was played/ })).toBeVisible()
  await expect(kendall.getByRole('list', { name: 'Set list entries' }).locator(':scope > li')).toHaveCount(agreed.entries.length)

  // On the night: the second song was dropped.
  await kendall
    .getByRole('button', { name: `Remove ${songs[1]!.displayTitle}`, exact: true })
    .first()
    .click()
  const changes = kendall.getByRole('group', { name: 'Changes against the agreed list' })
  await expect(changes).toContainText('−1 removed')
  await kendall.getByRole('button', { name: 'Save what was played' }).click()

  await expect(kendall.getByRole('heading', { level: 1, name: new RegExp(show.city) })).toBeVisible()
  await expect(panel.getByRole('group', { name: 'What was played, against the agreed list' })).toContainText('−1 removed')
  await expect(panel.getByRole('region', { name: 'Play history' })).toContainText(songs[0]!.displayTitle!)
  const played = (await (await kendall.request.get(`${api}/shows/${show.id}/played`)).json()) as { entries: Entry[]; changes: { removed: { title: string }[] } }
  expect(played.changes.removed.map((r) => r.title)).toEqual([songs[1]!.displayTitle])
})
