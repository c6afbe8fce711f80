import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

describe('recordings', () => {
  let t: TestApp
  let client: TestClient
  let base: string
  let kendall: { id: string }
  let james: { id: string }
  let btr: { id: string }
  let hd: { id: string }
  let karmin: { id: string }
  let songForYou: { id: string }
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client, base } = await ownerWithWorkspace(t.app, 'Recordings'))
    kendall = await created(client, `${base}/people`, { name: 'Kendall Schmidt' })
    james = await created(client, `${base}/people`, { name: 'James Maslow' })
    btr = await created(client, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })
    hd = await created(client, `${base}/acts`, { name: 'Heffron Drive', kind: 'duo', isInternal: true })
    karmin = await created(client, `${base}/acts`, { name: 'Karmin', kind: 'duo', isInternal: false })
    songForYou = await created(client, `${base}/works`, { title: 'Song for You' })
  })
  afterAll(() => t.close())

  it('adds a recording with its leads, a featured act and stage facts', async () => {
    const res = await client.post(`${base}/recordings`, {
      workId: songForYou.id,
      actId: btr.id,
      title: 'Song for You (feat. Karmin)',
      kind: 'master',
      durationSeconds: 221,
      key: 'Bb',
      mode: 'major',
      tempoBpm: 104,
      energy: 7,
      needs: ['guest', 'dj-track'],
      recordedOn: '2012-11',
      leadPersonIds: [james.id, kendall.id],
      featured: [{ actId: karmin.id, credit: 'rap' }],
    })
    expect(res.statusCode).toBe(201)
    const recording = res.json()
    expect(recording).toMatchObject({
      workId: songForYou.id,
      workTitle: 'Song for You',
      actId: btr.id,
      actName: 'Big Time Rush',
      title: 'Song for You (feat. Karmin)',
      ownTitle: 'Song for You (feat. Karmin)',
      kind: 'master',
      durationSeconds: 221,
      key: 'A#',
      mode: 'major',
      tempoBpm: 104,
      energy: 7,
      needs: ['guest', 'dj-track'],
      recordedOn: '2012-11',
      notes: '',
      version: 1,
      leads: [
        { personId: james.id, name: 'James Maslow' },
        { personId: kendall.id, name: 'Kendall Schmidt' },
      ],
      featured: [{ actId: karmin.id, name: 'Karmin', credit: 'rap' }],
      releases: [],
      placements: [],
    })
    expect((await client.get(`${base}/recordings/${recording.id}`)).json()).toEqual(recording)
  })

  it('records one song several times, shown under the song title when the recording has none', async () => {
    const weAre = await created(client, `${base}/works`, { title: 'We Are', writers: [{ personId: kendall.id, sharePercent: 100 }] })
    const demo = await created(client, `${base}/recordings`, { workId: weAre.id, actId: hd.id, kind: 'demo' })
    const master = await created(client, `${base}/recordings`, { workId: weAre.id, actId: btr.id, kind: 'master', title: '' })
    expect([demo.title, demo.ownTitle, master.title, master.ownTitle]).toEqual(['We Are', null, 'We Are', null])
    const work = (await client.get(`${base}/works/${weAre.id}`)).json()
    expect(work.recordings.map((r: { actName: string }) => r.actName)).toEqual(['Big Time Rush', 'Heffron Drive'])
    const ofWork = (await client.get(`${base}/recordings?workId=${weAre.id}`)).json()
    expect(ofWork.map((r: { id: string }) => r.id).sort()).toEqual([demo.id, master.id].sort())
  })

  it('filters recordings by act (id or slug) and by search text', async () => {
    const byHd = (await client.get(`${base}/recordings?actId=${hd.id}`)).json()
    expect(byHd.map((r: { actName: string }) => r.actName)).toEqual(['Heffron Drive'])
    expect((await client.get(`${base}/recordings?actId=heffron-drive`)).json()).toEqual(byHd)
    expect((await client.get(`${base}/recordings?actId=no-such-act`)).json()).toEqual([])
    const found = (await client.get(`${base}/recordings?q=feat.%20karmin`)).json()
    expect(found.map((r: { title: string }) => r.title)).toEqual(['Song for You (feat. Karmin)'])
    expect((await client.get(`${base}/recordings?q=we%20are&actId=big-time-rush`)).json()).toHaveLength(1)
  })

  it('refuses a work, act, lead or featured act that is not of this workspace, naming each field and writing nothing', async () => {
    const other = await ownerWithWorkspace(t.app, 'Elsewhere')
    const theirWork = await created(other.client, `${other.base}/works`, { title: 'Theirs' })
    const theirAct = await created(other.client, `${other.base}/acts`, { name: 'Theirs', kind: 'solo', isInternal: true })
    const theirPerson = await created(other.client, `${other.base}/people`, { name: 'Theirs' })
    const before = (await client.get(`${base}/recordings`)).json().length
    const res = await client.post(`${base}/recordings`, {
      workId: theirWork.id,
      actId: theirAct.id,
      kind: 'master',
      leadPersonIds: [kendall.id, theirPerson.id],
      featured: [{ actId: theirAct.id }],
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors).toEqual([
      { path: 'workId', message: 'no such work in this workspace' },
      { path: 'actId', message: 'no such act in this workspace' },
      { path: 'leadPersonIds.1', message: 'no such person in this workspace' },
      { path: 'featured.0.actId', message: 'no such act in this workspace' },
    ])
    expect((await client.get(`${base}/recordings`)).json()).toHaveLength(before)
  })

  it('refuses a lead named twice and an act featured on its own recording', async () => {
    const res = await client.post(`${base}/recordings`, {
      workId: songForYou.id,
      actId: btr.id,
      kind: 'live',
      leadPersonIds: [kendall.id, kendall.id],
      featured: [{ actId: btr.id }],
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['leadPersonIds.1', 'featured.0.actId'])
  })

  it('refuses a key that is not a pitch class, naming the field', async () => {
    const res = await client.post(`${base}/recordings`, { workId: songForYou.id, actId: btr.id, kind: 'live', key: 'H' })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0].path).toBe('key')
  })

  it('replaces credits on edit and answers a stale edit with 409 and the current version', async () => {
    const rec = await created(client, `${base}/recordings`, { workId: songForYou.id, actId: btr.id, kind: 'acoustic', leadPersonIds: [james.id] })
    const body = {
      workId: songForYou.id,
      actId: btr.id,
      kind: 'acoustic',
      durationSeconds: 200,
      leadPersonIds: [kendall.id],
      featured: [{ actId: karmin.id, credit: 'rap' }],
      needs: [],
    }
    const edited = await client.put(`${base}/recordings/${rec.id}`, { ...body, version: rec.version })
    expect(edited.statusCode).toBe(200)
    expect(edited.json()).toMatchObject({
      version: rec.version + 1,
      durationSeconds: 200,
      leads: [{ name: 'Kendall Schmidt' }],
      featured: [{ name: 'Karmin' }],
    })
    const stale = await client.put(`${base}/recordings/${rec.id}`, { ...body, durationSeconds: 1, version: rec.version })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ durationSeconds: 200, version: rec.version + 1 })
  })

  it('shows on which releases and in which episodes a recording appears, and refuses to delete it while it does', async () => {
    const rec = await created(client, `${base}/recordings`, { workId: songForYou.id, actId: btr.id, kind: 'remix', durationSeconds: 180 })
    const album = await created(client, `${base}/release-groups`, {
      actId: btr.id,
      title: '24/Seven',
      kind: 'album',
      editions: [
        { name: 'Standard', tracks: [{ recordingId: rec.id, position: 4 }] },
        { name: 'Deluxe', tracks: [{ recordingId: rec.id, position: 4 }] },
      ],
    })
    const placement = await created(client, `${base}/placements`, {
      recordingId: rec.id,
      series: 'Big Time Rush',
      season: 4,
      episodeNumber: 2,
      airDate: '2013-05-09',
    })
    const shown = (await client.get(`${base}/recordings/${rec.id}`)).json()
    expect(shown.releases).toEqual([
      { releaseGroupId: album.id, title: '24/Seven', editionName: 'Standard', medium: 1, position: 4 },
      { releaseGroupId: album.id, title: '24/Seven', editionName: 'Deluxe', medium: 1, position: 4 },
    ])
    expect(shown.placements).toEqual([{ id: placement.id, series: 'Big Time Rush', season: 4, episodeNumber: 2, episodeTitle: null, airDate: '2013-05-09' }])

    const onRelease = await client.delete(`${base}/recordings/${rec.id}`)
    expect(onRelease.statusCode).toBe(409)
    expect(onRelease.json().detail).toMatch(/track lists or TV placements/)
    expect((await client.delete(`${base}/release-groups/${album.id}`)).statusCode).toBe(204)
    expect((await client.delete(`${base}/recordings/${rec.id}`)).statusCode).toBe(409)
    expect((await client.delete(`${base}/placements/${placement.id}`)).statusCode).toBe(204)
    expect((await client.delete(`${base}/recordings/${rec.id}`)).statusCode).toBe(204)
    expect((await client.get(`${base}/recordings/${rec.id}`)).statusCode).toBe(404)
  })

  it('lets a viewer read recordings but not change them', async () => {
    const viewer = await joinedClient(t.app, client, base, 'viewer')
    const [rec] = (await viewer.get(`${base}/recordings`)).json()
    expect((await viewer.get(`${base}/recordings/${rec.id}`)).statusCode).toBe(200)
    expect((await viewer.post(`${base}/recordings`, { workId: songForYou.id, actId: btr.id, kind: 'demo' })).statusCode).toBe(403)
    expect((await viewer.put(`${base}/recordings/${rec.id}`, { workId: songForYou.id, actId: btr.id, kind: 'demo', version: rec.version })).statusCode).toBe(
      403,
    )
    expect((await viewer.delete(`${base}/recordings/${rec.id}`)).statusCode).toBe(403)
  })
})
