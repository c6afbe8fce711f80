import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { loadDemoWorld } from '../demo/load-demo-world.ts'
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../demo/world-2013.ts'
import { fixedClock } from '../domain/clock.ts'
import { ownerWithWorkspace, TEST_NOW, TestClient } from '../test/test-app.ts'
import { freshDatabase } from '../test/test-database.ts'
import { buildApp, type App } from './app.ts'

// Issue 14, "my home": what waits for my answer, my next days and what changed, on the demo world at
// its 2013 clock; every part the reader's own, and only what their role may read.
const api = '/api/workspaces/demo'

interface Home {
  person: { id: string; name: string } | null
  waiting: { proposalId: string; title: string; actName: string; versionNumber: number; versionAuthorName: string }[]
  next: { kind: string; id: string; title: string; startsAt: string; endsAt: string }[]
  changes: { kind: string; link: string }[]
  unread: number
  counts: Record<'works' | 'recordings' | 'releases' | 'people', number | null>
}

describe('my home (demo world)', () => {
  let database: Database
  let app: App
  const as: Record<string, TestClient> = {}
  const home = async (who: string): Promise<Home> => {
    const res = await as[who]!.get(`${api}/home`)
    expect(res.statusCode, res.body).toBe(200)
    return res.json()
  }
  const waitingIds = async (who: string) => (await home(who)).waiting.map((w) => w.proposalId)
  let btr: string
  let proposalId: string

  beforeAll(async () => {
    database = await freshDatabase()
    await loadDemoWorld(database.db, { clock: fixedClock(TEST_NOW) })
    app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent' })
    for (const name of ['kendall', 'james', 'carlos', 'logan', 'victoria', 'sam', 'tess', 'nadia']) {
      as[name] = new TestClient(app)
      expect((await as[name].post('/api/auth/login', { email: `${name}@${DEMO_EMAIL_DOMAIN}`, password: DEMO_PASSWORD })).statusCode).toBe(200)
    }
    btr = (await as.kendall!.get(`${api}/acts/big-time-rush`)).json().id
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  it("puts Kendall's draft in the voters' homes until each answers, never in the author's, an outsider's or a viewer's", async () => {
    const [first] = (await as.kendall!.get(`${api}/setlists/proposals?actId=${btr}`)).json()
    const entries = (await as.kendall!.get(`${api}/setlists/proposals/${first.id}`)).json().latestVersion.entries
    const sent = await as.kendall!.post(`${api}/setlists/proposals`, { actId: btr, title: 'Home test draft', entries })
    expect(sent.statusCode, sent.body).toBe(201)
    proposalId = sent.json().id

    for (const voter of ['james', 'carlos', 'logan']) {
      const mine = (await home(voter)).waiting.find((w) => w.proposalId === proposalId)
      expect(mine, voter).toMatchObject({ title: 'Home test draft', actName: 'Big Time Rush', versionNumber: 1, versionAuthorName: 'Kendall Schmidt' })
    }
    for (const other of ['kendall', 'sam', 'tess', 'victoria']) expect(await waitingIds(other), other).not.toContain(proposalId)
    expect((await home('victoria')).waiting).toEqual([]) // a viewer reads no set lists at all

    const versionId = (await as.james!.get(`${api}/setlists/proposals/${proposalId}`)).json().latestVersion.id
    expect((await as.james!.post(`${api}/setlists/versions/${versionId}/answers`, { kind: 'approve' })).statusCode).toBe(201)
    expect(await waitingIds('james')).not.toContain(proposalId)
    // a comment is an answer too, but not a decision: Carlos still owes one
    expect((await as.carlos!.post(`${api}/setlists/versions/${versionId}/answers`, { kind: 'comment', text: 'Looks good so far' })).statusCode).toBe(201)
    expect(await waitingIds('carlos')).toContain(proposalId)
    expect(await waitingIds('logan')).toContain(proposalId)
  }, 120_000)

  it('lists my own next shows and commitments for 14 days, not anyone else’s', async () => {
    const james = (await as.james!.get(api)).json().personId as string
    const shoot = await as.sam!.post(`${api}/commitments`, {
      kind: 'tv-shoot',
      title: 'Home test shoot',
      actId: btr,
      timeZone: 'America/Los_Angeles',
      startDate: '2013-04-18',
      startTime: '07:00',
      endDate: '2013-04-18',
      endTime: '19:00',
      personIds: [james],
      acknowledgeConflicts: true,
    })
    expect(shoot.statusCode, shoot.body).toBe(201)
    const far = await as.sam!.post(`${api}/commitments`, {
      kind: 'tv-shoot',
      title: 'Far away shoot',
      actId: btr,
      timeZone: 'America/Los_Angeles',
      startDate: '2013-05-20',
      startTime: '07:00',
      endDate: '2013-05-20',
      endTime: '19:00',
      personIds: [james],
      acknowledgeConflicts: true,
    })
    expect(far.statusCode, far.body).toBe(201)

    const next = (await home('james')).next
    expect(next.map((e) => e.id)).toContain(shoot.json().id)
    expect(next.map((e) => e.id)).not.toContain(far.json().id)
    const horizon = TEST_NOW.getTime() + 14 * 86_400_000
    for (const entry of next) {
      expect(['show', 'commitment']).toContain(entry.kind)
      expect(new Date(entry.endsAt).getTime()).toBeGreaterThan(TEST_NOW.getTime())
      expect(new Date(entry.startsAt).getTime()).toBeLessThan(horizon)
    }
    expect(next.map((e) => e.startsAt)).toEqual([...next.map((e) => e.startsAt)].sort())
    expect((await home('carlos')).next.map((e) => e.id)).not.toContain(shoot.json().id)
    expect((await home('victoria')).next.map((e) => e.id)).not.toContain(shoot.json().id)
  }, 60_000)

  it("counts each role's own lists: the number of entries each list gives that role, null where the role may not read it", async () => {
    const lists = { works: '/works', recordings: '/recordings', releases: '/release-groups', people: '/people' } as const
    // owner, manager, member, crew, viewer (role-matrix.test.ts)
    for (const who of ['sam', 'nadia', 'kendall', 'tess', 'victoria']) {
      const { counts } = await home(who)
      for (const [part, path] of Object.entries(lists) as [keyof typeof lists, string][]) {
        const res = await as[who]!.get(`${api}${path}`)
        if (res.statusCode === 403) expect(counts[part], `${who} ${part}`).toBeNull()
        else {
          expect(res.statusCode, `${who} ${path}`).toBe(200)
          expect(counts[part], `${who} ${part}`).toBe(res.json().length)
        }
      }
    }
    // the demo has something in each, so the counts above are not all zeros
    const { counts } = await home('sam')
    expect(Object.values(counts).every((n) => n !== null && n > 0)).toBe(true)
  })

  it('shows what changed: the notice of the draft sent round, once the job has written it', async () => {
    for (let i = 0; i < 300; i++) {
      if ((await home('logan')).changes.some((c) => c.link === `/setlists/${proposalId}`)) break
      await new Promise((r) => setTimeout(r, 100))
    }
    const logan = await home('logan')
    expect(logan.changes.find((c) => c.link === `/setlists/${proposalId}`)).toMatchObject({ kind: 'proposal.sent' })
    expect(logan.unread).toBeGreaterThan(0)
    expect(logan.person?.name).toBe('Logan Henderson')
    expect((await home('sam')).changes.some((c) => c.link === `/setlists/${proposalId}`)).toBe(false)
  }, 60_000)
})

describe('my home in a band from zero', () => {
  it('answers for a new workspace before anything is saved', async () => {
    const database = await freshDatabase()
    const app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent' })
    try {
      const { client, base } = await ownerWithWorkspace(app, 'Zero')
      const res = await client.get(`${base}/home`)
      expect(res.statusCode, res.body).toBe(200)
      const body = res.json()
      expect(body).toMatchObject({ waiting: [], next: [], changes: [], unread: 0, counts: { works: 0, recordings: 0, releases: 0 } })
      expect(body.counts.people).toBe((await client.get(`${base}/people`)).json().length)
    } finally {
      await app.close()
      await database.close()
    }
  }, 60_000)
})
