/**
 * The public .ics of an act with 500 shows across 20 time zones (fresh in-memory PGlite): the time
 * to build it (query, visibility rule, iCalendar with VTIMEZONEs) per feed, p50, and its size,
 * beside a baseline measured in the same run: JSON.stringify of the same 500 shows.
 */
import { createDb } from '../src/db/client.ts'
import { migrate } from '../src/db/migrate.ts'
import { listShowsOfAct } from '../src/db/queries/public-shows.ts'
import { fixedClock } from '../src/domain/clock.ts'
import { DEFAULT_TRAVEL_POLICY } from '../src/domain/travel-estimate.ts'
import { actShowsCalendar } from '../src/interop/icalendar/show-calendars.ts'
import { addAct, addShow, addVenue, addWorkspace } from '../src/test/public-show-rows.ts'
import { publicShowsCalendar } from '../src/usecases/public/list-public-shows.ts'

const SHOWS = 500
const RUNS = 30
const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Toronto',
  'America/Mexico_City',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
  'America/Santiago',
  'America/Bogota',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Stockholm',
  'Europe/Moscow',
  'Asia/Tokyo',
  'Asia/Manila',
  'Australia/Sydney',
  'Pacific/Auckland',
  'Africa/Johannesburg',
]

export interface FeedsBench {
  shows: number
  zones: number
  icsP50Ms: number
  writeOnlyP50Ms: number
  icsBytes: number
  jsonP50Ms: number
  jsonBytes: number
  ratio: string
}

async function p50(run: () => unknown | Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await run()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    await run()
    times.push(performance.now() - started)
  }
  return Number(times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!.toFixed(2))
}

export async function benchFeeds(): Promise<FeedsBench> {
  const database = await createDb({ kind: 'pglite-memory' })
  try {
    await migrate(database)
    const db = database.db
    const ws = await addWorkspace(db, 'bench')
    const act = await addAct(db, ws, { slug: 'big-time-rush', name: 'Big Time Rush' })
    const support = await addAct(db, ws, { slug: 'victoria-justice', name: 'Victoria Justice', isInternal: false })
    const venues = await Promise.all(
      ZONES.map((zone, i) =>
        addVenue(db, ws, {
          name: `Arena ${i + 1}`,
          address: `${i + 1} Main Street`,
          city: zone.split('/').pop()!.replace(/_/g, ' '),
          country: 'US',
          timeZone: zone,
          latitude: 10 + i,
          longitude: -60 + i * 5,
        }),
      ),
    )
    for (let i = 0; i < SHOWS; i++) {
      const day = new Date(Date.UTC(2013, 0, 1) + i * 1.4 * 86_400_000).toISOString().slice(0, 10)
      await addShow(db, ws, {
        actId: act,
        venueId: venues[i % ZONES.length]!,
        timeZone: ZONES[i % ZONES.length]!,
        localDate: day,
        doors: '18:30',
        setStart: '20:00',
        curfew: '23:00',
        status: i % 25 === 0 ? 'cancelled' : 'confirmed',
        version: 1 + (i % 4),
        billing: i % 2 ? [{ actId: support, role: 'support' }] : [],
      })
    }
    const deps = { db, clock: fixedClock(new Date('2013-04-15T12:00:00Z')), travel: DEFAULT_TRAVEL_POLICY }
    const ics = (await publicShowsCalendar(deps, { workspaceSlug: 'bench', actSlug: 'big-time-rush' })).ics
    const rows = await listShowsOfAct(db, { workspaceId: ws, id: act })
    const json = JSON.stringify(rows)
    const icsP50Ms = await p50(() => publicShowsCalendar(deps, { workspaceSlug: 'bench', actSlug: 'big-time-rush' }))
    const writeOnlyP50Ms = await p50(() => actShowsCalendar({ actName: 'Big Time Rush', shows: rows, stamp: new Date() }))
    const jsonP50Ms = await p50(() => JSON.stringify(rows))
    return {
      shows: rows.length,
      zones: ZONES.length,
      icsP50Ms,
      writeOnlyP50Ms,
      icsBytes: Buffer.byteLength(ics),
      jsonP50Ms,
      jsonBytes: Buffer.byteLength(json),
      ratio: `${(icsP50Ms / Math.max(jsonP50Ms, 0.01)).toFixed(0)}× JSON.stringify`,
    }
  } finally {
    await database.close()
  }
}
