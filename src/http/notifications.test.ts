import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { loadDemoWorld } from '../demo/load-demo-world.ts'
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../demo/world-2013.ts'
import { fixedClock } from '../domain/clock.ts'
import { DEFAULT_TRAVEL_POLICY } from '../domain/travel-estimate.ts'
import { TEST_NOW, TestClient } from '../test/test-app.ts'
import { freshDatabase } from '../test/test-database.ts'
import { writeSetlistNotifications } from '../usecases/notifications/notify-job.ts'
import { buildApp, type App } from './app.ts'

// Issue 14, notifications in the app, on the demo world: Kendall's draft sent round tells James,
// Carlos and Logan (written by a job, off the request); Logan's counter-proposal tells Kendall; each
// reads and marks only their own inbox; a viewer is told nothing of set lists.
const api = '/api/workspaces/demo'

interface Note {
  id: string
  kind: string
  title: string
  link: string
  readAt: string | null
}

describe('notifications in the app (demo world)', () => {
  let database: Database
  let app: App
  const as: Record<string, TestClient> = {}
  let btr: string
  let entries: unknown[]
  let workspaceId: string

  const inbox = async (who: string, query = '') => (await as[who]!.get(`${api}/notifications${query}`)).json() as Note[]
  const unread = async (who: string) => (await as[who]!.get(`${api}/notifications/unread-count`)).json().unread as number
  async function until(what: string, ok: () => Promise<boolean>): Promise<void> {
    for (let i = 0; i < 300; i++) {
      if (await ok()) return
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`gave up waiting: ${what}`)
  }

  beforeAll(async () => {
    database = await freshDatabase()
    await loadDemoWorld(database.db, { clock: fixedClock(TEST_NOW) })
    app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent' })
    for (const name of ['kendall', 'james', 'carlos', 'logan', 'victoria', 'sam']) {
      as[name] = new TestClient(app)
      expect((await as[name].post('/api/auth/login', { email: `${name}@${DEMO_EMAIL_DOMAIN}`, password: DEMO_PASSWORD })).statusCode).toBe(200)
    }
    workspaceId = (await as.kendall!.get(api)).json().id
    btr = (await as.kendall!.get(`${api}/acts/big-time-rush`)).json().id
    const [first] = (await as.kendall!.get(`${api}/setlists/proposals?actId=${btr}`)).json()
    entries = (await as.kendall!.get(`${api}/setlists/proposals/${first.id}`)).json().latestVersion.entries
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  it("tells James, Carlos and Logan of Kendall's draft sent round, and nobody else", async () => {
    for (const who of ['kendall', 'james', 'carlos', 'logan', 'victoria', 'sam']) expect(await unread(who), who).toBe(0)
    const sent = await as.kendall!.post(`${api}/setlists/proposals`, { actId: btr, title: 'Summer 2013, first draft', entries })
    expect(sent.statusCode, sent.body).toBe(201)
    const proposalId = sent.json().id
    await until('the three voters are told', async () => (await Promise.all(['james', 'carlos', 'logan'].map(unread))).every((n) => n === 1))
    for (const who of ['james', 'carlos', 'logan']) {
      const [note] = await inbox(who)
      expect(note).toMatchObject({
        kind: 'proposal.sent',
        title: 'Kendall Schmidt sent round “Summer 2013, first draft” for Big Time Rush: your answer is awaited',
        link: `/setlists/${proposalId}`,
        readAt: null,
      })
    }
    // the author, the owner (not in the act) and a viewer (who may not read set lists) are told nothing
    for (const who of ['kendall', 'sam', 'victoria']) expect(await unread(who), who).toBe(0)
  }, 60_000)

  it("tells Kendall of Logan's counter-proposal; a retried job tells nobody twice", async () => {
    const [draft] = (await as.kendall!.get(`${api}/setlists/proposals?actId=${btr}`))
      .json()
      .filter((p: { title: string }) => p.title === 'Summer 2013, first draft')
    const versionId = (await as.logan!.get(`${api}/setlists/proposals/${draft.id}`)).json().latestVersion.id
    const counter = await as.logan!.post(`${api}/setlists/versions/${versionId}/answers`, {
      kind: 'counter',
      text: "I don't like it at all, let's do this",
      entries,
    })
    expect(counter.statusCode, counter.body).toBe(201)
    await until('Kendall is told', async () => (await unread('kendall')) === 1)
    const [note] = await inbox('kendall')
    expect(note).toMatchObject({ kind: 'proposal.answered', title: 'Logan Henderson made a counter-proposal to “Summer 2013, first draft”' })
    // the same event again (a job retried after a crash) writes nothing
    const logan = (await as.logan!.get(api)).json().personId as string
    const deps = { db: database.db, clock: fixedClock(TEST_NOW), travel: DEFAULT_TRAVEL_POLICY }
    const again = {
      workspaceId,
      kind: 'proposal.answered' as const,
      proposalId: draft.id,
      versionId,
      actorPersonId: logan,
      answerId: counter.json().id,
      answerKind: 'counter',
    }
    expect(await writeSetlistNotifications(deps, again)).toBe(0)
    expect(await unread('kendall')).toBe(1)
    expect(await unread('logan')).toBe(1) // his own counter tells him nothing more
  }, 60_000)

  it('marks one read, or all; nobody marks or reads anyone else’s', async () => {
    const [james] = await inbox('james')
    // the demo's own notifications (the availability request, already read) stay in the inbox
    const kept = (await inbox('james')).length
    expect((await as.kendall!.post(`${api}/notifications/${james!.id}/read`)).statusCode).toBe(404)
    expect(await unread('james')).toBe(1)
    const read = await as.james!.post(`${api}/notifications/${james!.id}/read`)
    expect(read.statusCode).toBe(200)
    expect(read.json().readAt).not.toBeNull()
    expect(await unread('james')).toBe(0)
    expect(await inbox('james', '?unread=true')).toEqual([])
    expect(await inbox('james')).toHaveLength(kept)
    // reading again keeps the first time it was read
    expect((await as.james!.post(`${api}/notifications/${james!.id}/read`)).json().readAt).toBe(read.json().readAt)
    expect((await as.carlos!.post(`${api}/notifications/read-all`)).json()).toEqual({ marked: 1 })
    expect((await as.carlos!.post(`${api}/notifications/read-all`)).json()).toEqual({ marked: 0 })
    expect(await unread('carlos')).toBe(0)
    expect(await unread('logan')).toBe(1)
  }, 60_000)

  it('pages with before, and names the field of a bad query', async () => {
    const all = await inbox('logan')
    expect(await inbox('logan', `?before=${all[0]!.id}`)).toEqual(all.slice(1))
    expect(await inbox('logan', `?before=${all[all.length - 1]!.id}`)).toEqual([])
    const [james] = await inbox('james')
    const foreign = await as.logan!.get(`${api}/notifications?before=${james!.id}`)
    expect(foreign.statusCode).toBe(400)
    expect(foreign.json().errors?.[0]?.path ?? foreign.body).toContain('before')
    const bad = await as.logan!.get(`${api}/notifications?limit=0`)
    expect(bad.statusCode).toBe(400)
    expect(bad.headers['content-type']).toContain('application/problem+json')
  })

  it('tells whoever asked for a planner run how it ended, once', async () => {
    const before = await unread('kendall')
    const tour = (await as.kendall!.get(`${api}/tours`)).json().find((t: { name: string }) => /Summer Break/.test(t.name))
    const show = (await as.kendall!.get(`${api}/tours/${tour.id}`)).json().shows.find((s: { status: string }) => s.status !== 'cancelled')
    const started = await as.kendall!.post(`${api}/planner/runs`, { actId: btr, targetKind: 'show', targetId: show.id, budgetMs: 300, seed: 7 })
    expect(started.statusCode).toBe(202)
    await until('Kendall is told the run ended', async () => (await unread('kendall')) === before + 1)
    const [note] = await inbox('kendall')
    expect(note).toMatchObject({ kind: 'planner.ended', link: `/planner/${btr}` })
    expect(note!.title).toMatch(/^The planner has suggested set lists for Big Time Rush/)
    expect(await unread('james')).toBe(0) // nobody else asked
  }, 120_000)
  it('tells those who approved a version that an amendment replaced it, and nobody else beyond its author', async () => {
    const sent = await as.kendall!.post(`${api}/setlists/proposals`, { actId: btr, title: 'Amended after James approved', entries })
    expect(sent.statusCode, sent.body).toBe(201)
    const proposal = sent.json().id as string
    const first = (await as.james!.get(`${api}/setlists/proposals/${proposal}`)).json().latestVersion.id as string
    expect((await as.james!.post(`${api}/setlists/versions/${first}/answers`, { kind: 'approve' })).statusCode).toBe(201)
    const amend = await as.carlos!.post(`${api}/setlists/versions/${first}/answers`, { kind: 'amend', text: 'One song later', entries: [...entries].reverse() })
    expect(amend.statusCode, amend.body).toBe(201)
    const title = 'Carlos PenaVega amended “Amended after James approved”'
    const has = async (who: string) => (await inbox(who, '?limit=50')).some((n) => n.kind === 'proposal.answered' && n.title === title)
    await until('James (who approved) and Kendall (the author) are told', async () => (await has('james')) && (await has('kendall')))
    // Logan neither approved nor wrote it; Carlos amended it himself
    expect(await has('logan')).toBe(false)
    expect(await has('carlos')).toBe(false)
  }, 60_000)

  it('tells the lineup of a show when an agreed set list is applied to it, linking to the show; nobody off the lineup', async () => {
    const agreed = (await as.kendall!.get(`${api}/setlists/proposals?actId=${btr}`)).json().find((p: { status: string }) => p.status === 'agreed')
    expect(agreed, 'the demo has an agreed set list').toBeTruthy()
    const versionId = (await as.kendall!.get(`${api}/setlists/proposals/${agreed.id}`)).json().agreedVersionId as string
    const shows = (await as.kendall!.get(`${api}/shows`)).json() as { id: string; actId: string; status: string }[]
    const person: Record<string, string> = {}
    for (const who of ['kendall', 'james', 'carlos', 'logan', 'sam']) person[who] = (await as[who]!.get(api)).json().personId
    let target: { id: string; lineup: string[] } | null = null
    for (const show of shows.filter((s) => s.actId === btr && s.status !== 'cancelled')) {
      const lineup = ((await as.kendall!.get(`${api}/shows/${show.id}`)).json().lineup as { personId: string }[]).map((l) => l.personId)
      if (lineup.includes(person.james!) && !lineup.includes(person.sam!)) {
        target = { id: show.id, lineup }
        break
      }
    }
    expect(target, 'a Big Time Rush show with James on its lineup').toBeTruthy()
    const applied = await as.kendall!.post(`${api}/setlists/apply`, { versionId, targetKind: 'show', targetId: target!.id })
    expect(applied.statusCode, applied.body).toBe(200)
    const note = async (who: string) => (await inbox(who, '?limit=50')).find((n) => n.kind === 'setlist.applied')
    await until('James, on the lineup, is told', async () => (await note('james')) !== undefined)
    expect(await note('james')).toMatchObject({ link: `/shows/${target!.id}`, title: expect.stringContaining('is now the set list for') })
    // the owner is not on that lineup; Kendall applied it herself
    expect(await note('sam')).toBeUndefined()
    expect(await note('kendall')).toBeUndefined()
  }, 60_000)
})
