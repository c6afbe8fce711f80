import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoWorld } from '../demo/load-demo-world.ts'
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../demo/world-2013.ts'
import { fixedClock } from '../domain/clock.ts'
import { TEST_NOW, TestClient } from '../test/test-app.ts'
import { freshDatabase } from '../test/test-database.ts'
import { buildApp, type App } from './app.ts'
import type { Database } from '../db/client.ts'

// Issue 4 on the demo world: the rule context the editor checks lists with, and the 409s that
// send the second of two concurrent writers to the merge view instead of over the first.
const api = '/api/workspaces/demo'
type Entry = { id: string; type: string; recordingId?: string }

describe('set lists written together, on the demo world', () => {
  let database: Database
  let app: App
  const member: Record<string, TestClient> = {}
  let btr: string
  let summerTour: string
  let recordings: { id: string; title: string }[]

  beforeAll(async () => {
    database = await freshDatabase()
    await loadDemoWorld(database.db, { clock: fixedClock(TEST_NOW) })
    app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent' })
    for (const name of ['kendall', 'carlos', 'james', 'logan']) {
      const client = new TestClient(app)
      expect((await client.post('/api/auth/login', { email: `${name}@${DEMO_EMAIL_DOMAIN}`, password: DEMO_PASSWORD })).statusCode).toBe(200)
      member[name] = client
    }
    btr = (await member.kendall!.get(`${api}/acts/big-time-rush`)).json().id
    summerTour = (await member.kendall!.get(`${api}/tours`)).json().find((t: { name: string }) => /Summer Break/.test(t.name)).id
    recordings = (await member.kendall!.get(`${api}/recordings?actId=${btr}`)).json()
  })
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  const song = (id: string, i: number): Entry => ({ id, type: 'song', recordingId: recordings[i]!.id })
  async function propose(entries: Entry[]) {
    const res = await member.kendall!.post(`${api}/setlists/proposals`, { actId: btr, title: 'Radio promo set', entries })
    expect(res.statusCode).toBe(201)
    return res.json().latestVersion as { id: string; revision: number; proposalId: string }
  }
  const amend = (who: string, versionId: string, entries: Entry[], extra: Record<string, unknown> = {}) =>
    member[who]!.post(`${api}/setlists/versions/${versionId}/answers`, { kind: 'amend', entries, ...extra })

  describe('the rule context', () => {
    it("carries every recording of the act, the act's rules and the last tour's songs, without the show rules for a tour", async () => {
      const res = await member.james!.get(`${api}/acts/${btr}/setlist-rule-context?targetKind=tour&targetId=${summerTour}`)
      expect(res.statusCode).toBe(200)
      const ctx = res.json()
      expect(ctx).toMatchObject({
        actId: btr,
        targetKind: 'tour',
        targetId: summerTour,
        rules: { maxLeadRun: 3, durationWindow: { minSeconds: 4500, maxSeconds: 5700 } },
      })
      expect(ctx.songs.map((s: { recordingId: string }) => s.recordingId).sort()).toEqual(recordings.map((r) => r.id).sort())
      expect(ctx.ruleIds).toEqual(['duration-window', 'new-songs', 'singer-run', 'differ-from-last-tour'])
      expect(ctx.lastTourSongKeys.length).toBeGreaterThan(0)
      expect(ctx.personNames.map((p: { name: string }) => p.name)).toContain('Kendall Schmidt')
    })

    it("checks the lineup and bill rules for a show: its lineup's roles and billed acts", async () => {
      const shows = (await member.james!.get(`${api}/shows?tourId=${summerTour}`)).json() as { id: string }[]
      const ctx = (await member.james!.get(`${api}/acts/${btr}/setlist-rule-context?targetKind=show&targetId=${shows[0]!.id}`)).json()
      expect(ctx.ruleIds).toContain('acoustic-section')
      expect(ctx.lineupRoles).toContain('acoustic-guitar')
    })

    it('names the field when the target is missing or of another act, and 404s an unknown act', async () => {
      const missing = await member.james!.get(`${api}/acts/${btr}/setlist-rule-context?targetKind=tour`)
      expect(missing.statusCode).toBe(400)
      expect(missing.json().errors).toEqual([expect.objectContaining({ path: 'targetId' })])
      const heffron = (await member.james!.get(`${api}/acts/heffron-drive`)).json().id
      const otherAct = await member.james!.get(`${api}/acts/${heffron}/setlist-rule-context?targetKind=tour&targetId=${summerTour}`)
      expect(otherAct.statusCode).toBe(400)
      expect((await member.james!.get(`${api}/acts/0190a0c0-0000-7000-8000-000000000000/setlist-rule-context`)).statusCode).toBe(404)
    })
  })

  describe('two members changing one version', () => {
    it('answers the second amendment of the same version with 409 and the first one, to merge with', async () => {
      const v1 = await propose([song('a', 0), song('b', 1), song('c', 2)])
      const first = await amend('carlos', v1.id, [song('b', 1), song('a', 0), song('c', 2)])
      expect(first.statusCode).toBe(201)
      const second = await amend('james', v1.id, [song('a', 0), song('b', 1), song('c', 2), song('d', 3)])
      expect(second.statusCode).toBe(409)
      const current = second.json().current
      expect(current).toMatchObject({ id: first.json().resultVersionId, number: 2, parentVersionId: v1.id })
      expect(current.entries.map((e: Entry) => e.id)).toEqual(['b', 'a', 'c'])
      // Merged and sent against the current version, it goes through.
      const merged = await amend('james', current.id, [song('b', 1), song('a', 0), song('c', 2), song('d', 3)], { revision: current.revision })
      expect(merged.statusCode).toBe(201)
      const proposal = (await member.kendall!.get(`${api}/setlists/proposals/${v1.proposalId}`)).json()
      expect(proposal.versions).toHaveLength(3)
      expect(proposal.latestVersion.entries.map((e: Entry) => e.id)).toEqual(['b', 'a', 'c', 'd'])
    })

    it('answers an in-place edit of a version amended meanwhile with 409 and the latest version', async () => {
      const v1 = await propose([song('a', 0), song('b', 1)])
      const amended = (await amend('logan', v1.id, [song('b', 1), song('a', 0)])).json()
      const edit = await member.kendall!.put(`${api}/setlists/versions/${v1.id}`, { entries: [song('a', 0)], revision: v1.revision })
      expect(edit.statusCode).toBe(409)
      expect(edit.json().current).toMatchObject({ id: amended.resultVersionId, isEditable: true })
    })

    it('answers an amendment made from an older revision with 409 and the edited version', async () => {
      const v1 = await propose([song('a', 0), song('b', 1)])
      expect(
        (await member.kendall!.put(`${api}/setlists/versions/${v1.id}`, { entries: [song('a', 0), song('b', 1), song('c', 2)], revision: 1 })).statusCode,
      ).toBe(200)
      const stale = await amend('carlos', v1.id, [song('b', 1)], { revision: 1 })
      expect(stale.statusCode).toBe(409)
      expect(stale.json().current).toMatchObject({ id: v1.id, revision: 2 })
      expect((await amend('carlos', v1.id, [song('b', 1)], { revision: 2 })).statusCode).toBe(201)
    })

    it('takes one approval when the same person approves twice at once', async () => {
      const v1 = await propose([song('a', 0)])
      const answers = await Promise.all([0, 1, 2].map(() => member.james!.post(`${api}/setlists/versions/${v1.id}/answers`, { kind: 'approve' })))
      expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409])
      const version = (await member.james!.get(`${api}/setlists/versions/${v1.id}`)).json()
      expect(version.answers.filter((a: { kind: string }) => a.kind === 'approve')).toHaveLength(1)
    })
  })
})
