import { and, asc, desc, eq, inArray, isNotNull, lt, lte, max, min, sql } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { playedSetlists, recordings, shows, tours, venues, works } from '../schema/index.ts'
import type { SetlistEntry } from '../../contract/setlists.ts'

export type PlayedRow = Omit<typeof playedSetlists.$inferSelect, 'entries'> & { entries: SetlistEntry[] }

const NO_ID = '00000000-0000-0000-0000-000000000000'
const someIds = (ids: readonly string[]) => (ids.length ? [...ids] : [NO_ID])
const toPlayed = (r: typeof playedSetlists.$inferSelect): PlayedRow => ({ ...r, entries: r.entries as SetlistEntry[] })
const venueOfShow = and(eq(venues.workspaceId, shows.workspaceId), eq(venues.id, shows.venueId))
const showOfPlayed = and(eq(shows.workspaceId, playedSetlists.workspaceId), eq(shows.id, playedSetlists.showId))

export async function getPlayedRow(db: Db, workspaceId: string, showId: string): Promise<PlayedRow | null> {
  const [row] = await db
    .select()
    .from(playedSetlists)
    .where(and(eq(playedSetlists.workspaceId, workspaceId), eq(playedSetlists.showId, showId)))
  return row ? toPlayed(row) : null
}

/** The first record of a show's played list; 0 rows when someone recorded it meanwhile. */
export async function insertPlayed(
  db: Db,
  row: { workspaceId: string; showId: string; entries: SetlistEntry[]; recordedBy: string; recordedAt: Date },
): Promise<number> {
  const inserted = await db
    .insert(playedSetlists)
    .values({ ...row, source: 'recorded', version: 1 })
    .onConflictDoNothing()
    .returning({ showId: playedSetlists.showId })
  return inserted.length
}

/** Replaces the entries under their version (source and source id stay: an imported list corrected by hand is still that import). */
export async function updatePlayed(
  db: Db,
  row: { workspaceId: string; showId: string; version: number; entries: SetlistEntry[]; recordedBy: string; recordedAt: Date },
): Promise<number> {
  const updated = await db
    .update(playedSetlists)
    .set({ entries: row.entries, recordedBy: row.recordedBy, recordedAt: row.recordedAt, version: sql`${playedSetlists.version} + 1` })
    .where(and(eq(playedSetlists.workspaceId, row.workspaceId), eq(playedSetlists.showId, row.showId), eq(playedSetlists.version, row.version)))
    .returning({ showId: playedSetlists.showId })
  return updated.length
}

export interface PlayRow {
  showId: string
  localDate: string
  startsAt: Date
  tourId: string | null
  venueName: string
  city: string
  country: string
  entries: SetlistEntry[]
}

/** Every played list of the act's shows (as headliner), newest first. */
export async function listActPlays(db: Db, workspaceId: string, actId: string): Promise<PlayRow[]> {
  const rows = await db
    .select({
      showId: shows.id,
      localDate: shows.localDate,
      startsAt: shows.startsAt,
      tourId: shows.tourId,
      venueName: venues.name,
      city: venues.city,
      country: venues.country,
      entries: playedSetlists.entries,
    })
    .from(playedSetlists)
    .innerJoin(shows, showOfPlayed)
    .innerJoin(venues, venueOfShow)
    .where(and(eq(playedSetlists.workspaceId, workspaceId), eq(shows.actId, actId)))
    .orderBy(desc(shows.startsAt), desc(shows.id))
  return rows.map((r) => ({ ...r, entries: r.entries as SetlistEntry[] }))
}

/** The act's current or most recent tour: of the tours whose first show is on or before `today`, the one that started last. */
export async function currentTourOf(db: Db, workspaceId: string, actId: string, today: string): Promise<{ id: string; name: string } | null> {
  const first = min(shows.localDate)
  const [row] = await db
    .select({ id: tours.id, name: tours.name })
    .from(shows)
    .innerJoin(tours, and(eq(tours.workspaceId, shows.workspaceId), eq(tours.id, shows.tourId)))
    .where(and(eq(shows.workspaceId, workspaceId), eq(tours.actId, actId)))
    .groupBy(tours.id, tours.name)
    .having(lte(first, today))
    .orderBy(desc(first), desc(tours.id))
    .limit(1)
  return row ?? null
}

