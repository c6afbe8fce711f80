import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoWorld } from '../demo/load-demo-world.ts'
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../demo/world-2013.ts'
import { fixedClock } from '../domain/clock.ts'
import { TEST_NOW, TestClient } from '../test/test-app.ts'
import { freshDatabase } from '../test/test-database.ts'
import { buildApp, type App } from './app.ts'
import type { Database } from '../db/client.ts'

// Issue 5 in the product, on the demo world: the planner runs in a worker thread, writes proposals
// authored by the planner that the band answers like any other, explains itself, and can be cancelled.
const api = '/api/workspaces/demo'

interface Run {
  id: string
  status: string
  progress: number
  error: string | null
  result: {
    shows: { showId: string; proposalId: string | null; versionId: string | null; recordingIds: string[]; status: string; conflictingRules?: string[] }[]
    tour: { consecutiveJaccard: number[]; songsUsed: number } | null
  } | null
}

describe('the planner in the product, on the demo world', () => {
  let database: Database
  let app: App
  const as: Record<string, TestClient> = {}
  let btr: string
  let hd: string
  let shows: { id: string; actId: string; localDate: string; legId: string | null; status: string }[]

  beforeAll(async () => {
    database = await freshDatabase()
    await loadDemoWorld(database.db, { clock: fixedClock(TEST_NOW) })
    app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent' })
    for (const name of ['kendall', 'james', 'victoria']) {
      const client = new TestClient(app)
      expect((await client.post('/api/auth/login', { email: `${name}@${DEMO_EMAIL_DOMAIN}`, password: DEMO_PASSWORD })).statusCode).toBe(200)
      as[name] = client
    }
    btr = (await as.kendall!.get(`${api}/acts/big-time-rush`)).json().id
    hd = (await as.kendall!.get(`${api}/acts/heffron-drive`)).json().id
    const summer = (await as.kendall!.get(`${api}/tours`)).json().find((t: { name: string }) => /Summer Break/.test(t.name))
    shows = (await as.kendall!.get(`${api}/tours/${summer.id}`)).json().shows
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  /** Follows a run the way the web app does, until it ends. */
  async function finished(runId: string): Promise<Run> {
    for (let i = 0; i < 600; i++) {
      const run = (await as.kendall!.get(`${api}/planner/runs/${runId}`)).json() as Run
      if (run.status !== 'queued' && run.status !== 'running') return run
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`run ${runId} did not end`)
  }
  const firstShow = () => shows.find((s) => s.status !== 'cancelled')!

  it('suggests a set list for a show as a proposal by the planner that keeps every rule and waits for every member', async () => {
    const show = firstShow()
    const started = await as.kendall!.post(`${api}/planner/runs`, { actId: btr, targetKind: 'show', targetId: show.id, budgetMs: 300, seed: 7 })
    expect(started.statusCode).toBe(202)
    expect(['queued', 'running']).toContain(started.json().status)
    const run = await finished(started.json().id)
    expect(run.status, run.error ?? '').toBe('done')
    const planned = run.result!.shows[0]!
    expect(planned.showId).toBe(show.id)

    const proposal = (await as.kendall!.get(`${api}/setlists/proposals/${planned.proposalId}`)).json()
    expect(proposal.latestVersion.kind).toBe('planner')
    expect(proposal.latestVersion.violations).toEqual([])
    expect(proposal.latestVersion.entries.filter((e: { type: string }) => e.type === 'song').map((e: { recordingId: string }) => e.recordingId)).toEqual(
      planned.recordingIds,
    )
    // The person who asked did not write it: nobody has approved yet.
    expect(proposal.consensus.approvals).toBe(0)
    expect(proposal.status).toBe('open')

    const why = await as.james!.get(`${api}/planner/suggestions/${planned.versionId}`)
    expect(why.statusCode).toBe(200)
    expect(why.json().plan.rules.length).toBeGreaterThan(0)
    expect(why.json().plan.rules.every((r: { ok: boolean }) => r.ok)).toBe(true)
    expect(why.json().plan.reasons.map((r: { recordingId: string }) => r.recordingId)).toEqual(planned.recordingIds)

    // A version a person wrote has no planner explanation.
    const agreed = (await as.james!.get(`${api}/setlists/proposals?actId=${btr}`)).json().find((p: { status: string }) => p.status === 'agreed')
    const human = (await as.james!.get(`${api}/setlists/proposals/${agreed.id}`)).json().latestVersion.id
    expect((await as.james!.get(`${api}/planner/suggestions/${human}`)).json()).toMatchObject({ plan: null, runId: null })

    // James answers it like any other proposal.
    expect((await as.james!.post(`${api}/setlists/versions/${planned.versionId}/answers`, { kind: 'approve' })).statusCode).toBe(201)
  }, 120_000)

  it('gives the same plan for the same seed', async () => {
    const show = firstShow()
    const start = async () =>
      (await as.kendall!.post(`${api}/planner/runs`, { actId: btr, targetKind: 'show', targetId: show.id, budgetMs: 300, seed: 11 })).json().id as string
    const a = await finished(await start())
    const b = await finished(await start())
    expect(a.status).toBe('done')
    expect(b.result!.shows[0]!.recordingIds).toEqual(a.result!.shows[0]!.recordingIds)
  }, 120_000)

  it('plans every show of a leg, one proposal each, with tour statistics', async () => {
    const legId = firstShow().legId!
    const legShows = shows.filter((s) => s.legId === legId && s.status !== 'cancelled')
    const started = await as.kendall!.post(`${api}/planner/runs`, { actId: btr, targetKind: 'leg', targetId: legId, budgetMs: 2000, seed: 3 })
    expect(started.statusCode).toBe(202)
    const run = await finished(started.json().id)
    expect(run.status, run.error ?? '').toBe('done')
    expect(run.result!.shows.map((s) => s.showId).sort()).toEqual(legShows.map((s) => s.id).sort())
    expect(run.result!.shows.every((s) => s.proposalId)).toBe(true)
    expect(run.result!.tour!.consecutiveJaccard).toHaveLength(legShows.length - 1)
    expect(run.result!.tour!.songsUsed).toBeGreaterThan(0)
    // the cover with Victoria Justice, a recording of the demo catalog, on her nights (she supports every show of this leg)
    const recordings = (await as.kendall!.get(`${api}/recordings`)).json() as { id: string; title: string; actId: string }[]
    const trouble = recordings.find((r) => r.title === 'I Knew You Were Trouble' && r.actId === btr)!
    expect(trouble).toBeDefined()
    expect(run.result!.shows.filter((s) => s.status !== 'infeasible').every((s) => s.recordingIds.includes(trouble.id))).toBe(true)
  }, 120_000)

  it('cancels a run: it ends cancelled, writes no proposal, and cannot be cancelled twice', async () => {
    const before = (await as.kendall!.get(`${api}/setlists/proposals?actId=${btr}`)).json().length
    const tourId = (await as.kendall!.get(`${api}/tours`)).json().find((t: { name: string }) => /Summer Break/.test(t.name)).id
    const started = await as.kendall!.post(`${api}/planner/runs`, { actId: btr, targetKind: 'tour', targetId: tourId, budgetMs: 30000 })
    const cancelled = await as.kendall!.post(`${api}/planner/runs/${started.json().id}/cancel`)
    expect(cancelled.statusCode).toBe(200)
    expect(cancelled.json().status).toBe('cancelled')
    expect((await as.kendall!.get(`${api}/setlists/proposals?actId=${btr}`)).json().length).toBe(before)
    const again = await as.kendall!.post(`${api}/planner/runs/${started.json().id}/cancel`)
    expect(again.statusCode).toBe(409)
    expect(again.headers['content-type']).toContain('application/problem+json')
  }, 120_000)

  it('names the field of a bad request, and lets only the people of the act plan', async () => {
    const show = firstShow()
    const tooShort = await as.kendall!.post(`${api}/planner/runs`, { actId: btr, targetKind: 'show', targetId: show.id, budgetMs: 5 })
    expect(tooShort.statusCode).toBe(400)
    expect(tooShort.json().errors.map((e: { path: string }) => e.path)).toContain('budgetMs')
    const otherAct = await as.kendall!.post(`${api}/planner/runs`, { actId: hd, targetKind: 'show', targetId: show.id })
    expect(otherAct.statusCode).toBe(400)
    expect(otherAct.json().errors[0].path).toBe('targetId')
    const viewer = await as.victoria!.post(`${api}/planner/runs`, { actId: btr, targetKind: 'show', targetId: show.id })
    expect(viewer.statusCode).toBe(403)
  })

  it('keeps the act planner settings under a version, refusing songs that are not the act’s', async () => {
    const url = `${api}/acts/${btr}/planner-settings`
    const defaults = (await as.kendall!.get(url)).json()
    expect(defaults.version).toBe(0)
    const foreign = '01900000-0000-7000-8000-00000000abcd'
    const bad = await as.kendall!.put(url, { excluded: [foreign] })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0].path).toBe('excluded.0')
    const saved = await as.kendall!.put(url, { setSize: { min: 16, max: 22 }, weights: { ...defaults.weights, variety: 5 } })
    expect(saved.statusCode).toBe(200)
    expect(saved.json()).toMatchObject({ version: 1, setSize: { min: 16, max: 22 } })
    expect((await as.kendall!.put(url, { setSize: { min: 16, max: 24 }, version: 1 })).statusCode).toBe(200)
    const stale = await as.kendall!.put(url, { setSize: null, version: 1 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current.setSize).toEqual({ min: 16, max: 24 })
  })

  it("keeps a tour's rotation under a version: the demo summer tour is core and rotating slots, a tour can go back to the act's", async () => {
    const summer = (await as.kendall!.get(`${api}/tours`)).json().find((t: { name: string }) => /Summer Break/.test(t.name)).id
    const url = `${api}/tours/${summer}/planner-rotation`
    const current = (await as.kendall!.get(url)).json()
    expect(current).toMatchObject({
      tourId: summer,
      version: 1,
      rotation: { mode: 'core-rotating', slots: 2 },
      actRotation: { mode: 'core-rotating', core: null },
    })
    const bad = await as.kendall!.put(url, { rotation: { mode: 'sometimes' }, version: 1 })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0].path).toBe('rotation.mode')
    const fixed = await as.kendall!.put(url, { rotation: { mode: 'fixed', core: null, slots: 0, noRepeatWithin: 4 }, version: 1 })
    expect(fixed.statusCode, fixed.body).toBe(200)
    expect(fixed.json()).toMatchObject({ version: 2, rotation: { mode: 'fixed' } })
    const stale = await as.kendall!.put(url, { rotation: null, version: 1 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current.rotation.mode).toBe('fixed')
    expect((await as.victoria!.put(url, { rotation: null, version: 2 })).statusCode).toBe(403)
    const back = await as.kendall!.put(url, { rotation: null, version: 2 })
    expect(back.statusCode).toBe(200)
    expect(back.json()).toMatchObject({ rotation: null, version: 0 })
    // restore the demo's choice for the other tests
    expect((await as.kendall!.put(url, { rotation: current.rotation, version: 0 })).statusCode).toBe(200)
    expect((await as.kendall!.get(`${api}/tours/01900000-0000-7000-8000-00000000abcd/planner-rotation`)).statusCode).toBe(404)
  })

  it('answers a show no set can satisfy with the rules that conflict, and writes no proposal', async () => {
    const url = `${api}/acts/${btr}/planner-settings`
    const current = (await as.kendall!.get(url)).json()
    // 40 songs cannot fit in 75–95 minutes.
    const tooMany = await as.kendall!.put(url, { setSize: { min: 40, max: 40 }, ...(current.version ? { version: current.version } : {}) })
    expect(tooMany.statusCode, tooMany.body).toBe(200)
    const started = await as.kendall!.post(`${api}/planner/runs`, { actId: btr, targetKind: 'show', targetId: firstShow().id, budgetMs: 300, seed: 1 })
    const run = await finished(started.json().id)
    expect(run.status).toBe('infeasible')
    expect(run.result!.shows[0]!.proposalId).toBeNull()
    expect(run.result!.shows[0]!.conflictingRules!.length).toBeGreaterThan(0)
    expect(run.result!.shows[0]!.conflictingRules).toContain('set-size')
    const again = (await as.kendall!.get(url)).json()
    expect((await as.kendall!.put(url, { setSize: null, version: again.version })).statusCode).toBe(200)
  }, 120_000)
})
