import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WorkspaceRole } from '../domain/roles.ts'
import { ownerWithWorkspace, signUpClient, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

type Entry = Record<string, unknown>
const song = (id: string, recordingId: string): Entry => ({ id, type: 'song', recordingId })
const section = (id: string, kind: string): Entry => ({ id, type: 'section', section: kind })

describe('set lists written together', () => {
  let t: TestApp
  let owner: TestClient
  let base: string
  const people: Record<string, { client: TestClient; personId: string }> = {}
  const rec: Record<string, string> = {}
  let btr: string
  let tour: { id: string; legs: { id: string }[] }
  const showIds: string[] = []

  /** A user who joined through an invite under a real name, with their person id in the workspace. */
  async function personClient(name: string, role: WorkspaceRole = 'member') {
    const invite = await created(owner, `${base}/invites`, { role })
    const client = await signUpClient(t.app, name)
    expect((await client.post(`/api/invites/${invite.token}/accept`)).statusCode).toBe(200)
    return { client, personId: (await client.get(base)).json().personId as string }
  }

  async function recording(title: string, actId: string, durationSeconds: number) {
    const work = await created(owner, `${base}/works`, { title, writers: [] })
    return (await created(owner, `${base}/recordings`, { workId: work.id, actId, kind: 'master', durationSeconds })).id as string
  }

  beforeAll(async () => {
    t = await startTestApp()
    ;({ client: owner, base } = await ownerWithWorkspace(t.app, 'Setlists'))
    btr = (await created(owner, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })).id
    const heffron = (await created(owner, `${base}/acts`, { name: 'Heffron Drive', kind: 'duo', isInternal: true })).id
    for (const name of ['Kendall Schmidt', 'Carlos Pena', 'Logan Henderson', 'James Maslow', 'Dustin Belt'])
      people[name.split(' ')[0]!] = await personClient(name)
    for (const name of ['Kendall', 'Carlos', 'Logan', 'James'])
      await created(owner, `${base}/acts/${btr}/memberships`, { personId: people[name]!.personId, role: 'member', instruments: ['voice'] })
    for (const name of ['Kendall', 'Dustin'])
      await created(owner, `${base}/acts/${heffron}/memberships`, { personId: people[name]!.personId, role: 'member', instruments: [] })
    rec.lna = await recording("Like Nobody's Around", btr, 200)
    rec.windows = await recording('Windows Down', btr, 190)
    rec.weAre = await recording('We Are', btr, 180)
    rec.songForYou = await recording('Song for You', btr, 210)
    rec.confetti = await recording('Confetti Falling', btr, 200)
    rec.parallel = await recording('Parallel', heffron, 220)
    tour = await created(owner, `${base}/tours`, { actId: btr, name: 'Summer Break Tour', legs: [{ name: 'North America' }, { name: 'South America' }] })
    const venue = await created(owner, `${base}/venues`, {
      name: 'Lakeside Arena',
      city: 'Chicago',
      country: 'US',
      latitude: 41.88,
      longitude: -87.63,
      timeZone: 'America/Chicago',
    })
    for (const [date, leg] of [
      ['2013-07-12', 0],
      ['2013-07-14', 0],
      ['2013-08-20', 1],
    ] as const) {
      const show = await created(owner, `${base}/shows`, {
        actId: btr,
        tourId: tour.id,
        legId: tour.legs[leg]!.id,
        venueId: venue.id,
        localDate: date,
        doors: '19:00',
        setStart: '20:30',
        curfew: '23:00',
        status: 'confirmed',
        announcement: 'announced',
      })
      showIds.push(show.id)
    }
  })
  afterAll(() => t.close())

  const kendallsDraft = () => [
    section('main', 'main'),
    song('k1', rec.lna!),
    song('k2', rec.windows!),
    section('acoustic', 'acoustic'),
    song('k3', rec.weAre!),
    section('encore', 'encore'),
    song('k4', rec.songForYou!),
  ]
  const propose = (who: string, body: Record<string, unknown> = {}) =>
    people[who]!.client.post(`${base}/setlists/proposals`, {
      actId: btr,
      title: 'Summer tour 2013',
      targetKind: 'tour',
      targetId: tour.id,
      entries: kendallsDraft(),
      ...body,
    })
  const answer = (who: string, versionId: string, body: Record<string, unknown>) =>
    people[who]!.client.post(`${base}/setlists/versions/${versionId}/answers`, body)
  const proposal = async (id: string) => (await owner.get(`${base}/setlists/proposals/${id}`)).json()

  let agreed: { proposalId: string; v1: string; v2: string }

  it('runs the reference flow: Kendall drafts, Carlos amends, Logan counter-proposes, and all four agree on version 1', async () => {
    const res = await propose('Kendall')
    expect(res.statusCode).toBe(201)
    const draft = res.json()
    const v1 = draft.latestVersion.id
    expect(draft).toMatchObject({
      actName: 'Big Time Rush',
      authorName: 'Kendall Schmidt',
      status: 'open',
      targetLabel: 'Summer Break Tour',
      versions: [{ number: 1, kind: 'draft' }],
    })
    expect(draft.latestVersion).toMatchObject({ number: 1, kind: 'draft', revision: 1, runningSeconds: 780, isEditable: true })
    expect(draft.latestVersion.entries[1]).toMatchObject({
      displayTitle: "Like Nobody's Around",
      effectiveSeconds: 200,
      startOffsetSeconds: 0,
      clockTime: null,
    })
    expect(draft.consensus).toMatchObject({ rule: 'all', approvals: 1, needed: 4, isMet: false })

    const amended = [
      section('main', 'main'),
      song('k4', rec.songForYou!),
      song('k1', rec.lna!),
      song('c1', rec.confetti!),
      section('acoustic', 'acoustic'),
      song('k3', rec.weAre!),
      section('encore', 'encore'),
    ]
    const carlos = (await answer('Carlos', v1, { kind: 'amend', text: "I like that, but let's do this", entries: amended })).json()
    expect(carlos).toMatchObject({ kind: 'amend', personName: 'Carlos Pena', resultProposalId: draft.id })
    const afterAmend = await proposal(draft.id)
    expect(afterAmend.versions.map((v: { number: number; kind: string }) => [v.number, v.kind])).toEqual([
      [1, 'draft'],
      [2, 'amendment'],
    ])
    expect(afterAmend.latestVersion).toMatchObject({ id: carlos.resultVersionId, parentVersionId: v1, authorName: 'Carlos Pena' })

    const logan = (
      await answer('Logan', v1, {
        kind: 'counter',
        text: "I don't like it at all, let's do this",
        entries: [song('l1', rec.confetti!), song('l2', rec.weAre!)],
      })
    ).json()
    expect(logan.resultProposalId).not.toBe(draft.id)
    expect(await proposal(logan.resultProposalId)).toMatchObject({
      title: 'Counter-proposal to Summer tour 2013',
      basedOnVersionId: v1,
      authorName: 'Logan Henderson',
      latestVersion: { kind: 'counter', parentVersionId: v1 },
    })

    expect((await answer('James', v1, { kind: 'approve', text: 'sounds good' })).statusCode).toBe(201)
    expect((await answer('James', v1, { kind: 'approve' })).statusCode).toBe(409)
    expect((await answer('Carlos', v1, { kind: 'approve' })).statusCode).toBe(201)
    expect((await proposal(draft.id)).status).toBe('open')
    expect((await answer('Logan', v1, { kind: 'approve' })).statusCode).toBe(201)
    const done = await proposal(draft.id)
    expect(done).toMatchObject({ status: 'agreed', agreedVersionId: v1, agreedAt: '2013-04-15T12:00:00.000Z' })
    const history = (await owner.get(`${base}/setlists/versions/${v1}`)).json().answers
    expect(history.map((a: { personName: string; kind: string }) => `${a.personName}: ${a.kind}`)).toEqual([
      'Carlos Pena: amend',
      'Logan Henderson: counter',
      'James Maslow: approve',
      'Carlos Pena: approve',
      'Logan Henderson: approve',
    ])
    expect(history[0].createdAt).toBe('2013-04-15T12:00:00.000Z')
    agreed = { proposalId: draft.id, v1, v2: carlos.resultVersionId }
  })

  it('lists songs added, removed and moved, and sections changed, between two versions', async () => {
    const res = await owner.get(`${base}/setlists/versions/${agreed.v2}/diff`)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      added: [{ title: 'Confetti Falling', toIndex: 2 }],
      removed: [{ title: 'Windows Down', fromIndex: 1 }],
      moved: [{ title: 'Song for You', fromIndex: 3, toIndex: 0 }],
      sectionsChanged: [{ title: 'Song for You', fromSection: 'encore', toSection: 'main' }],
    })
    const back = (await owner.get(`${base}/setlists/versions/${agreed.v1}/diff?from=${agreed.v2}`)).json()
    expect(back.added).toMatchObject([{ title: 'Windows Down' }])
  })

  it('applies the agreed version to every show of the tour, timed from each set start', async () => {
    const notAgreed = await owner.post(`${base}/setlists/apply`, { versionId: agreed.v2, targetKind: 'tour', targetId: tour.id })
    expect(notAgreed.statusCode).toBe(409)
    const res = await people.Kendall!.client.post(`${base}/setlists/apply`, { versionId: agreed.v1, targetKind: 'tour', targetId: tour.id })
    expect(res.json()).toEqual({ applied: 3 })
    for (const showId of showIds) {
      const setlist = (await owner.get(`${base}/shows/${showId}/setlist`)).json()
      expect(setlist.id).toBe(agreed.v1)
      expect(setlist.entries.slice(1, 3).map((e: { clockTime: string }) => e.clockTime)).toEqual(['20:30', '20:33'])
    }
  })

  it('agrees earlier under a majority rule', async () => {
    const settings = await owner.put(`${base}/acts/${btr}/setlist-settings`, { consensus: 'majority', rules: {} })
    expect(settings.json()).toMatchObject({ consensus: 'majority', version: 1 })
    const draft = (await propose('Kendall', { title: 'Acoustic night' })).json()
    expect(draft.consensus).toMatchObject({ rule: 'majority', needed: 3, approvals: 1 })
    await answer('James', draft.latestVersion.id, { kind: 'approve' })
    expect((await proposal(draft.id)).status).toBe('open')
    await answer('Logan', draft.latestVersion.id, { kind: 'approve' })
    expect(await proposal(draft.id)).toMatchObject({ status: 'agreed', agreedVersionId: draft.latestVersion.id })
    const stale = await owner.put(`${base}/acts/${btr}/setlist-settings`, { consensus: 'all', rules: {}, version: 7 })
    expect(stale.statusCode).toBe(409)
    expect((await owner.put(`${base}/acts/${btr}/setlist-settings`, { consensus: 'all', rules: {}, version: 1 })).statusCode).toBe(200)
  })

  it('refuses approving, amending or rejecting a proposal that is already agreed, and says why; comments and counter-proposals still go', async () => {
    const v1 = agreed.v1
    for (const body of [{ kind: 'approve' }, { kind: 'reject', text: 'too late' }, { kind: 'amend', entries: kendallsDraft() }]) {
      const res = await answer('Kendall', v1, body)
      expect(res.statusCode).toBe(409)
      expect(res.headers['content-type']).toContain('application/problem+json')
      expect(res.json().detail).toMatch(/already agreed/)
    }
    expect((await proposal(agreed.proposalId)).versions).toHaveLength(2)
    expect((await answer('Kendall', v1, { kind: 'comment', text: 'great show list' })).statusCode).toBe(201)
    expect((await answer('Kendall', v1, { kind: 'counter', text: 'for the autumn' })).statusCode).toBe(201)
  })

  it('refuses a proposal from a viewer', async () => {
    const viewer = await joinedClient(t.app, owner, base, 'viewer')
    expect((await viewer.post(`${base}/setlists/proposals`, { actId: btr, title: 'Mine', entries: [] })).statusCode).toBe(403)
  })

  it('refuses an answer from a member of Heffron Drive only', async () => {
    const draft = (await propose('Kendall')).json()
    expect((await answer('Dustin', draft.latestVersion.id, { kind: 'approve' })).statusCode).toBe(403)
  })

  it('answers a stale edit with the current version, and refuses edits after an answer or by someone else', async () => {
    const v = (await propose('Kendall')).json().latestVersion
    const edit = (who: string, revision: number) =>
      people[who]!.client.put(`${base}/setlists/versions/${v.id}`, { entries: kendallsDraft().slice(0, 3), revision })
    expect((await edit('Carlos', 1)).statusCode).toBe(403)
    const first = await edit('Kendall', 1)
    expect(first.json()).toMatchObject({ revision: 2, runningSeconds: 390 })
    const stale = await edit('Kendall', 1)
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ id: v.id, revision: 2 })
    await answer('James', v.id, { kind: 'comment', text: 'Where is Song for You?', entryId: 'k1' })
    expect((await edit('Kendall', 2)).statusCode).toBe(409)
  })

  it('names the field when an answer or a list is not well-formed', async () => {
    const v = (await propose('Kendall')).json().latestVersion
    const reject = await answer('Logan', v.id, { kind: 'reject' })
    expect(reject.statusCode).toBe(400)
    expect(reject.json().errors).toEqual([expect.objectContaining({ path: 'text' })])
    expect((await answer('Logan', v.id, { kind: 'comment', text: 'this one', entryId: 'nope' })).json().errors).toEqual([
      expect.objectContaining({ path: 'entryId' }),
    ])
    const otherAct = await propose('Kendall', { entries: [song('a', rec.lna!), song('b', rec.parallel!)] })
    expect(otherAct.statusCode).toBe(400)
    expect(otherAct.json().errors).toEqual([expect.objectContaining({ path: 'entries.1.recordingId' })])
    const duplicate = await propose('Kendall', { entries: [song('a', rec.lna!), song('a', rec.weAre!)] })
    expect(duplicate.json().errors).toEqual([expect.objectContaining({ path: 'entries.1.id' })])
  })

  it('lists proposals by act and status', async () => {
    const agreedOnes = (await owner.get(`${base}/setlists/proposals?actId=${btr}&status=agreed`)).json()
    expect(agreedOnes.map((p: { title: string }) => p.title).sort()).toEqual(['Acoustic night', 'Summer tour 2013'])
    expect(agreedOnes.find((p: { title: string }) => p.title === 'Summer tour 2013')).toMatchObject({
      versionCount: 2,
      authorName: 'Kendall Schmidt',
      targetLabel: 'Summer Break Tour',
    })
  })

  it("reports the act's rules broken by the latest version", async () => {
    const settings = (await owner.get(`${base}/acts/${btr}/setlist-settings`)).json()
    await owner.put(`${base}/acts/${btr}/setlist-settings`, {
      consensus: 'all',
      rules: { durationWindow: { minSeconds: 3600, maxSeconds: 5400 } },
      version: settings.version,
    })
    const draft = (await propose('Kendall', { title: 'Too short' })).json()
    expect(draft.latestVersion.violations.map((v: { rule: string }) => v.rule)).toEqual(['duration-window'])
  })
  it('prints the stage set list as a one-page PDF, and as text and CSV', async () => {
    const proposal = (await propose('Kendall', { title: 'Stage sheet' })).json()
    const versionId = proposal.latestVersion.id
    const pdf = await t.app.inject({
      method: 'GET',
      url: `${base}/setlists/versions/${versionId}/stage`,
      headers: { cookie: (people.Kendall!.client as unknown as { cookie: string }).cookie },
    })
    expect(pdf.statusCode).toBe(200)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    const { PDFDocument } = await import('pdf-lib')
    expect((await PDFDocument.load(pdf.rawPayload)).getPageCount()).toBe(1)
    const text = await people.Kendall!.client.get(`${base}/setlists/versions/${versionId}/stage?format=txt`)
    expect(text.headers['content-type']).toMatch(/^text\/plain/)
    expect(text.body).toContain("Like Nobody's Around")
    const csv = await people.Kendall!.client.get(`${base}/setlists/versions/${versionId}/stage?format=csv`)
    expect(csv.body.split('\n')[0]).toMatch(/^position,section,title/)
  })
})
