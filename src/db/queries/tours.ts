import { and, asc, count, eq, ilike, inArray, max, min, type SQL } from 'drizzle-orm'
import type { z } from 'zod'
import type { Db } from '../client.ts'
import { acts, shows, tourLegs, tours } from '../schema/index.ts'
import type { Tour, TourListEntrySchema } from '../../contract/touring.ts'
import { likePattern } from './people.ts'
import { listShowSummaries } from './shows.ts'

export type TourListEntry = z.infer<typeof TourListEntrySchema>

interface DateStats {
  showCount: number
  firstDate: string | null
  lastDate: string | null
}

const noShows: DateStats = { showCount: 0, firstDate: null, lastDate: null }

/** How many shows, and the first and last local date, per tour or per leg. */
async function showStats(db: Db, workspaceId: string, by: 'tour' | 'leg', ids: string[]): Promise<Map<string, DateStats>> {
  if (ids.length === 0) return new Map()
  const key = by === 'tour' ? shows.tourId : shows.legId
  const rows = await db
    .select({ id: key, n: count(), firstDate: min(shows.localDate), lastDate: max(shows.localDate) })
    .from(shows)
    .where(and(eq(shows.workspaceId, workspaceId), inArray(key, ids)))
    .groupBy(key)
  return new Map(rows.map((r) => [r.id!, { showCount: Number(r.n), firstDate: r.firstDate, lastDate: r.lastDate }]))
}

/** Tours of a workspace with show counts and date ranges, earliest first (tours without shows last, by name). */
export async function listTours(db: Db, workspaceId: string, opts: { q?: string; actId?: string } = {}): Promise<TourListEntry[]> {
  const where: SQL[] = [eq(tours.workspaceId, workspaceId)]
  if (opts.q) where.push(ilike(tours.name, likePattern(opts.q)))
  if (opts.actId) where.push(eq(tours.actId, opts.actId))
  const rows = await db
    .select({ id: tours.id, name: tours.name, actName: acts.name })
    .from(tours)
    .innerJoin(acts, and(eq(acts.workspaceId, tours.workspaceId), eq(acts.id, tours.actId)))
    .where(and(...where))
    .orderBy(asc(tours.name), asc(tours.id))
  const stats = await showStats(
    db,
    workspaceId,
    'tour',
    rows.map((r) => r.id),
  )
  const entries = rows.map((r) => ({ ...r, ...(stats.get(r.id) ?? noShows) }))
  // A stable sort keeps names in order among tours of the same first date.
  return entries.sort((a, b) => (a.firstDate ?? '\uffff').localeCompare(b.firstDate ?? '\uffff'))
}

/** A tour as one document: its legs in order with their show counts and dates, and all its shows in time order. */
export async function getTour(db: Db, workspaceId: string, id: string): Promise<Tour | null> {
  const [t] = await db
    .select({ id: tours.id, actId: tours.actId, actName: acts.name, name: tours.name, notes: tours.notes, version: tours.version })
    .from(tours)
    .innerJoin(acts, and(eq(acts.workspaceId, tours.workspaceId), eq(acts.id, tours.actId)))
    .where(and(eq(tours.workspaceId, workspaceId), eq(tours.id, id)))
  if (!t) return null
  const legs = await listLegs(db, workspaceId, id)
  const stats = await showStats(
    db,
    workspaceId,
    'leg',
    legs.map((l) => l.id),
  )
  return {
    ...t,
    legs: legs.map((l) => ({ ...l, ...(stats.get(l.id) ?? noShows) })),
    shows: await listShowSummaries(db, workspaceId, { tourId: id }),
  }
}

async function listLegs(db: Db, workspaceId: string, tourId: string) {
  return db
    .select({ id: tourLegs.id, name: tourLegs.name, notes: tourLegs.notes })
    .from(tourLegs)
    .where(and(eq(tourLegs.workspaceId, workspaceId), eq(tourLegs.tourId, tourId)))
    .orderBy(asc(tourLegs.position))
}

/** What an edit of a tour needs to know: its version and its legs with how many shows each has (null when there is no such tour). */
export async function tourShape(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<{ version: number; legs: { id: string; name: string; showCount: number }[] } | null> {
  const [t] = await db
    .select({ version: tours.version })
    .from(tours)
    .where(and(eq(tours.workspaceId, workspaceId), eq(tours.id, id)))
  if (!t) return null
  const legs = await listLegs(db, workspaceId, id)
  const stats = await showStats(
    db,
    workspaceId,
    'leg',
    legs.map((l) => l.id),
  )
  return { version: t.version, legs: legs.map((l) => ({ id: l.id, name: l.name, showCount: stats.get(l.id)?.showCount ?? 0 })) }
}

/** The tour a leg belongs to, or null when the workspace has no such leg. */
export async function findLegTourId(db: Db, workspaceId: string, legId: string): Promise<string | null> {
  const [row] = await db
    .select({ tourId: tourLegs.tourId })
    .from(tourLegs)
    .where(and(eq(tourLegs.workspaceId, workspaceId), eq(tourLegs.id, legId)))
  return row?.tourId ?? null
}

/** Whether the workspace has this tour. */
export async function tourExists(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: tours.id })
    .from(tours)
    .where(and(eq(tours.workspaceId, workspaceId), eq(tours.id, id)))
  return row !== undefined
}
