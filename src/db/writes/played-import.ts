import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { acts, playedSetlists, recordings, shows, tours, venues, works, workspaces } from '../schema/index.ts'

/**
 * How an import of played set lists (setlist.fm) finds and stores its acts, venues, tours, shows
 * and what was played, inside the caller's transaction. The use case decides what to match or create.
 */

export async function workspaceExists(tx: Db, workspaceId: string): Promise<boolean> {
  const [ws] = await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, workspaceId))
  return Boolean(ws)
}

/** Of these ids of a source, the ones already imported as played set lists. */
export async function importedSourceIds(tx: Db, workspaceId: string, source: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return []
  const rows = await tx
    .select({ sourceId: playedSetlists.sourceId })
    .from(playedSetlists)
    .where(and(eq(playedSetlists.workspaceId, workspaceId), eq(playedSetlists.source, source), inArray(playedSetlists.sourceId, ids)))
  return rows.flatMap((r) => (r.sourceId === null ? [] : [r.sourceId]))
}

type ActHead = { id: string; name: string; description: string }
const actHead = { id: acts.id, name: acts.name, description: acts.description }

export async function actHeadBySlug(tx: Db, workspaceId: string, slug: string): Promise<ActHead | null> {
  const [row] = await tx
    .select(actHead)
    .from(acts)
    .where(and(eq(acts.workspaceId, workspaceId), eq(acts.slug, slug)))
  return row ?? null
}

/** The oldest act of this name, case aside. */
export async function actHeadByName(tx: Db, workspaceId: string, name: string): Promise<ActHead | null> {
  const [row] = await tx
    .select(actHead)
    .from(acts)
    .where(and(eq(acts.workspaceId, workspaceId), sql`lower(${acts.name}) = lower(${name})`))
    .orderBy(acts.createdAt)
    .limit(1)
  return row ?? null
}

export async function actSlugsOf(tx: Db, workspaceId: string): Promise<string[]> {
  return (await tx.select({ slug: acts.slug }).from(acts).where(eq(acts.workspaceId, workspaceId))).map((r) => r.slug)
}

/** A group the band does not belong to (isInternal false). */
export async function insertExternalGroup(tx: Db, act: { workspaceId: string; id: string; slug: string; name: string; description: string }, now: Date) {
  await tx.insert(acts).values({ ...act, kind: 'group', isInternal: false, createdAt: now, updatedAt: now })
}

/** The first venue of this name in this city, case aside. */
export async function venueByNameInCity(tx: Db, workspaceId: string, name: string, city: string) {
  const [found] = await tx
    .select()
    .from(venues)
    .where(and(eq(venues.workspaceId, workspaceId), sql`lower(${venues.name}) = lower(${name})`, sql`lower(${venues.city}) = lower(${city})`))
    .limit(1)
  return found ?? null
}

export async function insertVenue(tx: Db, row: typeof venues.$inferInsert): Promise<void> {
  await tx.insert(venues).values(row)
}

export async function tourOfActNamed(tx: Db, workspaceId: string, actId: string, name: string): Promise<string | null> {
  const [found] = await tx
    .select({ id: tours.id })
    .from(tours)
    .where(and(eq(tours.workspaceId, workspaceId), eq(tours.actId, actId), eq(tours.name, name)))
    .limit(1)
  return found?.id ?? null
}

export async function insertTour(tx: Db, tour: { workspaceId: string; id: string; actId: string; name: string }, now: Date): Promise<void> {
  await tx.insert(tours).values({ ...tour, createdAt: now, updatedAt: now })
}

/** An act's recordings with their own title and their work's, oldest first. */
export async function recordingTitlesOfAct(tx: Db, workspaceId: string, actId: string): Promise<{ id: string; title: string | null; workTitle: string }[]> {
  return tx
    .select({ id: recordings.id, title: recordings.title, workTitle: works.title })
    .from(recordings)
    .innerJoin(works, and(eq(works.workspaceId, recordings.workspaceId), eq(works.id, recordings.workId)))
    .where(and(eq(recordings.workspaceId, workspaceId), eq(recordings.actId, actId)))
    .orderBy(recordings.createdAt, recordings.id)
}

/** A show that was played and what was played there, as one imported record. */
export async function insertPlayedShow(
  tx: Db,
  show: Omit<typeof shows.$inferInsert, 'status' | 'createdAt' | 'updatedAt'>,
  played: Omit<typeof playedSetlists.$inferInsert, 'workspaceId' | 'showId'>,
  now: Date,
): Promise<void> {
  await tx.insert(shows).values({ ...show, status: 'played', createdAt: now, updatedAt: now })
  await tx.insert(playedSetlists).values({ workspaceId: show.workspaceId, showId: show.id, ...played })
}
