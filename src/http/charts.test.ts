import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

const PRE_ORDER = { chart: 'iTunes', genre: 'Pop', kind: 'pre-order' }

describe('chart entries and award nominations', () => {
  let t: TestApp
  let client: TestClient
  let base: string
  let btr: { id: string }
  let hd: { id: string }
  let album: { id: string; editions: { id: string; name: string }[] }
  let song: { id: string }
  let theirs: { actId: string; releaseGroupId: string; recordingId: string; personId: string }
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client, base } = await ownerWithWorkspace(t.app, 'Charts'))
    btr = await created(client, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })
    hd = await created(client, `${base}/acts`, { name: 'Heffron Drive', kind: 'duo', isInternal: true })
    const work = await created(client, `${base}/works`, { title: "Like Nobody's Around" })
    song = await created(client, `${base}/recordings`, { workId: work.id, actId: btr.id, kind: 'master' })
    album = await created(client, `${base}/release-groups`, {
      actId: btr.id,
      title: '24/Seven',
      kind: 'album',
      editions: [
        { name: 'Standard', releaseDate: '2013-06-11', tracks: [{ recordingId: song.id, position: 1 }] },
        { name: 'Deluxe', releaseDate: '2013-06-11' },
      ],
    })
    const other = await ownerWithWorkspace(t.app, 'Elsewhere')
    const act = await created(other.client, `${other.base}/acts`, { name: 'Theirs', kind: 'solo', isInternal: true })
    const w = await created(other.client, `${other.base}/works`, { title: 'Theirs' })
    const rec = await created(other.client, `${other.base}/recordings`, { workId: w.id, actId: act.id, kind: 'master' })
    const rg = await created(other.client, `${other.base}/release-groups`, { actId: act.id, title: 'Their album', kind: 'album' })
    const person = await created(other.client, `${other.base}/people`, { name: 'Their person' })
    theirs = { actId: act.id, releaseGroupId: rg.id, recordingId: rec.id, personId: person.id }
  })
  afterAll(() => t.close())

  it('records No. 5 on the iTunes Pop pre-order chart for the album, with its act and subject', async () => {
    const res = await client.post(`${base}/chart-entries`, { ...PRE_ORDER, position: 5, chartDate: '2013-06-04', releaseGroupId: album.id })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      chart: 'iTunes',
      genre: 'Pop',
      territory: null,
      kind: 'pre-order',
      label: 'iTunes Pop pre-order',
      position: 5,
      chartDate: '2013-06-04',
      subject: { kind: 'release-group', id: album.id, title: '24/Seven', editionName: null, releaseGroupId: album.id },
      actId: btr.id,
      actName: 'Big Time Rush',
      notes: '',
      version: 1,
    })
    expect((await client.get(`${base}/chart-entries/${res.json().id}`)).json()).toEqual(res.json())
  })

  it('lists entries per act, per release (with its editions) and per recording', async () => {
    const deluxe = album.editions.find((e) => e.name === 'Deluxe')!
    const onDeluxe = await created(client, `${base}/chart-entries`, { ...PRE_ORDER, position: 9, chartDate: '2013-06-03', editionId: deluxe.id })
    expect(onDeluxe.subject).toEqual({ kind: 'edition', id: deluxe.id, title: '24/Seven', editionName: 'Deluxe', releaseGroupId: album.id })
    const single = await created(client, `${base}/chart-entries`, {
      chart: 'Billboard Hot 100',
      territory: 'US',
      position: 64,
      chartDate: '2013-04-20',
      recordingId: song.id,
    })
    expect(single).toMatchObject({ kind: 'sales', actId: btr.id, subject: { kind: 'recording', title: "Like Nobody's Around" } })

    const ofAct = (await client.get(`${base}/chart-entries?actId=${btr.id}`)).json()
    expect(ofAct.map((e: { chartDate: string }) => e.chartDate)).toEqual(['2013-04-20', '2013-06-03', '2013-06-04'])
    const ofRelease = (await client.get(`${base}/chart-entries?releaseGroupId=${album.id}`)).json()
    expect(ofRelease.map((e: { position: number }) => e.position)).toEqual([9, 5])
    expect((await client.get(`${base}/chart-entries?recordingId=${song.id}`)).json()).toEqual([single])
    expect((await client.get(`${base}/chart-entries?actId=${hd.id}`)).json()).toEqual([])
  })

  it('tells the chart history of a release: runs by subject and chart, entries by date, peak and weeks on chart', async () => {
    const ws = await ownerWithWorkspace(t.app, 'History')
    const act = await created(ws.client, `${ws.base}/acts`, { name: 'Run', kind: 'group', isInternal: true })
    const rg = await created(ws.client, `${ws.base}/release-groups`, { actId: act.id, title: 'Run', kind: 'album', editions: [{ name: 'Deluxe' }] })
    // Entered out of order: mid June first, then late May, then the peak.
    for (const [chartDate, position] of [
      ['2013-06-12', 8],
      ['2013-05-28', 14],
      ['2013-06-04', 5],
      ['2013-06-06', 5],
    ] as const) {
      await created(ws.client, `${ws.base}/chart-entries`, { ...PRE_ORDER, position, chartDate, releaseGroupId: rg.id })
    }
    await created(ws.client, `${ws.base}/chart-entries`, { ...PRE_ORDER, position: 2, chartDate: '2013-06-05', editionId: rg.editions[0].id })
    await created(ws.client, `${ws.base}/chart-entries`, { chart: 'iTunes', position: 40, chartDate: '2013-06-04', releaseGroupId: rg.id })

    const history = (await ws.client.get(`${ws.base}/chart-history?releaseGroupId=${rg.id}`)).json()
    expect(history.runs.map((r: { label: string; subject: { kind: string } }) => `${r.subject.kind} ${r.label}`)).toEqual([
      'edition iTunes Pop pre-order',
      'release-group iTunes Pop pre-order',
      'release-group iTunes',
    ])
    const albumRun = history.runs[1]
    expect(albumRun.entries.map((e: { chartDate: string; position: number }) => [e.chartDate, e.position])).toEqual([
      ['2013-05-28', 14],
      ['2013-06-04', 5],
      ['2013-06-06', 5],
      ['2013-06-12', 8],
    ])
    expect(albumRun).toMatchObject({ peakPosition: 5, peakDate: '2013-06-04', firstDate: '2013-05-28', lastDate: '2013-06-12', weeksOnChart: 3 })
    expect(history.best).toMatchObject({ peakPosition: 2, subject: { kind: 'edition', editionName: 'Deluxe' } })
    expect((await ws.client.get(`${ws.base}/chart-history?actId=${act.id}`)).json().runs).toHaveLength(3)
    expect((await ws.client.get(`${ws.base}/chart-history?recordingId=${song.id}`)).json()).toEqual({ runs: [], best: null })
  })

  it('refuses a position below 1 or not whole, a bad date, and a missing or second subject, naming the field', async () => {
    const zero = await client.post(`${base}/chart-entries`, { ...PRE_ORDER, position: 0, chartDate: '2013-06-04', releaseGroupId: album.id })
    expect(zero.statusCode).toBe(400)
    expect(zero.headers['content-type']).toMatch(/application\/problem\+json/)
    expect(zero.json().errors.map((e: { path: string }) => e.path)).toEqual(['position'])
    expect(
      (await client.post(`${base}/chart-entries`, { ...PRE_ORDER, position: 4.5, chartDate: '2013-06-04', releaseGroupId: album.id })).json().errors[0].path,
    ).toBe('position')
    const date = await client.post(`${base}/chart-entries`, { ...PRE_ORDER, position: 5, chartDate: '2013-02-30', releaseGroupId: album.id })
    expect(date.statusCode).toBe(400)
    expect(date.json().errors[0].path).toBe('chartDate')
    const none = await client.post(`${base}/chart-entries`, { ...PRE_ORDER, position: 5, chartDate: '2013-06-04' })
    expect(none.statusCode).toBe(400)
    expect(none.json().errors).toEqual([{ path: 'releaseGroupId', message: 'name what charted: a release, an edition or a recording' }])
    const two = await client.post(`${base}/chart-entries`, {
      ...PRE_ORDER,
      position: 5,
      chartDate: '2013-06-05',
      releaseGroupId: album.id,
      recordingId: song.id,
    })
    expect(two.statusCode).toBe(400)
    expect(two.json().errors[0].path).toBe('recordingId')
  })

  it('refuses a subject of another workspace as if it did not exist, and writes nothing', async () => {
    const before = (await client.get(`${base}/chart-entries`)).json().length
    for (const field of ['releaseGroupId', 'recordingId'] as const) {
      const res = await client.post(`${base}/chart-entries`, { ...PRE_ORDER, position: 3, chartDate: '2013-06-07', [field]: theirs[field] })
      expect(res.statusCode).toBe(400)
      expect(res.json().errors).toEqual([{ path: field, message: `no such ${field === 'recordingId' ? 'recording' : 'release'} in this workspace` }])
    }
    expect((await client.get(`${base}/chart-entries`)).json()).toHaveLength(before)
    const nomination = await client.post(`${base}/award-nominations`, {
      award: 'Teen Choice Awards',
      category: 'Choice Music Group',
      year: 2013,
      actId: theirs.actId,
      personId: theirs.personId,
    })
    expect(nomination.statusCode).toBe(400)
    expect(nomination.json().errors.map((e: { path: string }) => e.path)).toEqual(['actId', 'personId'])
  })

  it('answers a second position for the same subject, chart and day with 409 naming the date', async () => {
    await created(client, `${base}/chart-entries`, { ...PRE_ORDER, position: 6, chartDate: '2013-05-30', releaseGroupId: album.id })
    const again = await client.post(`${base}/chart-entries`, { ...PRE_ORDER, position: 7, chartDate: '2013-05-30', releaseGroupId: album.id })
    expect(again.statusCode).toBe(409)
    expect(again.json().errors[0].path).toBe('chartDate')
    // Another chart on the same day is fine.
    expect(
      (await client.post(`${base}/chart-entries`, { chart: 'iTunes', kind: 'pre-order', position: 31, chartDate: '2013-05-30', releaseGroupId: album.id }))
        .statusCode,
    ).toBe(201)
  })

  it('edits an entry and answers a stale edit or delete with 409 and the current entry', async () => {
    const e = await created(client, `${base}/chart-entries`, { ...PRE_ORDER, position: 12, chartDate: '2013-05-25', releaseGroupId: album.id })
    const edited = await client.put(`${base}/chart-entries/${e.id}`, {
      ...PRE_ORDER,
      position: 11,
      chartDate: '2013-05-25',
      releaseGroupId: album.id,
      notes: 'corrected',
      version: e.version,
    })
    expect(edited.statusCode).toBe(200)
    expect(edited.json()).toMatchObject({ position: 11, notes: 'corrected', version: 2 })
    const stale = await client.put(`${base}/chart-entries/${e.id}`, {
      ...PRE_ORDER,
      position: 1,
      chartDate: '2013-05-25',
      releaseGroupId: album.id,
      version: 1,
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ position: 11, version: 2 })
    const staleDelete = await client.delete(`${base}/chart-entries/${e.id}?version=1`)
    expect(staleDelete.statusCode).toBe(409)
    expect(staleDelete.json().current).toMatchObject({ position: 11 })
    expect((await client.delete(`${base}/chart-entries/${e.id}?version=2`)).statusCode).toBe(204)
    expect((await client.get(`${base}/chart-entries/${e.id}`)).statusCode).toBe(404)
    expect((await client.delete(`${base}/chart-entries/${e.id}`)).statusCode).toBe(404)
  })

  it('records the Teen Choice nomination of the group and its result, listed under the act', async () => {
    const res = await client.post(`${base}/award-nominations`, { award: 'Teen Choice Awards', category: 'Choice Music Group', year: 2013, actId: btr.id })
    expect(res.statusCode).toBe(201)
    const n = res.json()
    expect(n).toMatchObject({
      award: 'Teen Choice Awards',
      category: 'Choice Music Group',
      year: 2013,
      result: 'nominated',
      actId: btr.id,
      actName: 'Big Time Rush',
      personId: null,
      recordingId: null,
      ceremonyDate: null,
      version: 1,
    })
    const forSong = await created(client, `${base}/award-nominations`, {
      award: 'Kids’ Choice Awards',
      category: 'Favorite Song',
      year: 2012,
      recordingId: song.id,
      result: 'lost',
    })
    expect(forSong).toMatchObject({ recordingTitle: "Like Nobody's Around", actId: null })
    const james = await created(client, `${base}/people`, { name: 'James Maslow' })
    await created(client, `${base}/acts/${btr.id}/memberships`, { personId: james.id, role: 'member' })
    const forMember = await created(client, `${base}/award-nominations`, {
      award: 'Teen Choice Awards',
      category: 'Choice Male Hottie',
      year: 2011,
      personId: james.id,
    })
    // The act's list includes nominations of its recordings, releases and members; newest year first.
    expect((await client.get(`${base}/award-nominations?actId=${btr.id}`)).json().map((x: { id: string }) => x.id)).toEqual([n.id, forSong.id, forMember.id])
    expect((await client.get(`${base}/award-nominations?personId=${james.id}`)).json()).toEqual([forMember])
    expect((await client.get(`${base}/award-nominations?actId=${hd.id}`)).json()).toEqual([])
    const won = await client.put(`${base}/award-nominations/${n.id}`, {
      award: 'Teen Choice Awards',
      category: 'Choice Music Group',
      year: 2013,
      actId: btr.id,
      result: 'won',
      ceremonyDate: '2013-08-11',
      version: 1,
    })
    expect(won.statusCode).toBe(200)
    expect(won.json()).toMatchObject({ result: 'won', ceremonyDate: '2013-08-11', version: 2 })
    const stale = await client.put(`${base}/award-nominations/${n.id}`, {
      award: 'Teen Choice Awards',
      category: 'Choice Music Group',
      year: 2013,
      actId: btr.id,
      result: 'lost',
      version: 1,
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ result: 'won' })
  })

  it('refuses a nomination of nobody, an unknown result and a year far from now, naming the field', async () => {
    const nobody = await client.post(`${base}/award-nominations`, { award: 'Teen Choice Awards', category: 'Choice Music Group', year: 2013 })
    expect(nobody.statusCode).toBe(400)
    expect(nobody.json().errors[0].path).toBe('actId')
    const result = await client.post(`${base}/award-nominations`, { award: 'A', category: 'B', year: 2013, actId: btr.id, result: 'maybe' })
    expect(result.json().errors[0].path).toBe('result')
    // The test clock stands in April 2013: next year's nominations may be known, not those of 2020.
    expect((await client.post(`${base}/award-nominations`, { award: 'A', category: 'B', year: 2014, actId: btr.id })).statusCode).toBe(201)
    const future = await client.post(`${base}/award-nominations`, { award: 'A', category: 'B', year: 2020, actId: btr.id })
    expect(future.statusCode).toBe(400)
    expect(future.json().errors).toEqual([{ path: 'year', message: 'no later than 2014' }])
    expect((await client.post(`${base}/award-nominations`, { award: 'A', category: 'B', year: 1800, actId: btr.id })).json().errors[0].path).toBe('year')
  })

  it('keeps a release that has chart entries from being deleted', async () => {
    const rg = await created(client, `${base}/release-groups`, { actId: btr.id, title: 'Charted single', kind: 'single' })
    await created(client, `${base}/chart-entries`, { chart: 'iTunes', position: 20, chartDate: '2013-04-02', releaseGroupId: rg.id })
    expect((await client.delete(`${base}/release-groups/${rg.id}`)).statusCode).toBe(409)
    expect((await client.get(`${base}/release-groups/${rg.id}`)).statusCode).toBe(200)
  })

  it('lets a viewer read charts and awards but not change them', async () => {
    const viewer = await joinedClient(t.app, client, base, 'viewer')
    const [entry] = (await viewer.get(`${base}/chart-entries`)).json()
    const [nomination] = (await viewer.get(`${base}/award-nominations`)).json()
    expect((await viewer.get(`${base}/chart-history?actId=${btr.id}`)).statusCode).toBe(200)
    expect((await viewer.post(`${base}/chart-entries`, { ...PRE_ORDER, position: 1, chartDate: '2013-06-01', releaseGroupId: album.id })).statusCode).toBe(403)
    expect(
      (
        await viewer.put(`${base}/chart-entries/${entry.id}`, {
          ...PRE_ORDER,
          position: 1,
          chartDate: entry.chartDate,
          releaseGroupId: album.id,
          version: entry.version,
        })
      ).statusCode,
    ).toBe(403)
    expect((await viewer.delete(`${base}/chart-entries/${entry.id}`)).statusCode).toBe(403)
    expect((await viewer.delete(`${base}/award-nominations/${nomination.id}`)).statusCode).toBe(403)
  })
})
