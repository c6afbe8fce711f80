import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../../../src/db/client.ts'
import { loadDemoWorld } from '../../../../src/demo/load-demo-world.ts'
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../../../../src/demo/world-2013.ts'
import { fixedClock } from '../../../../src/domain/clock.ts'
import { buildApp, type App } from '../../../../src/http/app.ts'
import { TEST_NOW, TestClient } from '../../../../src/test/test-app.ts'
import { freshDatabase } from '../../../../src/test/test-database.ts'
import type { Proposal, SetlistRuleContext, SetlistVersion } from '../../api/setlists-api.ts'
import { plainEntry } from './setlist-model.ts'
import { ruleChecker } from './live-rules.ts'

// The editor checks a list in the browser with the server's rule engine and the rule context the
// server sends: for every version of the demo's proposals it must find what the server found.
const api = '/api/workspaces/demo'

describe('live rule checks in the editor', () => {
  let database: Database
  let app: App
  const kendall = () => client
  let client: TestClient

  beforeAll(async () => {
    database = await freshDatabase()
    await loadDemoWorld(database.db, { clock: fixedClock(TEST_NOW) })
    app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent' })
    client = new TestClient(app)
    expect((await client.post('/api/auth/login', { email: `kendall@${DEMO_EMAIL_DOMAIN}`, password: DEMO_PASSWORD })).statusCode).toBe(200)
  })
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  const contextOf = async (p: Pick<Proposal, 'actId' | 'targetKind' | 'targetId'>): Promise<SetlistRuleContext> => {
    const res = await kendall().get(`${api}/acts/${p.actId}/setlist-rule-context?targetKind=${p.targetKind}${p.targetId ? `&targetId=${p.targetId}` : ''}`)
    expect(res.statusCode).toBe(200)
    return res.json()
  }

  it('finds the same violations as the server for every version of the demo proposals', async () => {
    const list = (await kendall().get(`${api}/setlists/proposals`)).json() as { id: string }[]
    expect(list.length).toBeGreaterThan(0)
    let compared = 0
    for (const { id } of list) {
      const proposal = (await kendall().get(`${api}/setlists/proposals/${id}`)).json() as Proposal
      const check = ruleChecker(await contextOf(proposal))
      for (const { id: versionId } of proposal.versions) {
        const version = (await kendall().get(`${api}/setlists/versions/${versionId}`)).json() as SetlistVersion
        expect(check(version.entries.map(plainEntry))).toEqual(version.violations)
        compared++
      }
    }
    expect(compared).toBeGreaterThanOrEqual(3)
  })

  it('finds what the server finds when songs are taken out of the agreed summer list, before anything is saved', async () => {
    const list = (await kendall().get(`${api}/setlists/proposals`)).json() as { id: string; title: string; status: string }[]
    const summer = (await kendall().get(`${api}/setlists/proposals/${list.find((p) => p.status === 'agreed')!.id}`)).json() as Proposal
    const check = ruleChecker(await contextOf(summer))
    const cut = summer.latestVersion.entries.map(plainEntry).filter((e, i) => e.type !== 'song' || i % 3 !== 0)
    const live = check(cut)
    expect(live.map((v) => v.rule)).toContain('duration-window')
    // The server, given the same list as a new proposal for the same tour, says the same.
    const saved = await kendall().post(`${api}/setlists/proposals`, {
      actId: summer.actId,
      title: 'Cut down',
      targetKind: summer.targetKind,
      targetId: summer.targetId,
      entries: cut,
    })
    expect(saved.statusCode).toBe(201)
    expect(live).toEqual((saved.json() as Proposal).latestVersion.violations)
  })
})
