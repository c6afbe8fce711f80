import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { loadDemoWorld } from '../demo/load-demo-world.ts'
import { fixedClock } from '../domain/clock.ts'
import { WORKSPACE_ROLES, type WorkspaceRole } from '../domain/roles.ts'
import { ownerWithWorkspace, TEST_NOW, type TestClient } from '../test/test-app.ts'
import { demoRoleClients } from '../test/role-clients.ts'
import { freshDatabase } from '../test/test-database.ts'
import { created } from '../test/workspace-fixtures.ts'
import { SHOW_PAGE_PARTS } from '../usecases/shows/show-page.ts'
import { buildApp, type App } from './app.ts'
import { resourceOfRoute } from './route-resources.ts'

/**
 * A show's page in one answer (ADR 054): for every role, on shows of every kind in the demo world
 * (public or not, on a tour or not, played or not, with a set list or not), the answer is exactly
 * what each part's own route answers that role, part by part; a part is absent exactly where its
 * route answers 403 or 404, and the whole is a 404 where the show's own route is.
 */
const api = '/api/workspaces/demo'
type Res = Awaited<ReturnType<TestClient['request']>>
const isProblem = (res: Res, status: number) => res.statusCode === status && String(res.headers['content-type']).startsWith('application/problem+json')

interface ShowFacts {
  id: string
  actId: string
  tourId: string | null
  localDate: string
  isPublic: boolean
  playedRecorded: boolean
  setlistVersionId: string | null
}

/** The address of each part's own route for a show. */
const partUrl = (part: keyof typeof SHOW_PAGE_PARTS, s: ShowFacts): string =>
  part === 'days'
    ? `${api}/days?from=${s.localDate}&to=${s.localDate}`
    : `${api}${SHOW_PAGE_PARTS[part].route
        .replace(':showId', s.id)
        .replace(':tourId', s.tourId ?? 'none')
        .replace(':actId', s.actId)}`

