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
    const venue = await created(owner, `${base}/venues`, { name: 'Small Room', city: 'Leeds', country: 'GB', latitude: 53.8, longitude: -1.55, timeZone: 'Europe/London' })
    show = (await created(owner, `${base}/shows`, { actId: act, venueId: venue.id, localDate: '2013-06-01', doors: '19:00', setStart: '20:00', curfew: '23:00', status: 'confirmed', announcement: 'announced' })).id
  })
  afterAll(() => t.close())

  it('shows the set-list settings defaults (version 0) instead of a 500', async () => {
    const res = await owner.get(`${base}/acts/${act}/setlist-settings`)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ actId: act, consensus: 'all', deciderPersonIds: [], countTouringMusicians: false, rules: { guestSongsNeedBilledGuest: true }, version: 0 })
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
    const { actId: _a, ...body } = shown
    const first = await owner.put(url, { ...body, setSize: { min: 10, max: 14 } })
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json()).toMatchObject({ version: 1, setSize: { min: 10, max: 14 } })
    const stale = await owner.put(url, { ...body, version: 0 })
    expect(stale.statusCode, stale.body).toBe(409)
    expect(stale.json().current.version).toBe(1)
  })
})
