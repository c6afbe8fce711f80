import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { fixedClock } from '../domain/clock.ts'
import { earliestDay, type PartialDate } from '../domain/partial-date.ts'
import { buildApp, type App } from '../http/app.ts'
import { TestClient } from '../test/test-app.ts'
import { freshDatabase } from '../test/test-database.ts'
import { loadDemoWorld } from './load-demo-world.ts'
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, world2013 } from './world-2013.ts'

/** The README's clock for the demo (GREENROOM_NOW=2013-04-15): history is dated before it, plans after it. */
const TODAY = '2013-04-15'
const NOW = new Date(`${TODAY}T12:00:00Z`)

describe('the demo on its own date', () => {
  const world = world2013
  it('dates every set-list proposal, version, answer, agreement and applied list before the day', () => {
    const data = world.setlists!
    const stamps = [
      ...data.proposals.flatMap((p) => [p.createdAt, p.updatedAt, p.agreedAt ?? p.createdAt, ...p.versions.map((v) => v.createdAt)]),
      ...data.answers.map((a) => a.at),
      ...(data.applied ?? []).map((a) => a.at),
    ]
    expect(stamps.filter((s) => s.slice(0, 10) >= TODAY)).toEqual([])
  })

  it('dates the pre-order and the pre-order chart entry before the day, and the release after it', () => {
    const editions = world.releaseGroups.flatMap((g) => g.editions)
    const preorders = editions.flatMap((e) => (e.preorderDate ? [earliestDay(e.preorderDate as PartialDate)] : []))
    expect(preorders.length).toBeGreaterThan(0)
    expect(preorders.filter((d) => d >= TODAY)).toEqual([])
    const preorderCharts = world.charts!.entries.filter((e) => e.kind === 'pre-order')
    expect(preorderCharts.filter((e) => e.chartDate >= TODAY)).toEqual([])
    expect(editions.filter((e) => e.preorderDate && e.releaseDate && e.releaseDate <= TODAY).map((e) => e.name)).toEqual([])
  })
})

// The same, as a member sees it in the product on that day: a band in the middle of its spring.
describe('the demo on its own date, in the product', () => {
  const api = '/api/workspaces/demo'
  let database: Database
  let app: App
  let james: TestClient

  beforeAll(async () => {
    database = await freshDatabase()
    await loadDemoWorld(database.db, { clock: fixedClock(NOW) })
    app = await buildApp({ database, clock: fixedClock(NOW), logLevel: 'silent' })
    james = new TestClient(app)
    expect((await james.post('/api/auth/login', { email: `james@${DEMO_EMAIL_DOMAIN}`, password: DEMO_PASSWORD })).statusCode).toBe(200)
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  interface Voter {
    name: string
    answer: string | null
  }
  interface ProposalView {
    title: string
    status: string
    createdAt: string
    consensus: { voters: Voter[]; approvals: number; needed: number; isMet: boolean }
    latestVersion: { violations: { rule: string; message: string }[]; answers: { createdAt: string }[] }
  }

  it('has a proposal sent round before the day that waits for two members’ answers, breaking none of the act’s rules', async () => {
    const open = (await james.get(`${api}/setlists/proposals?status=open`)).json() as { id: string }[]
    const views = await Promise.all(open.map(async (p) => (await james.get(`${api}/setlists/proposals/${p.id}`)).json() as ProposalView))
    const waiting = views.filter((p) => p.consensus.voters.filter((v) => v.answer === null).length === 2)
    expect(waiting.map((p) => p.title)).toHaveLength(1)
    const [proposal] = waiting
    expect(
      proposal!.consensus.voters
        .filter((v) => v.answer === null)
        .map((v) => v.name)
        .sort(),
    ).toEqual(['James Maslow', 'Logan Henderson'])
    expect(proposal!.consensus).toMatchObject({ approvals: 2, needed: 4, isMet: false })
    expect(proposal!.latestVersion.violations).toEqual([])
    expect(proposal!.createdAt.slice(0, 10) < TODAY).toBe(true)
    expect(proposal!.latestVersion.answers.filter((a) => a.createdAt.slice(0, 10) >= TODAY)).toEqual([])
  })

  it('applies the agreed summer list to every show of the first leg, and to no show of the later legs yet', async () => {
    const agreed = (await james.get(`${api}/setlists/proposals?status=agreed`)).json() as { id: string; title: string }[]
    const summer = (await james.get(`${api}/setlists/proposals/${agreed.find((p) => /Summer Break/.test(p.title))!.id}`)).json() as {
      agreedVersionId: string
      targetId: string
    }
    const tour = (await james.get(`${api}/tours/${summer.targetId}`)).json() as {
      shows: { id: string; localDate: string; legId: string | null; status: string }[]
    }
    const upcoming = tour.shows.filter((s) => s.localDate > TODAY && s.status !== 'cancelled').sort((a, b) => a.localDate.localeCompare(b.localDate))
    const firstLeg = upcoming[0]!.legId
    expect(firstLeg).not.toBeNull()
    /** The version applied to a show, or null when none is (an absent set list is not an error to fail on). */
    const appliedTo = async (showId: string) => {
      const res = await james.get(`${api}/shows/${showId}/setlist`)
      expect([200, 204, 404]).toContain(res.statusCode)
      return res.statusCode === 200 ? ((res.json() as { id: string } | null)?.id ?? null) : null
    }
    const applied = await Promise.all(upcoming.map(async (s) => ({ leg: s.legId, version: await appliedTo(s.id) })))
    const inFirstLeg = applied.filter((a) => a.leg === firstLeg)
    expect(inFirstLeg.length).toBeGreaterThan(1)
    expect(inFirstLeg.map((a) => a.version)).toEqual(inFirstLeg.map(() => summer.agreedVersionId))
    const later = applied.filter((a) => a.leg !== firstLeg)
    expect(later.length).toBeGreaterThan(0)
    expect(later.map((a) => a.version)).toEqual(later.map(() => null))
  })
})
