/**
 * Checking one new booking for conflicts against a person with 10,000 commitments (fresh in-memory
 * PGlite), p50/p95 over repeated checks, beside the same check for a person with 10 commitments
 * measured in the same run: the ratio shows what the calendar's size costs.
 */
import { uuidv7 } from 'uuidv7'
import { createDb } from '../src/db/client.ts'
import { migrate } from '../src/db/migrate.ts'
import { commitmentPeople, commitments, people, workspaces } from '../src/db/schema/index.ts'
import { fixedClock } from '../src/domain/clock.ts'
import type { Booking } from '../src/domain/conflicts.ts'
import { DEFAULT_TRAVEL_POLICY } from '../src/domain/travel-estimate.ts'
import { sweepConflicts } from '../src/domain/conflict-sweep.ts'
import { findConflicts } from '../src/usecases/calendar/find-conflicts.ts'
import type { Db } from '../src/db/client.ts'

const RUNS = 200
const START = Date.UTC(2013, 0, 1)
// Commitments every 50 minutes, 40 minutes long: a dense calendar, so the check sees real neighbours.
const STEP_MS = 50 * 60_000
const LENGTH_MS = 40 * 60_000

async function addPerson(db: Db, workspaceId: string, name: string, count: number): Promise<string> {
  const personId = uuidv7()
  const now = new Date()
  await db.insert(people).values({ workspaceId, id: personId, name, createdAt: now, updatedAt: now })
  for (let offset = 0; offset < count; offset += 500) {
    const batch = Array.from({ length: Math.min(500, count - offset) }, (_, k) => {
      const i = offset + k
      const startsAt = new Date(START + i * STEP_MS)
      const endsAt = new Date(startsAt.getTime() + LENGTH_MS)
      const day = startsAt.toISOString().slice(0, 10)
      return { id: uuidv7(), startsAt, endsAt, day }
    })
    await db.insert(commitments).values(
      batch.map((c, k) => ({
        workspaceId,
        id: c.id,
        kind: 'rehearsal',
        title: `Rehearsal ${offset + k}`,
        timeZone: 'UTC',
        startDate: c.day,
        startTime: c.startsAt.toISOString().slice(11, 16),
        endDate: c.day,
        endTime: c.endsAt.toISOString().slice(11, 16),
        startsAt: c.startsAt,
        endsAt: c.endsAt,
        latitude: 34.18,
        longitude: -118.31,
        createdAt: now,
        updatedAt: now,
      })),
    )
    await db.insert(commitmentPeople).values(batch.map((c) => ({ workspaceId, commitmentId: c.id, personId, startsAt: c.startsAt, endsAt: c.endsAt })))
  }
  return personId
}

function percentile(sorted: number[], p: number): number {
  return Number(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!.toFixed(2))
}

export interface ConflictsBench {
  commitments: number
  p50Ms: number
  p95Ms: number
  conflictsFound: number
  baselineCommitments: number
  baselineP50Ms: number
  ratio: string
}

export async function benchConflicts(): Promise<ConflictsBench> {
  const database = await createDb({ kind: 'pglite-memory' })
  try {
    await migrate(database)
    const db = database.db
    const workspaceId = uuidv7()
    await db.insert(workspaces).values({ id: workspaceId, slug: 'bench', name: 'Bench', createdAt: new Date() })
    const busy = await addPerson(db, workspaceId, 'Busy', 10_000)
    const calm = await addPerson(db, workspaceId, 'Calm', 10)
    const deps = { db, clock: fixedClock(new Date(START)), travel: DEFAULT_TRAVEL_POLICY }
    const actor = { userId: uuidv7(), workspaceId, role: 'manager' as const }
    // A show in London in the middle of the busy person's Los Angeles calendar: overlaps and travel conflicts.
    const at = START + 5_000 * STEP_MS
    const booking: Booking = {
      kind: 'show',
      id: uuidv7(),
      title: 'London',
      actId: null,
      startsAt: new Date(at),
      endsAt: new Date(at + 3 * 3_600_000),
      localDates: { first: new Date(at).toISOString().slice(0, 10), last: new Date(at).toISOString().slice(0, 10) },
      place: { latitude: 51.5, longitude: -0.13 },
    }
    const time = async (personId: string) => {
      for (let i = 0; i < 10; i++) await findConflicts(deps, actor, booking, [personId])
      const times: number[] = []
      let found = 0
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now()
        found = (await findConflicts(deps, actor, booking, [personId])).length
        times.push(performance.now() - started)
      }
      return { sorted: times.sort((a, b) => a - b), found }
    }
    const baseline = await time(calm)
    const measured = await time(busy)
    const p50 = percentile(measured.sorted, 0.5)
    const baselineP50 = percentile(baseline.sorted, 0.5)
    return {
      commitments: 10_000,
      p50Ms: p50,
      p95Ms: percentile(measured.sorted, 0.95),
      conflictsFound: measured.found,
      baselineCommitments: 10,
      baselineP50Ms: baselineP50,
      ratio: `${(p50 / baselineP50).toFixed(2)}× the 10-commitment person`,
    }
  } finally {
    await database.close()
  }
}

export interface SweepBench {
  bookings: number
  conflictsFound: number
  p50Ms: number
  p95Ms: number
  baselineP50Ms: number
  ratio: string
}

/**
 * Every conflict of a busy year (10,000 bookings, mostly in one city, every hundredth in London)
 * in one sweep, beside sorting the same bookings by start: the sweep's own first step, its floor.
 */
export function benchSweep(): SweepBench {
  const hour = 3_600_000
  const t0 = Date.UTC(2013, 6, 1)
  const la = { latitude: 34.05, longitude: -118.24 }
  const london = { latitude: 51.51, longitude: -0.13 }
  const bookings: Booking[] = Array.from({ length: 10_000 }, (_, i) => {
    const startsAt = new Date(t0 + i * 1.5 * hour)
    const day = startsAt.toISOString().slice(0, 10)
    return {
      kind: 'commitment',
      id: `c${i}`,
      title: `c${i}`,
      actId: null,
      startsAt,
      endsAt: new Date(startsAt.getTime() + hour),
      localDates: { first: day, last: day },
      place: i % 100 === 0 ? london : la,
    }
  })
  const blockouts = [{ id: 'b', startDate: '2013-07-04', endDate: '2013-07-05', reason: '' }]
  const sweepTimes: number[] = []
  const sortTimes: number[] = []
  let found = 0
  for (let run = 0; run < 30; run++) {
    let started = performance.now()
    found = sweepConflicts(bookings, blockouts, DEFAULT_TRAVEL_POLICY, { showReasons: false }).length
    sweepTimes.push(performance.now() - started)
    started = performance.now()
    ;[...bookings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    sortTimes.push(performance.now() - started)
  }
  const p50 = percentile(
    sweepTimes.sort((a, b) => a - b),
    0.5,
  )
  const baselineP50 = percentile(
    sortTimes.sort((a, b) => a - b),
    0.5,
  )
  return {
    bookings: bookings.length,
    conflictsFound: found,
    p50Ms: p50,
    p95Ms: percentile(sweepTimes, 0.95),
    baselineP50Ms: baselineP50,
    ratio: `${(p50 / baselineP50).toFixed(1)}× sorting them`,
  }
}
