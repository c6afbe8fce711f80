import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'

/** An act of a new workspace that never saved its settings (issue 11): defaults, then saved on first edit. */
describe('an act that never saved its settings', () => {
  let t: TestApp
  let owner: TestClient
  let base: string
  let act: string
  let show: string

  beforeAll(async () => {
    t = await startTestApp()
    ;({ client: owner, base } = await ownerWithWorkspace(t.app, 'Zero'))
    act = (await created(owner, `${base}/acts`, { name: 'The Newcomers', kind: 'group', isInternal: true })).id
    const venue = await created(owner, `${base}/venues`, {
      name: 'Small Room',
      city: 'Leeds',
      country: 'GB',
      latitude: 53.8,
      longitude: -1.55,
      timeZone: 'Europe/London',
    })
    show = (
      await created(owner, `${base}/shows`, {
        actId: act,
        venueId: venue.id,
        localDate: '2013-06-01',
        doors: '19:00',
        setStart: '20:00',
        curfew: '21:00',
        status: 'confirmed',
        announcement: 'announced',
      })
    ).id
  })
  afterAll(() => t.close())

  /** A planner run followed to its end, as the web app does. */
  async function plan(body: Record<string, unknown>) {
    const started = await owner.post(`${base}/planner/runs`, { actId: act, targetKind: 'show', targetId: show, budgetMs: 500, ...body })
    expect(started.statusCode, started.body).toBe(202)
    for (let i = 0; i < 1200; i++) {
      const run = (await owner.get(`${base}/planner/runs/${started.json().id}`)).json()
      if (run.status !== 'queued' && run.status !== 'running') return run
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error('the run did not end')
  }

  it('shows the set-list settings defaults (version 0) instead of a 500', async () => {
    const res = await owner.get(`${base}/acts/${act}/setlist-settings`)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({
      actId: act,
      consensus: 'all',
      deciderPersonIds: [],
      countTouringMusicians: false,
      rules: { guestSongsNeedBilledGuest: true },
      version: 0,
    })
  })

  it('gives the live rule checks their context for a new act, with and without a show', async () => {
    const none = await owner.get(`${base}/acts/${act}/setlist-rule-context?targetKind=none`)
    expect(none.statusCode, none.body).toBe(200)
    expect(none.json().rules).toMatchObject({ guestSongsNeedBilledGuest: true })
    const forShow = await owner.get(`${base}/acts/${act}/setlist-rule-context?targetKind=show&targetId=${show}`)
    expect(forShow.statusCode, forShow.body).toBe(200)
  })

  it('saves the set-list settings on the first edit under the version it showed (0), then refuses 0', async () => {
    const url = `${base}/acts/${act}/setlist-settings`
    const shown = (await owner.get(url)).json()
    const first = await owner.put(url, { consensus: 'majority', rules: shown.rules, version: shown.version })
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json()).toMatchObject({ consensus: 'majority', version: 1 })
    const again = await owner.put(url, { consensus: 'all', rules: {}, version: 0 })
    expect(again.statusCode, again.body).toBe(409)
    expect(again.json().current).toMatchObject({ consensus: 'majority', version: 1 })
    expect((await owner.get(url)).json()).toMatchObject({ consensus: 'majority', version: 1 })
  })

  it('saves planner settings under the version 0 it answered, and then refuses 0 as stale', async () => {
    const url = `${base}/acts/${act}/planner-settings`
    const shown = (await owner.get(url)).json()
    expect(shown.version).toBe(0)
    // nothing saved: core and two rotating slots, the core from the act's singles and fan favourites (ADR 028)
    expect(shown.rotation).toEqual({ mode: 'core-rotating', core: null, slots: 2, noRepeatWithin: 4 })
    const { actId: _a, ...body } = shown
    const first = await owner.put(url, { ...body, setSize: { min: 10, max: 14 } })
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json()).toMatchObject({ version: 1, setSize: { min: 10, max: 14 } })
    const stale = await owner.put(url, { ...body, version: 0 })
    expect(stale.statusCode, stale.body).toBe(409)
    expect(stale.json().current.version).toBe(1)
  })

  it("plans a new act with no rules for its show's own times (set start 20:00 to curfew 21:00), not a one-song set, the same for the same seed", async () => {
    for (let i = 1; i <= 20; i++) {
      const work = await created(owner, `${base}/works`, { title: `Song ${i}`, writers: [] })
      await created(owner, `${base}/recordings`, { workId: work.id, actId: act, kind: 'master', durationSeconds: 200 })
    }
    const first = await plan({ seed: 7 })
    expect(first.status).toBe('done')
    const planned = first.result.shows[0]
    // 20:00 to 21:00: at most an hour, at most 30 minutes shorter: 9 to 18 songs of 3:20
    expect(planned.songCount).toBeGreaterThanOrEqual(9)
    expect(planned.songCount).toBeLessThanOrEqual(18)
    expect(first.result.warnings.join(' ')).toMatch(/no running-time rule.*set start to its curfew.*30:00–1:00:00/)
    const again = await plan({ seed: 7 })
    expect(again.result.shows[0].recordingIds).toEqual(planned.recordingIds)
    const explanation = await owner.get(`${base}/planner/suggestions/${planned.versionId}`)
    expect(explanation.statusCode, explanation.body).toBe(200)
    const rules = explanation.json().plan.rules as { ruleId: string; ok: boolean; message: string }[]
    expect(rules.find((r) => r.ruleId === 'duration-window')).toMatchObject({ ok: true })
  }, 240_000)

  it('names the rules that cannot all be kept in words, not ids', async () => {
    const url = `${base}/acts/${act}/planner-settings`
    const current = (await owner.get(url)).json()
    expect((await owner.put(url, { setSize: { min: 19, max: 19 }, version: current.version })).statusCode).toBe(200)
    const run = await plan({ seed: 3 })
    expect(run.status).toBe('infeasible')
    const planned = run.result.shows[0]
    expect(planned.explanation).toMatch(/cannot all be kept: (running time and number of songs|number of songs and running time)/)
    expect(planned.explanation).not.toMatch(/set-size|duration-window/)
    const after = (await owner.get(url)).json()
    expect((await owner.put(url, { setSize: null, version: after.version })).statusCode).toBe(200)
  }, 240_000)
})
