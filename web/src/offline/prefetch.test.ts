import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../../src/db/client.ts'
import { loadDemoWorld } from '../../../src/demo/load-demo-world.ts'
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../../../src/demo/world-2013.ts'
import { fixedClock } from '../../../src/domain/clock.ts'
import { buildApp, type App } from '../../../src/http/app.ts'
import { TEST_NOW, TestClient } from '../../../src/test/test-app.ts'
import { freshDatabase } from '../../../src/test/test-database.ts'
import type { Me } from '../api/types.ts'
import { prefetchUpcomingSetlists, showPageReads, upcomingFrom } from './prefetch.ts'

// The offline pre-fetch against the real server on the demo, its clock pinned to 2013-04-15 (as
// GREENROOM_NOW does) while this machine's clock says otherwise: it must find the upcoming shows by
// the server's clock and read everything a show's page needs.
const api = '/api/workspaces/demo'

describe('the offline pre-fetch of upcoming shows', () => {
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
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  /** The browser's fetch, answered by the app in this process with Kendall's session. */
  const answers = new Map<string, number>()
  const fetcher = (async (input: string | URL | Request) => {
    const url = String(input)
    const res = await kendall().get(url)
    answers.set(url, res.statusCode)
    return new Response(res.body, { status: res.statusCode, headers: { 'content-type': String(res.headers['content-type'] ?? 'application/json') } })
  }) as typeof fetch

  it('starts from the day before the server’s date', () => {
    expect(upcomingFrom('2013-04-15T12:00:00.000Z')).toBe('2013-04-14')
    expect(upcomingFrom('2013-03-01T00:30:00.000Z')).toBe('2013-02-28')
  })

  it('reads the session, the workspace and every read of the page of each upcoming show with a set list, by the server’s clock', async () => {
    expect(new Date().getUTCFullYear()).toBeGreaterThan(2013)
    const me = (await kendall().get('/api/me')).json() as Me
    const result = await prefetchUpcomingSetlists(me, fetcher)

    const upcoming = (await kendall().get(`${api}/shows?from=2013-04-15`)).json() as { id: string }[]
    const withList: { id: string; tourId: string | null; actId: string }[] = []
    for (const s of upcoming)
      if ((await kendall().get(`${api}/shows/${s.id}/setlist`)).statusCode === 200) withList.push((await kendall().get(`${api}/shows/${s.id}`)).json())
    expect(withList.length).toBeGreaterThanOrEqual(18)
    const played = await Promise.all(withList.map(async (s) => (await kendall().get(`${api}/shows/${s.id}/played`)).statusCode === 200))

    expect(result).toMatchObject({ complete: true, shows: withList.length })
    expect(result.fetched).toEqual(expect.arrayContaining(['/api/me', api, ...withList.flatMap((s, i) => showPageReads('demo', s, played[i]))]))
    // Each read once (a tour's page serves all its shows), each answered 200: the shows say whether a
    // set list is applied and what was played is recorded, so nothing absent is asked for (no 404s).
    expect(new Set(result.fetched).size).toBe(result.fetched.length)
    expect(result.fetched.filter((url) => answers.get(url) !== 200)).toEqual([])
  }, 120_000)

  it('says it did not finish when the server cannot be reached, so that it runs again', async () => {
    const me = (await kendall().get('/api/me')).json() as Me
    const offline = (async () => {
      throw new TypeError('Failed to fetch')
    }) as typeof fetch
    expect(await prefetchUpcomingSetlists(me, offline)).toMatchObject({ complete: false, shows: 0 })
  })
})
