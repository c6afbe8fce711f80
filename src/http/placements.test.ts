import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

describe('TV placements', () => {
  let t: TestApp
  let client: TestClient
  let base: string
  let likeNobody: { id: string }
  let weAre: { id: string }
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client, base } = await ownerWithWorkspace(t.app, 'Placements'))
    const btr = await created(client, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })
    const w1 = await created(client, `${base}/works`, { title: "Like Nobody's Around" })
    const w2 = await created(client, `${base}/works`, { title: 'We Are' })
    likeNobody = await created(client, `${base}/recordings`, { workId: w1.id, actId: btr.id, kind: 'master' })
    weAre = await created(client, `${base}/recordings`, { workId: w2.id, actId: btr.id, kind: 'master' })
  })
  afterAll(() => t.close())

  it('records the episodes a recording is used in and lists them by season and episode', async () => {
    const last = await client.post(`${base}/placements`, {
      recordingId: weAre.id,
      series: 'Big Time Rush',
      season: 4,
      episodeNumber: 13,
      episodeTitle: 'Big Time Dreams',
    })
    expect(last.statusCode).toBe(201)
    expect(last.json()).toMatchObject({
      recordingId: weAre.id,
      recordingTitle: 'We Are',
      series: 'Big Time Rush',
      season: 4,
      episodeNumber: 13,
      episodeTitle: 'Big Time Dreams',
      airDate: null,
      notes: '',
      version: 1,
    })
    const first = await created(client, `${base}/placements`, {
      recordingId: likeNobody.id,
      series: 'Big Time Rush',
      season: 4,
      episodeNumber: 1,
      airDate: '2013-05-02',
    })
    expect((await client.get(`${base}/placements`)).json().map((p: { episodeNumber: number }) => p.episodeNumber)).toEqual([1, 13])
    expect((await client.get(`${base}/placements?recordingId=${likeNobody.id}`)).json()).toEqual([first])
    expect((await client.get(`${base}/placements/${first.id}`)).json()).toEqual(first)
  })

  it('refuses an air date that is not a full date and a recording of another workspace, naming the field', async () => {
    const date = await client.post(`${base}/placements`, { recordingId: weAre.id, series: 'Big Time Rush', airDate: '2013-05' })
    expect(date.statusCode).toBe(400)
    expect(date.json().errors[0].path).toBe('airDate')
    const other = await ownerWithWorkspace(t.app, 'Elsewhere')
    const act = await created(other.client, `${other.base}/acts`, { name: 'Theirs', kind: 'solo', isInternal: true })
    const work = await created(other.client, `${other.base}/works`, { title: 'Theirs' })
    const theirs = await created(other.client, `${other.base}/recordings`, { workId: work.id, actId: act.id, kind: 'master' })
    const res = await client.post(`${base}/placements`, { recordingId: theirs.id, series: 'Big Time Rush' })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors).toEqual([{ path: 'recordingId', message: 'no such recording in this workspace' }])
    expect((await client.get(`${base}/placements`)).json()).toHaveLength(2)
  })

  it('edits a placement and answers a stale edit with 409 and the current version', async () => {
    const p = await created(client, `${base}/placements`, { recordingId: weAre.id, series: 'Big Time Rush', season: 4, episodeNumber: 12 })
    const edited = await client.put(`${base}/placements/${p.id}`, {
      recordingId: weAre.id,
      series: 'Big Time Rush',
      season: 4,
      episodeNumber: 12,
      airDate: '2013-07-25',
      version: p.version,
    })
    expect(edited.statusCode).toBe(200)
    expect(edited.json()).toMatchObject({ airDate: '2013-07-25', version: p.version + 1 })
    const stale = await client.put(`${base}/placements/${p.id}`, { recordingId: weAre.id, series: 'Lost edit', version: p.version })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ series: 'Big Time Rush', airDate: '2013-07-25' })
  })

  it('deletes a placement', async () => {
    const p = await created(client, `${base}/placements`, { recordingId: weAre.id, series: 'Talk show' })
    expect((await client.delete(`${base}/placements/${p.id}`)).statusCode).toBe(204)
    expect((await client.get(`${base}/placements/${p.id}`)).statusCode).toBe(404)
    expect((await client.delete(`${base}/placements/${p.id}`)).statusCode).toBe(404)
  })

  it('lets a viewer read placements but not change them', async () => {
    const viewer = await joinedClient(t.app, client, base, 'viewer')
    const [p] = (await viewer.get(`${base}/placements`)).json()
    expect((await viewer.post(`${base}/placements`, { recordingId: weAre.id, series: 'No' })).statusCode).toBe(403)
    expect((await viewer.put(`${base}/placements/${p.id}`, { recordingId: weAre.id, series: 'No', version: p.version })).statusCode).toBe(403)
    expect((await viewer.delete(`${base}/placements/${p.id}`)).statusCode).toBe(403)
  })
})