describe("a show's page in one answer (demo world)", () => {
  let database: Database
  let app: App
  const client = {} as Record<WorkspaceRole, TestClient>
  let shows: ShowFacts[] = []

  beforeAll(async () => {
    database = await freshDatabase()
    await loadDemoWorld(database.db, { clock: fixedClock(TEST_NOW) })
    app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent' })
    Object.assign(client, (await demoRoleClients(app)).client)
    const all: ShowFacts[] = await Promise.all(
      (await client.owner.get(`${api}/shows`)).json().map(async (s: { id: string }) => (await client.owner.get(`${api}/shows/${s.id}`)).json()),
    )
    // one show of each kind the parts depend on
    const kinds = new Map<string, ShowFacts>()
    for (const s of all) {
      const kind = [s.isPublic, s.tourId !== null, s.playedRecorded, s.setlistVersionId !== null].join()
      if (!kinds.has(kind)) kinds.set(kind, s)
    }
    shows = [...kinds.values()]
  }, 300_000)
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  it('names for each part the resource its own route is gated by', () => {
    for (const [name, part] of Object.entries(SHOW_PAGE_PARTS)) expect(resourceOfRoute(part.route), name).toBe(part.resource)
  })

  it('answers each role exactly what each part’s own route answers it, and leaves out what that route refuses or does not find', async () => {
    expect(shows.length).toBeGreaterThanOrEqual(4)
    expect(shows.some((s) => !s.isPublic) && shows.some((s) => s.playedRecorded) && shows.some((s) => s.setlistVersionId !== null)).toBe(true)
    const wrong: string[] = []
    const present = new Map<string, number>()
    for (const role of WORKSPACE_ROLES) {
      for (const s of shows) {
        const res = await client[role].get(`${api}/shows/${s.id}/page`)
        const own = await client[role].get(`${api}/shows/${s.id}`)
        if (own.statusCode !== 200) {
          if (!isProblem(res, own.statusCode)) wrong.push(`${role} ${s.id}: the show answers ${own.statusCode}, the page ${res.statusCode}`)
          continue
        }
        if (res.statusCode !== 200) {
          wrong.push(`${role} ${s.id}: page → ${res.statusCode} ${res.body.slice(0, 120)}`)
          continue
        }
        const page = res.json()
        expect(page.show).toEqual(own.json())
        for (const part of Object.keys(SHOW_PAGE_PARTS) as (keyof typeof SHOW_PAGE_PARTS)[]) {
          const route = await client[role].get(partUrl(part, s))
          if (route.statusCode === 200) {
            // a part the show says there is nothing of (no tour, nothing played) is not asked for
            if (!SHOW_PAGE_PARTS[part].wanted(page.show)) continue
            present.set(part, (present.get(part) ?? 0) + 1)
            if (JSON.stringify(page[part]) !== JSON.stringify(route.json())) wrong.push(`${role} ${s.id} ${part}: differs from ${partUrl(part, s)}`)
          } else if (route.statusCode === 403 || route.statusCode === 404) {
            if (part in page) wrong.push(`${role} ${s.id} ${part}: present, its route answers ${route.statusCode}`)
          } else wrong.push(`${role} ${s.id} ${part}: its route answers ${route.statusCode}`)
        }
      }
    }
    expect(wrong).toEqual([])
    // every part is exercised with data somewhere
    expect([...present.keys()].sort()).toEqual(Object.keys(SHOW_PAGE_PARTS).sort())
  }, 600_000)

  it('is a 404 for a show the reader may not see, and for a show that does not exist', async () => {
    const hidden = shows.find((s) => !s.isPublic)!
    expect(isProblem(await client.viewer.get(`${api}/shows/${hidden.id}/page`), 404)).toBe(true)
    expect(isProblem(await client.owner.get(`${api}/shows/01900000-0000-7000-8000-000000000000/page`), 404)).toBe(true)
  })

  it('refuses a malformed show id with a 400 problem naming the field', async () => {
    for (const bad of ['not-a-uuid', "1' or '1'='1", '%00']) {
      const res = await client.owner.get(`${api}/shows/${bad}/page`)
      expect(isProblem(res, 400), `${bad} → ${res.statusCode}`).toBe(true)
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('params.showId')
    }
  })
})

describe("a show's page in a band from zero", () => {
  it('answers a new show with nothing around it: the show, empty days and guests, the standard advance', async () => {
    const database = await freshDatabase()
    const app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent' })
    try {
      const { client, base } = await ownerWithWorkspace(app, 'Zero')
      const act = await created(client, `${base}/acts`, { name: 'First Act', kind: 'group', isInternal: true })
      const venue = await created(client, `${base}/venues`, { name: 'Hall', city: 'Chicago', country: 'US', timeZone: 'America/Chicago' })
      const show = await created(client, `${base}/shows`, {
        actId: act.id,
        venueId: venue.id,
        localDate: '2013-07-12',
        status: 'confirmed',
        announcement: 'announced',
      })
      const res = await client.get(`${base}/shows/${show.id}/page`)
      expect(res.statusCode, res.body).toBe(200)
      const page = res.json()
      expect(page.show).toEqual((await client.get(`${base}/shows/${show.id}`)).json())
      expect(page.days).toEqual([])
      expect(page.promoterLinks).toEqual([])
      expect(page.advance).toEqual((await client.get(`${base}/shows/${show.id}/advance`)).json())
      expect(page.tickets).toEqual((await client.get(`${base}/shows/${show.id}/tickets`)).json())
      expect(page.guests).toEqual((await client.get(`${base}/shows/${show.id}/guests`)).json())
      // no tour, no set list applied, nothing played: those parts are absent, as their routes are 404s
      expect(Object.keys(page).sort()).toEqual(['advance', 'days', 'guests', 'promoterLinks', 'show', 'tickets'])
    } finally {
      await app.close()
      await database.close()
    }
  }, 60_000)
})
