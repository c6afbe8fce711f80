import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import type { Database } from '../db/client.ts'
import * as schema from '../db/schema/index.ts'
import { DEFAULT_TRAVEL_POLICY } from '../domain/travel-estimate.ts'
import { fixedClock } from '../domain/clock.ts'
import { CWR21_LAYOUTS } from '../interop/cwr/layout.ts'
import { parseCwr } from '../interop/cwr/transmission.ts'
import { freshDatabase } from '../test/test-database.ts'
import type { Actor, Deps } from '../usecases/deps.ts'
import { exportCwrSubmission } from '../usecases/publishing/cwr.ts'
import { getWorkPublishing } from '../usecases/publishing/work-publishing.ts'
import { demoWorldIssues } from './demo-world-issues.ts'
import { loadDemoWorld, type LoadedDemoWorld } from './load-demo-world.ts'
import { world2013 as world, type DemoWorld } from './world-2013.ts'

describe('the 2013 demo world: publishing', () => {
  it('leaves Kendall without a deal (world.md) and marks the invented publishing as invented', () => {
    const p = world.publishing!
    expect(p.deals.map((d) => d.person)).not.toContain('kendall')
    expect(p.parties.every((o) => o.invented?.includes('record'))).toBe(true)
    expect(p.deals.every((d) => d.invented?.length)).toBe(true)
    expect(p.works).not.toContain('like-nobodys-around')
    expect(demoWorldIssues(world)).toEqual([])
  })

  it('refuses unknown refs, a bad IPI and deals above the writer’s share', () => {
    const p = world.publishing!
    const broken: DemoWorld = {
      ...world,
      publishing: {
        ...p,
        submitter: 'nobody',
        parties: [{ ...p.parties[0]!, ipiNameNumber: '123' }, p.parties[1]!],
        deals: [{ ...p.deals[0]!, prOfShare: 60 }],
        works: [...p.works, 'no-such-song'],
      },
    }
    const paths = demoWorldIssues(broken).map((i) => i.path)
    expect(paths).toEqual(expect.arrayContaining(['publishing.submitter', 'publishing.parties.0.ipiNameNumber', `publishing.works.${p.works.length}`]))
    expect(demoWorldIssues(broken).some((i) => /prSharePercent/.test(i.message))).toBe(true)
  })

  describe('loaded', () => {
    let database: Database
    let loaded: LoadedDemoWorld
    let deps: Deps
    let actor: Actor
    const workId = async (title: string) => (await database.db.select({ id: schema.works.id }).from(schema.works).where(eq(schema.works.title, title)))[0]!.id

    beforeAll(async () => {
      database = await freshDatabase()
      loaded = await loadDemoWorld(database.db, { clock: fixedClock(new Date('2013-04-15T12:00:00Z')) })
      deps = { db: database.db, clock: fixedClock(new Date('2013-06-20T09:30:00Z')), travel: DEFAULT_TRAVEL_POLICY }
      const [user] = await database.db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, 'sam@demo.greenroom.test'))
      actor = { userId: user!.id, workspaceId: loaded.workspaceId, role: 'owner' }
    })
    afterAll(async () => {
      await database.close()
    })

    it('loads the publishers, the submitter, the writers’ profiles and the album songs’ deals in the one demo transaction', () => {
      expect(loaded.rows).toMatchObject({ publishingOrganizations: 2, publishingSettings: 1, writerProfiles: 4 })
      expect(loaded.rows.workPublishing).toBeGreaterThanOrEqual(10)
      expect(loaded.rows.writerPublishers).toBeGreaterThan(loaded.rows.workPublishing)
    })

    it('reads a band song’s publishing: members controlled by their publisher, Kendall unpublished', async () => {
      const p = await getWorkPublishing(deps, actor, await workId('24/Seven'))
      expect(p.version).toBe(1)
      const byName = new Map(p.writers.map((w) => [w.personName, w]))
      expect(byName.get('James Maslow')).toMatchObject({
        controlled: true,
        publisher: { name: 'Rush Hour Songs' },
        administrator: { name: 'Northstar Music Administration' },
        prSharePercent: 12.5,
        mrSharePercent: 25,
        writerPrSharePercent: 12.5,
        society: 'BMI',
      })
      expect(byName.get('Kendall Schmidt')).toMatchObject({ controlled: false, publisher: null, prSharePercent: 0, writerPrSharePercent: 25, society: 'ASCAP' })
    })

    it('exports the demo catalogue as CWR that re-parses at the real files’ layout, totals 100 % per work', async () => {
      const result = await exportCwrSubmission(deps, actor)
      expect(result.fileName).toBe('CW130001NSM_000.V21')
      const { transmission, issues } = parseCwr(result.text)
      expect(issues).toEqual([])
      for (const line of result.text.split('\r\n').slice(0, -1)) expect(line.length).toBe(CWR21_LAYOUTS.get(line.slice(0, 3))!.length)
      expect(transmission!.header.fields).toMatchObject({ senderType: 'PB', senderId: 470215536, senderName: 'NORTHSTAR MUSIC ADMINISTRATION' })
      const transactions = transmission!.groups.flatMap((g) => g.transactions)
      expect(transactions.length).toBe(result.works.length)
      expect(result.works.length).toBeGreaterThan(15)
      for (const t of transactions) {
        const parties = t.details.filter((d) => ['SPU', 'OPU', 'SWR', 'OWR'].includes(d.recordType))
        expect(
          parties.reduce((n, d) => n + (d.fields['prOwnershipShare'] as number), 0),
          String(t.header.fields['workTitle']),
        ).toBe(10_000)
      }
      const confetti = transactions.find((t) => t.header.fields['workTitle'] === 'CONFETTI FALLING')!
      // one chain (Rush Hour Songs administered by Northstar) for the three members who wrote it
      expect(confetti.details.map((d) => d.recordType)).toEqual(['SPU', 'SPU', 'SPT', 'SWR', 'SWT', 'PWR', 'SWR', 'SWT', 'PWR', 'SWR', 'SWT', 'PWR'])
      expect(confetti.details[0]!.fields).toMatchObject({
        publisherName: 'RUSH HOUR SONGS',
        publisherType: 'E',
        prOwnershipShare: 5000,
        mrOwnershipShare: 10_000,
      })
      expect(confetti.details[2]!.fields).toMatchObject({
        interestedPartyNumber: confetti.details[1]!.fields['interestedPartyNumber'],
        prCollectionShare: 5000,
      })
      const weAre = transactions.find((t) => t.header.fields['workTitle'] === 'WE ARE')!
      expect(weAre.details.map((d) => d.recordType)).toEqual(['OWR'])
    })
  })
})
