import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

const PHISH = JSON.parse(readFileSync(new URL('../../../shared/interop-samples/setlistfm/phish-setlists-response.json', import.meta.url), 'utf8')) as {
  setlist: Record<string, unknown>[]
}

// A workspace from zero: nothing but the act the set lists are filed under.
describe('POST /imports/setlistfm', () => {
  let t: TestApp
  let owner: TestClient
  let base: string
  let actId: string
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client: owner, base } = await ownerWithWorkspace(t.app, 'Phish fans'))
    actId = (await created(owner, `${base}/acts`, { name: 'Phish', kind: 'group', isInternal: false })).id
  })
  afterAll(() => t.close())

  it('imports what it can read and reports the set list and the song it could not, and why', async () => {
    const [first, second] = PHISH.setlist as { sets: { set: { song: unknown[] }[] } }[]
    const oddSong = structuredClone(second!)
    oddSong.sets.set[0]!.song.splice(1, 0, { name: 'A'.repeat(201) })
    const document = { ...PHISH, setlist: [first, oddSong, { id: 'nodate', eventDate: 'spring', artist: { name: 'Phish' } }] }
    const res = await owner.post(`${base}/imports/setlistfm`, { actId, name: 'phish.json', document })
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ actId, actCreated: false, setlists: 3, imported: 2, skipped: 1, songsSkipped: 1, alreadyHere: 0 })
    expect(body.reports.map((r: { outcome: string }) => r.outcome)).toEqual(['imported', 'imported', 'skipped'])
    expect(body.reports[1].songsSkipped).toEqual([{ set: 1, position: 2, name: 'A'.repeat(201), reason: expect.stringMatching(/^name: /) }])
    expect(body.reports[2]).toMatchObject({ id: 'nodate', reasons: expect.arrayContaining([expect.stringMatching(/^eventDate: /)]) })

    const again = (await owner.post(`${base}/imports/setlistfm`, { actId, name: 'phish.json', document })).json()
    expect(again).toMatchObject({ imported: 0, alreadyHere: 2, skipped: 1 })
  })

  it('answers 400 naming document for a file that is no set list, and actId for an act of no workspace of ours', async () => {
    const notSetlists = await owner.post(`${base}/imports/setlistfm`, { actId, name: 'release.json', document: { releases: [] } })
    expect(notSetlists.statusCode).toBe(400)
    expect(notSetlists.headers['content-type']).toContain('application/problem+json')
    expect(notSetlists.json().errors).toEqual([{ path: 'document', message: expect.any(String) }])
    const noAct = await owner.post(`${base}/imports/setlistfm`, { actId: '0190a0a0-0000-7000-8000-000000000000', name: 'p.json', document: PHISH })
    expect(noAct.statusCode).toBe(400)
    expect(noAct.json().errors[0].path).toBe('actId')
  })

  it('refuses a viewer and crew, and lets a member import', async () => {
    for (const role of ['viewer', 'crew'] as const) {
      const client = await joinedClient(t.app, owner, base, role)
      expect((await client.post(`${base}/imports/setlistfm`, { actId, name: 'p.json', document: PHISH.setlist[2] })).statusCode).toBe(403)
    }
    const member = await joinedClient(t.app, owner, base, 'member')
    const res = await member.post(`${base}/imports/setlistfm`, { actId, name: 'p.json', document: PHISH.setlist[2] })
    expect(res.json()).toMatchObject({ imported: 1 })
  })
})
