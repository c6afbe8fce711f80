import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

describe('works (songs) and their writers', () => {
  let t: TestApp
  let client: TestClient
  let base: string
  let kendall: { id: string }
  let logan: { id: string }
  let btr: { id: string }
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client, base } = await ownerWithWorkspace(t.app, 'Works'))
    kendall = await created(client, `${base}/people`, { name: 'Kendall Schmidt' })
    logan = await created(client, `${base}/people`, { name: 'Logan Henderson' })
    btr = await created(client, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })
  })
  afterAll(() => t.close())

  const titles = async () => ((await client.get(`${base}/works`)).json() as { title: string }[]).map((w) => w.title)

  it('adds a song written 50/50 and reads it back with the writers named', async () => {
    const res = await client.post(`${base}/works`, {
      title: 'Untouchable',
      iswc: 'T-123.456.789-0',
      writers: [
        { personId: logan.id, sharePercent: 50 },
        { personId: kendall.id, sharePercent: 50, role: 'composer' },
      ],
    })
    expect(res.statusCode).toBe(201)
    const work = res.json()
    expect(work).toMatchObject({ title: 'Untouchable', iswc: 'T-123.456.789-0', notes: '', version: 1, recordings: [] })
    expect(work.writers).toEqual([
      { personId: logan.id, personName: 'Logan Henderson', role: 'composer-lyricist', sharePercent: 50 },
      { personId: kendall.id, personName: 'Kendall Schmidt', role: 'composer', sharePercent: 50 },
    ])
    expect((await client.get(`${base}/works/${work.id}`)).json()).toEqual(work)
  })

  it('keeps shares to the hundredth of a percent', async () => {
    const res = await client.post(`${base}/works`, {
      title: 'Thirds',
      writers: [
        { personId: logan.id, sharePercent: 33.33 },
        { personId: kendall.id, sharePercent: 66.67 },
      ],
    })
    expect(res.statusCode).toBe(201)
    expect(res.json().writers.map((w: { sharePercent: number }) => w.sharePercent)).toEqual([33.33, 66.67])
  })

  it('refuses writers sharing 60/30, naming the total on the writers field, and writes nothing', async () => {
    const res = await client.post(`${base}/works`, {
      title: 'Short Shares',
      writers: [
        { personId: logan.id, sharePercent: 60 },
        { personId: kendall.id, sharePercent: 30 },
      ],
    })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.json().errors).toEqual([{ path: 'writers', message: "the writers' shares total 90 %; they must total exactly 100 %" }])
    expect(await titles()).not.toContain('Short Shares')
  })

  it('refuses shares totalling 99.5 %', async () => {
    const res = await client.post(`${base}/works`, {
      title: 'Almost',
      writers: [
        { personId: logan.id, sharePercent: 49.5 },
        { personId: kendall.id, sharePercent: 50 },
      ],
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors).toEqual([{ path: 'writers', message: "the writers' shares total 99.5 %; they must total exactly 100 %" }])
  })

  it('accepts a song whose writers are not known yet', async () => {
    const res = await client.post(`${base}/works`, { title: 'Like Nobody’s Around' })
    expect(res.statusCode).toBe(201)
    expect(res.json().writers).toEqual([])
  })

  it('refuses a writer from another workspace, naming the writer', async () => {
    const other = await ownerWithWorkspace(t.app, 'Elsewhere')
    const stranger = await created(other.client, `${other.base}/people`, { name: 'Stranger' })
    const res = await client.post(`${base}/works`, {
      title: 'Borrowed',
      writers: [
        { personId: kendall.id, sharePercent: 50 },
        { personId: stranger.id, sharePercent: 50 },
      ],
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors).toEqual([{ path: 'writers.1.personId', message: 'no such person in this workspace' }])
    expect(await titles()).not.toContain('Borrowed')
  })

  it('lists songs by title with writer names and recording counts, and searches them', async () => {
    const work = await created(client, `${base}/works`, { title: 'We Are', writers: [{ personId: kendall.id, sharePercent: 100 }] })
    await created(client, `${base}/recordings`, { workId: work.id, actId: btr.id, kind: 'master' })
    await created(client, `${base}/recordings`, { workId: work.id, actId: btr.id, kind: 'acoustic' })
    const list = (await client.get(`${base}/works`)).json()
    expect(list.map((w: { title: string }) => w.title)).toEqual([...list.map((w: { title: string }) => w.title)].sort())
    expect(list.find((w: { id: string }) => w.id === work.id)).toEqual({
      id: work.id,
      title: 'We Are',
      writers: ['Kendall Schmidt'],
      recordingCount: 2,
      splitsPending: false,
    })
    expect((await client.get(`${base}/works?q=we%20a`)).json().map((w: { title: string }) => w.title)).toEqual(['We Are'])
    expect((await client.get(`${base}/works?q=100%25`)).json()).toEqual([])
    const full = (await client.get(`${base}/works/${work.id}`)).json()
    expect(full.recordings.map((r: { kind: string; actName: string; title: string }) => `${r.actName}:${r.title}:${r.kind}`).sort()).toEqual([
      'Big Time Rush:We Are:acoustic',
      'Big Time Rush:We Are:master',
    ])
  })

  it('replaces the writers on edit and answers a stale edit with 409 and the current version', async () => {
    const work = await created(client, `${base}/works`, { title: 'Confetti Falling', writers: [{ personId: kendall.id, sharePercent: 100 }] })
    const edited = await client.put(`${base}/works/${work.id}`, {
      title: 'Confetti Falling',
      version: work.version,
      writers: [
        { personId: kendall.id, sharePercent: 75 },
        { personId: logan.id, sharePercent: 25 },
      ],
    })
    expect(edited.statusCode).toBe(200)
    expect(edited.json()).toMatchObject({
      version: work.version + 1,
      writers: [
        { personName: 'Kendall Schmidt', sharePercent: 75 },
        { personName: 'Logan Henderson', sharePercent: 25 },
      ],
    })
    const stale = await client.put(`${base}/works/${work.id}`, { title: 'Lost Edit', version: work.version, writers: [] })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ title: 'Confetti Falling', version: work.version + 1 })
    expect((await client.get(`${base}/works/${work.id}`)).json().writers).toHaveLength(2)
  })

  it('refuses an invalid edit without touching the stored song', async () => {
    const work = await created(client, `${base}/works`, { title: 'Steady', writers: [{ personId: kendall.id, sharePercent: 100 }] })
    const res = await client.put(`${base}/works/${work.id}`, {
      title: 'Changed',
      version: work.version,
      writers: [
        { personId: kendall.id, sharePercent: 60 },
        { personId: logan.id, sharePercent: 30 },
      ],
    })
    expect(res.statusCode).toBe(400)
    expect((await client.get(`${base}/works/${work.id}`)).json()).toEqual(work)
  })

  it('answers 404 for a song that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000'
    expect((await client.get(`${base}/works/${missing}`)).statusCode).toBe(404)
    expect((await client.put(`${base}/works/${missing}`, { title: 'Ghost', writers: [], version: 1 })).statusCode).toBe(404)
    expect((await client.delete(`${base}/works/${missing}`)).statusCode).toBe(404)
  })

  it('refuses to delete a song that has recordings, and deletes one that has none', async () => {
    const recorded = await created(client, `${base}/works`, { title: 'Recorded' })
    await created(client, `${base}/recordings`, { workId: recorded.id, actId: btr.id, kind: 'demo' })
    const refused = await client.delete(`${base}/works/${recorded.id}`)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().detail).toMatch(/recordings/)
    const loose = await created(client, `${base}/works`, { title: 'Unrecorded', writers: [{ personId: kendall.id, sharePercent: 100 }] })
    expect((await client.delete(`${base}/works/${loose.id}`)).statusCode).toBe(204)
    expect((await client.get(`${base}/works/${loose.id}`)).statusCode).toBe(404)
  })

  it('lets a viewer read songs but not add, edit or delete them', async () => {
    const viewer = await joinedClient(t.app, client, base, 'viewer')
    const work = await created(client, `${base}/works`, { title: 'Read Only' })
    expect((await viewer.get(`${base}/works`)).statusCode).toBe(200)
    expect((await viewer.get(`${base}/works/${work.id}`)).statusCode).toBe(200)
    const res = await viewer.post(`${base}/works`, { title: 'Not Allowed' })
    expect(res.statusCode).toBe(403)
    expect(res.json().detail).toMatch(/viewer/)
    expect((await viewer.put(`${base}/works/${work.id}`, { title: 'Nope', writers: [], version: work.version })).statusCode).toBe(403)
    expect((await viewer.delete(`${base}/works/${work.id}`)).statusCode).toBe(403)
  })
})
