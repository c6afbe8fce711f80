import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import type { Database } from '../db/client.ts'
import * as schema from '../db/schema/index.ts'
import { DEFAULT_TRAVEL_POLICY } from '../domain/travel-estimate.ts'
import { fixedClock } from '../domain/clock.ts'
import { freshDatabase } from '../test/test-database.ts'
import type { Actor, Deps } from '../usecases/deps.ts'
import { listExpiringHolds } from '../usecases/rights/list-expiring-holds.ts'
import { listMyFreeWorks } from '../usecases/rights/list-free-works.ts'
import { getWorkAvailability } from '../usecases/rights/list-holds.ts'
import { listPitches } from '../usecases/rights/list-pitches.ts'
import { demoWorldIssues } from './demo-world-issues.ts'
import { loadDemoWorld, type LoadedDemoWorld } from './load-demo-world.ts'
import { world2013 as world, type DemoWorld } from './world-2013.ts'

describe('the 2013 demo world: who holds the songs', () => {
  it("puts Kendall's unused album song under the label's option for six months after the album", () => {
    const option = world.rights!.holds.find((h) => h.work === 'halfway-there' && h.kind === 'option')!
    expect(option).toMatchObject({ holder: { organization: 'label' }, startsOn: '2013-06-11', period: { months: 6 } })
    expect(world.works.find((w) => w.ref === 'halfway-there')!.writers.map((w) => w.person)).toEqual(['kendall'])
    expect(world.rights!.pitches).toEqual([expect.objectContaining({ work: 'chasing-daylight', act: 'ellen-levann', status: 'recorded' })])
    expect(demoWorldIssues(world)).toEqual([])
  })

  it('refuses overlapping exclusive holds, an end before the start, an unknown holder and a pitch into an exclusive hold', () => {
    const exclusive = { work: 'we-are', holder: { act: 'ellen-levann' }, kind: 'exclusive' as const, startsOn: '2013-01-01', endsOn: '2013-03-01' }
    const broken: DemoWorld = {
      ...world,
      rights: {
        organizations: [],
        holds: [
          exclusive,
          { ...exclusive, holder: { organization: 'nobody' }, startsOn: '2013-02-01' },
          { ...exclusive, kind: 'option', endsOn: '2012-12-31' },
        ],
        pitches: [{ work: 'we-are', artistName: 'Someone', status: 'pitched', pitchedOn: '2013-02-01' }],
      },
    }
    expect(demoWorldIssues(broken).map((i) => i.path)).toEqual(
      expect.arrayContaining(['rights.holds.1.holder', 'rights.holds.1.startsOn', 'rights.holds.2.endsOn', 'rights.pitches.0.pitchedOn']),
    )
  })

  describe('loaded', () => {
    let database: Database
    let loaded: LoadedDemoWorld
    const deps = (day: string): Deps => ({ db: database.db, clock: fixedClock(new Date(`${day}T12:00:00Z`)), travel: DEFAULT_TRAVEL_POLICY })
    const actorOf = async (email: string, role: Actor['role']): Promise<Actor> => {
      const [user] = await database.db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, email))
      return { userId: user!.id, workspaceId: loaded.workspaceId, role }
    }
    const workId = async (title: string) => (await database.db.select({ id: schema.works.id }).from(schema.works).where(eq(schema.works.title, title)))[0]!.id

    beforeAll(async () => {
      database = await freshDatabase()
      loaded = await loadDemoWorld(database.db, { clock: fixedClock(new Date('2013-04-15T12:00:00Z')) })
    })
    afterAll(async () => {
      await database.close()
    })

    it('loads the label, the network, the holds and the pitch', () => {
      expect(loaded.rows.organizations).toBe(2)
      expect(loaded.rows.workHolds).toBe(18)
      expect(loaded.rows.pitches).toBe(1)
    })

    it('on the demo day (2013-04-15) shows Kendall only the Heffron Drive songs as free', async () => {
      const kendall = await actorOf('kendall@demo.greenroom.test', 'member')
      const free = await listMyFreeWorks(deps('2013-04-15'), kendall)
      expect(free.works.map((w) => [w.title, w.availability.text])).toEqual([
        ['Nightdrive', 'free and clear'],
        ['Passing Through', 'free and clear'],
        ['Rooftop Summer', 'free and clear'],
      ])
      const halfway = await getWorkAvailability(deps('2013-04-15'), kendall, await workId('Halfway There'))
      expect(halfway.availability.text).toBe('held by Columbia Records (hold) until 2013-06-10')
      // The option follows at once: the song is free only after it.
      expect(halfway.freeOn).toBe('2013-12-12')
      const weAre = await getWorkAvailability(deps('2013-04-15'), kendall, await workId('We Are'))
      expect(weAre.availability.text).toBe('held by Columbia Records (first use) until 2013-06-10')
    })

    it("holds the unused song under the label's option until 2013-12-11, and Kendall sees it free from 2013-12-12", async () => {
      const kendall = await actorOf('kendall@demo.greenroom.test', 'member')
      const id = await workId('Halfway There')
      expect((await getWorkAvailability(deps('2013-12-11'), kendall, id)).availability.text).toBe('held by Columbia Records (option) until 2013-12-11')
      expect((await getWorkAvailability(deps('2013-12-12'), kendall, id)).availability.text).toBe('free and clear since 2013-12-12')
      const free = await listMyFreeWorks(deps('2013-12-12'), kendall)
      expect(free.works.map((w) => w.title)).toContain('Halfway There')
      expect(free.works.map((w) => w.title)).not.toContain('Chasing Daylight')
      const reminders = await listExpiringHolds(deps('2013-11-20'), kendall, 30)
      expect(reminders).toEqual([expect.objectContaining({ workTitle: 'Halfway There', kind: 'option', endsOn: '2013-12-11', daysLeft: 21, isMine: true })])
    })

    it('shows the manager the first single’s first-use hold ending soon, cut short by its release in April', async () => {
      const sam = await actorOf('sam@demo.greenroom.test', 'owner')
      const soon = await listExpiringHolds(deps('2013-04-15'), sam, 30)
      // Released in "2013-04": certainly out by 2013-04-30, so the label's first use ends the day before.
      expect(soon).toEqual([
        expect.objectContaining({ workTitle: "Like Nobody's Around", kind: 'first-use', endsOn: '2013-04-29', daysLeft: 14, isMine: false }),
      ])
    })

    it('records the song Kendall wrote for Ellen Levann as pitched, recorded, and hers to release first', async () => {
      const kendall = await actorOf('kendall@demo.greenroom.test', 'member')
      const id = await workId('Chasing Daylight')
      expect(await listPitches(deps('2013-04-15'), kendall, id)).toEqual([
        expect.objectContaining({ artistName: 'Ellen Levann', status: 'recorded', pitchedOn: '2013-01-15', statusOn: '2013-03-20' }),
      ])
      expect((await getWorkAvailability(deps('2013-04-15'), kendall, id)).availability.text).toBe('held by Ellen Levann (first use) until 2014-03-20')
    })
  })
})
