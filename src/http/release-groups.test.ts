import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

interface Track {
  recordingId: string
  medium?: number
  position: number
}
const trackList = (ids: string[]): Track[] => ids.map((recordingId, i) => ({ recordingId, position: i + 1 }))

describe('release groups, editions and track lists', () => {
  let t: TestApp
  let client: TestClient
  let base: string
  let btr: { id: string }
  /** Fifteen album recordings; the standard edition has the first ten. */
  let songs: { id: string; title: string; durationSeconds: number }[]
  let album: { id: string; version: number; editions: { id: string }[] }
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client, base } = await ownerWithWorkspace(t.app, 'Releases'))
    btr = await created(client, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })
    songs = []
    for (let i = 1; i <= 15; i++) {
      const work = await created(client, `${base}/works`, { title: `Song ${String(i).padStart(2, '0')}` })
      songs.push(await created(client, `${base}/recordings`, { workId: work.id, actId: btr.id, kind: 'master', durationSeconds: 180 + i }))
    }
  })
  afterAll(() => t.close())

  const ids = (from: number, to: number) => songs.slice(from, to).map((s) => s.id)
  const albumBody = () => ({
    actId: btr.id,
    title: '24/Seven',
    kind: 'album',
    editions: [
      { name: 'Standard', releaseDate: '2013-06-11', preorderDate: '2013-05', format: 'cd', barcode: '886443927087', tracks: trackList(ids(0, 10)) },
      { name: 'Deluxe', releaseDate: '2013-06-11', format: 'digital', tracks: trackList(ids(0, 15)) },
    ],
  })

  it('puts the same recordings on two editions: the ten of the standard inside the fifteen of the deluxe', async () => {
    const res = await client.post(`${base}/release-groups`, albumBody())
    expect(res.statusCode).toBe(201)
    album = res.json()
    expect(album).toMatchObject({ actName: 'Big Time Rush', title: '24/Seven', kind: 'album', singleOfId: null, singleOrder: null, version: 1, singles: [] })
    const [standard, deluxe] = res.json().editions
    expect(standard).toMatchObject({ name: 'Standard', releaseDate: '2013-06-11', preorderDate: '2013-05', format: 'cd', barcode: '886443927087' })
    expect(standard.tracks).toHaveLength(10)
    expect(deluxe.tracks).toHaveLength(15)
    expect(deluxe.tracks.slice(0, 10).map((x: Track) => x.recordingId)).toEqual(standard.tracks.map((x: Track) => x.recordingId))
    expect(standard.tracks[0]).toEqual({ medium: 1, position: 1, recordingId: songs[0]!.id, title: 'Song 01', durationSeconds: 181 })
    expect(standard.totalSeconds).toBe(songs.slice(0, 10).reduce((s, x) => s + x.durationSeconds, 0))
    expect(deluxe.totalSeconds).toBe(songs.reduce((s, x) => s + x.durationSeconds, 0))
    const onBoth = (await client.get(`${base}/recordings/${songs[0]!.id}`)).json()
    expect(onBoth.releases.map((r: { editionName: string }) => r.editionName)).toEqual(['Standard', 'Deluxe'])
    expect((await client.get(`${base}/release-groups/${album.id}`)).json()).toEqual(res.json())
  })

  it('orders each track list by medium and position, whatever order the body gave', async () => {
    const res = await client.post(`${base}/release-groups`, {
      actId: btr.id,
      title: 'Two Sides',
      kind: 'ep',
      editions: [
        {
          name: 'Vinyl',
          format: 'vinyl',
          tracks: [
            { recordingId: songs[2]!.id, medium: 2, position: 1 },
            { recordingId: songs[1]!.id, position: 2 },
            { recordingId: songs[0]!.id, position: 1 },
          ],
        },
      ],
    })
    expect(res.statusCode).toBe(201)
    expect(res.json().editions[0].tracks.map((x: Track) => `${x.medium}.${x.position}`)).toEqual(['1.1', '1.2', '2.1'])
    expect((await client.delete(`${base}/release-groups/${res.json().id}`)).statusCode).toBe(204)
  })

  it("refuses a track pointing at another workspace's recording, naming the track and writing nothing", async () => {
    const other = await ownerWithWorkspace(t.app, 'Elsewhere')
    const theirAct = await created(other.client, `${other.base}/acts`, { name: 'Theirs', kind: 'solo', isInternal: true })
    const theirWork = await created(other.client, `${other.base}/works`, { title: 'Theirs' })
    const theirs = await created(other.client, `${other.base}/recordings`, { workId: theirWork.id, actId: theirAct.id, kind: 'master' })
    const before = (await client.get(`${base}/release-groups`)).json()

    const body = albumBody()
    body.editions[1]!.tracks[3] = { recordingId: theirs.id, position: 4 }
    const create = await client.post(`${base}/release-groups`, { ...body, title: 'Smuggled' })
    expect(create.statusCode).toBe(400)
    expect(create.json().errors).toEqual([{ path: 'editions.1.tracks.3.recordingId', message: 'no such recording in this workspace' }])
    expect((await client.get(`${base}/release-groups`)).json()).toEqual(before)

    const stored = (await client.get(`${base}/release-groups/${album.id}`)).json()
    const update = await client.put(`${base}/release-groups/${album.id}`, { ...body, title: 'Smuggled', version: stored.version })
    expect(update.statusCode).toBe(400)
    expect(update.json().errors[0].path).toBe('editions.1.tracks.3.recordingId')
    expect((await client.get(`${base}/release-groups/${album.id}`)).json()).toEqual(stored)
  })

  it('refuses two tracks at the same position and pre-orders opening after the release, naming each', async () => {
    const body = albumBody()
    body.editions[0]!.tracks[5]!.position = 5
    body.editions[1]!.preorderDate = '2013-07'
    const res = await client.post(`${base}/release-groups`, body)
    expect(res.statusCode).toBe(400)
    expect(res.json().errors).toEqual([
      { path: 'editions.0.tracks.5.position', message: 'another track is already at position 5 on medium 1' },
      { path: 'editions.1.preorderDate', message: 'pre-orders open (2013-07) after the release (2013-06-11)' },
    ])
  })

  it('refuses a malformed partial date and an unknown act, naming the fields', async () => {
    const bad = await client.post(`${base}/release-groups`, { ...albumBody(), editions: [{ name: 'X', releaseDate: '2013-13' }] })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0].path).toBe('editions.0.releaseDate')
    const noAct = await client.post(`${base}/release-groups`, { ...albumBody(), actId: '00000000-0000-4000-8000-000000000000' })
    expect(noAct.json().errors).toEqual([{ path: 'actId', message: 'no such act in this workspace' }])
  })

  it('replaces editions wholesale: keeps the ones named by id, drops the ones left out, adds new ones', async () => {
    const current = (await client.get(`${base}/release-groups/${album.id}`)).json()
    const [standard, deluxe] = current.editions
    const res = await client.put(`${base}/release-groups/${album.id}`, {
      actId: btr.id,
      title: '24/Seven',
      kind: 'album',
      version: current.version,
      editions: [
        { id: deluxe.id, name: 'Deluxe Edition', releaseDate: '2013-06-11', tracks: trackList(ids(0, 15)) },
        { name: 'Japan', releaseDate: '2013-07', tracks: trackList(ids(0, 12)) },
      ],
    })
    expect(res.statusCode).toBe(200)
    const updated = res.json()
    expect(updated.version).toBe(current.version + 1)
    expect(updated.editions.map((e: { name: string }) => e.name)).toEqual(['Deluxe Edition', 'Japan'])
    expect(updated.editions[0].id).toBe(deluxe.id)
    expect(updated.editions.map((e: { id: string }) => e.id)).not.toContain(standard.id)
    expect(updated.editions[1].tracks).toHaveLength(12)
    // Put the standard edition back for the tests that follow.
    const restored = await client.put(`${base}/release-groups/${album.id}`, {
      ...albumBody(),
      editions: [albumBody().editions[0], { ...albumBody().editions[1], id: deluxe.id }],
      version: updated.version,
    })
    expect(restored.statusCode).toBe(200)
    album = restored.json()
  })

  it('refuses an edition id that belongs to another release', async () => {
    const other = await created(client, `${base}/release-groups`, { actId: btr.id, title: 'Other', kind: 'ep', editions: [{ name: 'Only' }] })
    const res = await client.put(`${base}/release-groups/${other.id}`, {
      actId: btr.id,
      title: 'Other',
      kind: 'ep',
      version: other.version,
      editions: [{ id: album.editions[0]!.id, name: 'Stolen', tracks: [] }],
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors).toEqual([{ path: 'editions.0.id', message: 'not an edition of this release; omit the id for a new edition' }])
    expect((await client.get(`${base}/release-groups/${album.id}`)).json().editions).toHaveLength(2)
    expect((await client.delete(`${base}/release-groups/${other.id}`)).statusCode).toBe(204)
  })

  it('answers a stale edit with 409 and the current document, losing nothing', async () => {
    const stale = await client.put(`${base}/release-groups/${album.id}`, { ...albumBody(), title: 'Lost Edit', editions: [], version: album.version - 1 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ id: album.id, title: '24/Seven', version: album.version })
    expect(stale.json().current.editions).toHaveLength(2)
  })

  it('lets only one of two simultaneous edits of the same version win', async () => {
    const ep = await created(client, `${base}/release-groups`, {
      actId: btr.id,
      title: 'Race',
      kind: 'ep',
      editions: [{ name: 'A', tracks: trackList(ids(0, 3)) }],
    })
    const edit = (name: string, from: number) =>
      client.put(`${base}/release-groups/${ep.id}`, {
        actId: btr.id,
        title: name,
        kind: 'ep',
        version: ep.version,
        editions: [{ name, tracks: trackList(ids(from, from + 4)) }],
      })
    const results = await Promise.all([edit('B', 3), edit('C', 7)])
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409])
    const winner = results.find((r) => r.statusCode === 200)!.json()
    const stored = (await client.get(`${base}/release-groups/${ep.id}`)).json()
    expect(stored).toEqual(winner)
    expect(stored.editions).toHaveLength(1)
    expect(stored.editions[0].tracks).toHaveLength(4)
    expect((await client.delete(`${base}/release-groups/${ep.id}`)).statusCode).toBe(204)
  })

  it('lists the singles of an album in order, each with its release date, and only lets singles be taken from albums', async () => {
    const second = await created(client, `${base}/release-groups`, {
      actId: btr.id,
      title: 'Song 02',
      kind: 'single',
      singleOfId: album.id,
      singleOrder: 2,
      editions: [{ name: 'Digital', releaseDate: '2013-05-21', tracks: trackList(ids(1, 2)) }],
    })
    const first = await created(client, `${base}/release-groups`, {
      actId: btr.id,
      title: 'Song 01',
      kind: 'single',
      singleOfId: album.id,
      singleOrder: 1,
      editions: [{ name: 'Digital', releaseDate: '2013-03-04', tracks: trackList(ids(0, 1)) }],
    })
    expect((await client.get(`${base}/release-groups/${album.id}`)).json().singles).toEqual([
      { id: first.id, title: 'Song 01', singleOrder: 1, releaseDate: '2013-03-04' },
      { id: second.id, title: 'Song 02', singleOrder: 2, releaseDate: '2013-05-21' },
    ])
    const ofSingle = await client.post(`${base}/release-groups`, { actId: btr.id, title: 'B-side', kind: 'single', singleOfId: first.id })
    expect(ofSingle.json().errors).toEqual([{ path: 'singleOfId', message: 'a single is taken from an album, not from a single' }])
    const epOfAlbum = await client.post(`${base}/release-groups`, { actId: btr.id, title: 'EP', kind: 'ep', singleOfId: album.id })
    expect(epOfAlbum.json().errors).toEqual([{ path: 'singleOfId', message: 'only a single is taken from an album' }])
    const self = await client.put(`${base}/release-groups/${first.id}`, {
      actId: btr.id,
      title: 'Song 01',
      kind: 'single',
      singleOfId: first.id,
      version: first.version,
      editions: [],
    })
    expect(self.json().errors).toEqual([{ path: 'singleOfId', message: 'a release cannot be a single of itself' }])
    const demoted = await client.put(`${base}/release-groups/${album.id}`, { ...albumBody(), kind: 'ep', version: album.version })
    expect(demoted.json().errors).toEqual([{ path: 'kind', message: 'singles are taken from this album; it stays an album while they point at it' }])
  })

  it('lists releases earliest first with their edition count, by act and search text', async () => {
    const list = (await client.get(`${base}/release-groups`)).json()
    expect(list.map((r: { title: string }) => r.title)).toEqual(['Song 01', 'Song 02', '24/Seven'])
    expect(list[2]).toEqual({
      id: album.id,
      title: '24/Seven',
      kind: 'album',
      actName: 'Big Time Rush',
      releaseDate: '2013-06-11',
      editionCount: 2,
      singleOrder: null,
    })
    expect(list[0]).toMatchObject({ kind: 'single', releaseDate: '2013-03-04', editionCount: 1, singleOrder: 1 })
    expect((await client.get(`${base}/release-groups?q=24%2F`)).json().map((r: { id: string }) => r.id)).toEqual([album.id])
    expect((await client.get(`${base}/release-groups?actId=big-time-rush`)).json()).toHaveLength(3)
    expect((await client.get(`${base}/release-groups?actId=no-such-act`)).json()).toEqual([])
  })

  it('refuses to delete an album while singles are taken from it', async () => {
    const refused = await client.delete(`${base}/release-groups/${album.id}`)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().detail).toMatch(/singles/)
    for (const single of (await client.get(`${base}/release-groups/${album.id}`)).json().singles) {
      expect((await client.delete(`${base}/release-groups/${single.id}`)).statusCode).toBe(204)
    }
    expect((await client.delete(`${base}/release-groups/${album.id}`)).statusCode).toBe(204)
    expect((await client.get(`${base}/release-groups/${album.id}`)).statusCode).toBe(404)
    expect((await client.get(`${base}/recordings/${songs[0]!.id}`)).json().releases).toEqual([])
  })

  it('lets a viewer read releases but not change them', async () => {
    const rg = await created(client, `${base}/release-groups`, { actId: btr.id, title: 'Viewable', kind: 'ep' })
    const viewer = await joinedClient(t.app, client, base, 'viewer')
    expect((await viewer.get(`${base}/release-groups/${rg.id}`)).statusCode).toBe(200)
    expect((await viewer.post(`${base}/release-groups`, { actId: btr.id, title: 'No', kind: 'ep' })).statusCode).toBe(403)
    expect((await viewer.put(`${base}/release-groups/${rg.id}`, { actId: btr.id, title: 'No', kind: 'ep', version: rg.version })).statusCode).toBe(403)
    expect((await viewer.delete(`${base}/release-groups/${rg.id}`)).statusCode).toBe(403)
  })
})