/** Display titles of recordings (their own title, or their work's). */
export async function recordingTitles(db: Db, workspaceId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: recordings.id, title: sql<string>`coalesce(${recordings.title}, ${works.title})` })
    .from(recordings)
    .innerJoin(works, and(eq(works.workspaceId, recordings.workspaceId), eq(works.id, recordings.workId)))
    .where(and(eq(recordings.workspaceId, workspaceId), inArray(recordings.id, someIds(ids))))
  return new Map(rows.map((r) => [r.id, r.title]))
}

export async function getRecordingAct(db: Db, workspaceId: string, recordingId: string): Promise<{ actId: string } | null> {
  const [row] = await db
    .select({ actId: recordings.actId })
    .from(recordings)
    .where(and(eq(recordings.workspaceId, workspaceId), eq(recordings.id, recordingId)))
  return row ?? null
}

/**
 * The played lists of the act's most recent tour whose last show started before `before`
 * (one query); null when no tour of the act ended by then, [] when that tour has no played lists.
 */
export async function lastTourPlayedEntries(db: Db, workspaceId: string, actId: string, before: Date): Promise<SetlistEntry[][] | null> {
  const last = max(shows.startsAt)
  const lastTour = db
    .select({ tourId: shows.tourId })
    .from(shows)
    .where(and(eq(shows.workspaceId, workspaceId), eq(shows.actId, actId), isNotNull(shows.tourId)))
    .groupBy(shows.tourId)
    .having(sql`${last} < ${before.toISOString()}::timestamptz`)
    .orderBy(desc(last), desc(shows.tourId))
    .limit(1)
    .as('last_tour')
  const rows = await db
    .select({ tourId: lastTour.tourId, entries: playedSetlists.entries })
    .from(lastTour)
    .leftJoin(shows, and(eq(shows.workspaceId, workspaceId), eq(shows.tourId, lastTour.tourId), eq(shows.actId, actId)))
    .leftJoin(playedSetlists, showOfPlayed)
  if (rows.length === 0) return null
  return rows.flatMap((r) => (r.entries ? [r.entries as SetlistEntry[]] : []))
}

/** The act's most recent played list in a city (city and country, case-insensitive city) at a show that started before `before`. */
export async function lastPlayedInCity(
  db: Db,
  workspaceId: string,
  actId: string,
  place: { city: string; country: string; before: Date },
): Promise<SetlistEntry[] | null> {
  const [row] = await db
    .select({ entries: playedSetlists.entries })
    .from(playedSetlists)
    .innerJoin(shows, showOfPlayed)
    .innerJoin(venues, venueOfShow)
    .where(
      and(
        eq(playedSetlists.workspaceId, workspaceId),
        eq(shows.actId, actId),
        lt(shows.startsAt, place.before),
        sql`lower(trim(${venues.city})) = lower(trim(${place.city}))`,
        eq(venues.country, place.country),
      ),
    )
    .orderBy(desc(shows.startsAt), desc(shows.id))
    .limit(1)
  return row ? (row.entries as SetlistEntry[]) : null
}

/** When the first show of a leg or tour starts; null when it has no shows. */
export async function firstShowStart(db: Db, workspaceId: string, kind: 'leg' | 'tour', id: string): Promise<Date | null> {
  const column = kind === 'leg' ? shows.legId : shows.tourId
  const [row] = await db
    .select({ first: min(shows.startsAt) })
    .from(shows)
    .where(and(eq(shows.workspaceId, workspaceId), eq(column, id)))
  return row?.first ?? null
}

/** An act's played set lists with their show, venue and tour name: newest day first, then by source id, start and show. */
export async function playedSetlistsOfAct(db: Db, workspaceId: string, actId: string) {
  return db
    .select({ show: shows, venue: venues, tourName: tours.name, played: playedSetlists })
    .from(playedSetlists)
    .innerJoin(shows, showOfPlayed)
    .innerJoin(venues, venueOfShow)
    .leftJoin(tours, and(eq(tours.workspaceId, shows.workspaceId), eq(tours.id, shows.tourId)))
    .where(and(eq(playedSetlists.workspaceId, workspaceId), eq(shows.actId, actId)))
    .orderBy(desc(shows.localDate), asc(playedSetlists.sourceId), desc(shows.startsAt), asc(shows.id))
}
