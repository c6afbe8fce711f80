import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { joinedClient } from '../test/role-clients.ts'

const SAMPLES = new URL('../../../shared/interop-samples/musicbrainz-ws2/', import.meta.url)
const sample = (path: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(path, SAMPLES), 'utf8'))
const METEORA = sample('lookup/release/c9d52105-5c20-3216-bc1b-e54918f8f688.json')
const HELLO = sample('lookup/work/b1df2cf3-69a9-3bc0-be44-f71e79b27a22.json')
const NIRVANA = sample('lookup/artist/5b11f4ce-a62d-471e-81fc-a69a8278c7da.json')
const PLACE = sample('lookup/place/478558f9-a951-4067-ad91-e83f6ba63e74.json')

describe('POST /imports/musicbrainz', () => {
  let t: TestApp
  let client: TestClient
  let base: string
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client, base } = await ownerWithWorkspace(t.app, 'MusicBrainz'))
  })
  afterAll(() => t.close())

  it('imports a release, then finds it all again; the songs show their splits to fill', async () => {
    const res = await client.post(`${base}/imports/musicbrainz`, { files: [{ name: 'meteora.json', document: METEORA }] })
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({
      files: [
        {
          name: 'meteora.json',
          kind: 'release',
          search: false,
          entities: 1,
          worksNeedingSplits: 12,
          counts: { works: { created: 13 }, recordings: { created: 13 }, editions: { created: 1 } },
        },
      ],
      counts: { people: { created: 6, updated: 0, unchanged: 0 } },
      worksNeedingSplits: 12,
    })
    const again = (await client.post(`${base}/imports/musicbrainz`, { files: [{ name: 'meteora.json', document: METEORA }] })).json()
    expect(again.counts.works).toEqual({ created: 0, updated: 0, unchanged: 13 })
    expect(again.counts.editions).toEqual({ created: 0, updated: 0, unchanged: 1 })

    const list = (await client.get(`${base}/works?q=numb`)).json()
    expect(list).toEqual([expect.objectContaining({ title: 'Numb', splitsPending: true, writers: expect.arrayContaining(['Mike Shinoda']) })])
    const work = (await client.get(`${base}/works/${list[0].id}`)).json()
    expect(work).toMatchObject({ splitsPending: true, iswc: expect.stringMatching(/^T-/) })
    expect(work.writers.map((w: { sharePercent: number | null; role: string }) => [w.role, w.sharePercent])).toEqual(Array(6).fill(['composer-lyricist', null]))

    // Filling the splits goes through the usual rules: exactly 100 %.
    const writers = work.writers.map((w: { personId: string }) => ({ personId: w.personId, role: 'composer-lyricist', sharePercent: 16 }))
    const wrong = await client.put(`${base}/works/${work.id}`, { title: 'Numb', iswc: work.iswc, writers, version: work.version })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().errors).toEqual([{ path: 'writers', message: "the writers' shares total 96 %; they must total exactly 100 %" }])
    writers[0].sharePercent = 20
    const filled = await client.put(`${base}/works/${work.id}`, { title: 'Numb', iswc: work.iswc, writers, version: work.version })
    expect(filled.statusCode, filled.body).toBe(200)
    expect(filled.json()).toMatchObject({ splitsPending: false, writers: expect.arrayContaining([expect.objectContaining({ sharePercent: 20 })]) })
    expect((await client.get(`${base}/works?q=numb`)).json()[0].splitsPending).toBe(false)
  })

  it('imports several files in one request, each with its own summary', async () => {
    const res = await client.post(`${base}/imports/musicbrainz`, {
      files: [
        { name: 'hello.json', document: HELLO },
        { name: 'nirvana.json', document: NIRVANA },
      ],
    })
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json()
    expect(body.files.map((f: { name: string; kind: string }) => [f.name, f.kind])).toEqual([
      ['hello.json', 'work'],
      ['nirvana.json', 'artist'],
    ])
    expect(body.counts.acts.created).toBe(1)
    expect(body.worksNeedingSplits).toBe(12) // 11 of Meteora still open, and HELLO!また会おうね
  })

  it('refuses a bad document with a problem naming the file and the field, and writes none of the files', async () => {
    const brokenDate = { ...NIRVANA, id: '5b11f4ce-a62d-471e-81fc-a69a8278c7db', name: 'Not Nirvana', 'life-span': { begin: '1987-02-30' } }
    const res = await client.post(`${base}/imports/musicbrainz`, {
      files: [
        { name: 'fine.json', document: { ...NIRVANA, id: '0b0b0b0b-0000-4000-8000-000000000000', name: 'Fine Act' } },
        { name: 'broken.json', document: brokenDate },
      ],
    })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.json()).toMatchObject({
      code: 'validation',
      errors: [{ path: 'files.1.document.life-span.begin', message: 'day 30 does not exist in 1987-02' }],
    })
    expect(res.json().detail).toMatch(/^broken\.json: /)
    expect((await client.get(`${base}/acts`)).json().map((a: { name: string }) => a.name)).not.toContain('Fine Act')

    const place = await client.post(`${base}/imports/musicbrainz`, { files: [{ name: 'arena.json', document: PLACE }] })
    expect(place.statusCode).toBe(400)
    expect(place.json().errors).toEqual([{ path: 'files.0.document', message: expect.stringContaining('a MusicBrainz place is not catalog data') }])
    const none = await client.post(`${base}/imports/musicbrainz`, { files: [] })
    expect(none.statusCode).toBe(400)
    expect(none.json().errors).toEqual([{ path: 'files', message: 'send at least one file' }])
    const nameless = await client.post(`${base}/imports/musicbrainz`, { files: [{ name: ' ', document: HELLO }] })
    expect(nameless.json().errors).toEqual([{ path: 'files.0.name', message: 'required' }])
  })

  it('is described in the OpenAPI document with its body and answer', async () => {
    const doc = (await client.get('/api/openapi.json')).json()
    const op = doc.paths['/api/workspaces/{workspaceId}/imports/musicbrainz'].post
    expect(op.requestBody.content['application/json'].schema.properties.files).toBeDefined()
    expect(op.responses['200']).toBeDefined()
  })

  it('lets only those who may edit the catalog import', async () => {
    const crew = await joinedClient(t.app, client, base, 'crew')
    const res = await crew.post(`${base}/imports/musicbrainz`, { files: [{ name: 'hello.json', document: HELLO }] })
    expect(res.statusCode).toBe(403)
  })
})
