import { and, asc, eq, inArray, isNull, lte, max, ne, sql } from 'drizzle-orm'
import type { Db } from '../client.ts'
import {
  commitmentPeople,
  commitments,
  conflictOverrides,
  notificationDeliveries,
  notificationPreferences,
  notificationSettings,
  people,
  showLineup,
  shows,
  venues,
  workspaceMembers,
} from '../schema/index.ts'

/** Delivery settings (zone, digest time, quiet hours) of these people, for those who saved any. */
export async function deliverySettingsOf(db: Db, workspaceId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return []
  return db
    .select()
    .from(notificationSettings)
    .where(and(eq(notificationSettings.workspaceId, workspaceId), inArray(notificationSettings.personId, [...personIds])))
}

export async function saveDeliverySettings(db: Db, row: typeof notificationSettings.$inferInsert): Promise<void> {
  await db
    .insert(notificationSettings)
    .values(row)
    .onConflictDoUpdate({
      target: [notificationSettings.workspaceId, notificationSettings.personId],
      set: { zone: row.zone, digestTime: row.digestTime, quietStart: row.quietStart ?? null, quietEnd: row.quietEnd ?? null, updatedAt: row.updatedAt },
    })
}

/** Each person's saved setting for a kind on a channel (no row: immediately). */
export async function settingsForKind(db: Db, workspaceId: string, personIds: readonly string[], kind: string, channel: string): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map()
  const rows = await db
    .select({ personId: notificationPreferences.personId, setting: notificationPreferences.setting })
    .from(notificationPreferences)
    .where(
      and(
        eq(notificationPreferences.workspaceId, workspaceId),
        inArray(notificationPreferences.personId, [...personIds]),
        eq(notificationPreferences.kind, kind),
        eq(notificationPreferences.channel, channel),
      ),
    )
  return new Map(rows.map((r) => [r.personId, r.setting]))
}

export type DeliveryRow = typeof notificationDeliveries.$inferSelect

/** Writes delivery rows; one a person already has for the same event and channel is left as it is. */
export async function insertDeliveries(db: Db, rows: (typeof notificationDeliveries.$inferInsert)[]): Promise<void> {
  if (rows.length === 0) return
  await db.insert(notificationDeliveries).values(rows).onConflictDoNothing()
}

/** The stored rows of one event on one channel (new or written by an earlier try). */
export async function deliveriesOfEvent(db: Db, workspaceId: string, channel: string, dedupeKey: string, personIds: readonly string[]): Promise<DeliveryRow[]> {
  if (personIds.length === 0) return []
  return db
    .select()
    .from(notificationDeliveries)
    .where(
      and(
        eq(notificationDeliveries.workspaceId, workspaceId),
        eq(notificationDeliveries.channel, channel),
        eq(notificationDeliveries.dedupeKey, dedupeKey),
        inArray(notificationDeliveries.personId, [...personIds]),
      ),
    )
}

/**
 * Per person, what is known of earlier messages about one thing on a channel (other events than
 * this one): when the last one went or is due, and whether a bundle of it waits.
 */
export async function earlierAboutThing(
  db: Db,
  workspaceId: string,
  channel: string,
  thing: string,
  dedupeKey: string,
  personIds: readonly string[],
): Promise<Map<string, { last: Date | null; bundleWaiting: boolean }>> {
  if (personIds.length === 0) return new Map()
  const rows = await db
    .select({
      personId: notificationDeliveries.personId,
      last: max(notificationDeliveries.dueAt),
      waiting: sql<number>`count(*) filter (where ${notificationDeliveries.sentAt} is null and ${notificationDeliveries.reason} = 'bundle')`.mapWith(Number),
    })
    .from(notificationDeliveries)
    .where(
      and(
        eq(notificationDeliveries.workspaceId, workspaceId),
        inArray(notificationDeliveries.personId, [...personIds]),
        eq(notificationDeliveries.channel, channel),
        eq(notificationDeliveries.thing, thing),
        ne(notificationDeliveries.dedupeKey, dedupeKey),
      ),
    )
    .groupBy(notificationDeliveries.personId)
  return new Map(rows.map((r) => [r.personId, { last: r.last ? new Date(r.last) : null, bundleWaiting: r.waiting > 0 }]))
}

/** Moves a person's waiting bundle of a thing to a later due time (ten more quiet minutes). */
export async function postponeBundle(db: Db, workspaceId: string, personId: string, channel: string, thing: string, dueAt: Date): Promise<void> {
  await db
    .update(notificationDeliveries)
    .set({ dueAt })
    .where(
      and(
        eq(notificationDeliveries.workspaceId, workspaceId),
        eq(notificationDeliveries.personId, personId),
        eq(notificationDeliveries.channel, channel),
        eq(notificationDeliveries.thing, thing),
        eq(notificationDeliveries.reason, 'bundle'),
        isNull(notificationDeliveries.sentAt),
        isNull(notificationDeliveries.batchId),
      ),
    )
}

/** A batch a flush took before and did not finish (its rows are taken but not sent): the retry writes the same one. */
export async function unfinishedBatch(db: Db, workspaceId: string, personId: string, channel: string): Promise<DeliveryRow[]> {
  const [first] = await db
    .select({ batchId: notificationDeliveries.batchId })
    .from(notificationDeliveries)
    .where(
      and(
        eq(notificationDeliveries.workspaceId, workspaceId),
        eq(notificationDeliveries.personId, personId),
        eq(notificationDeliveries.channel, channel),
        isNull(notificationDeliveries.sentAt),
        sql`${notificationDeliveries.batchId} is not null`,
      ),
    )
    .limit(1)
  if (!first?.batchId) return []
  return db
    .select()
    .from(notificationDeliveries)
    .where(and(eq(notificationDeliveries.workspaceId, workspaceId), eq(notificationDeliveries.batchId, first.batchId)))
    .orderBy(asc(notificationDeliveries.createdAt))
}

/** Takes a person's rows due by `dueBy` into one batch, in one UPDATE (two flushes never take the same row). */
export async function takeDue(db: Db, workspaceId: string, personId: string, channel: string, dueBy: Date, batchId: string): Promise<DeliveryRow[]> {
  return db
    .update(notificationDeliveries)
    .set({ batchId })
    .where(
      and(
        eq(notificationDeliveries.workspaceId, workspaceId),
        eq(notificationDeliveries.personId, personId),
        eq(notificationDeliveries.channel, channel),
        isNull(notificationDeliveries.sentAt),
        isNull(notificationDeliveries.batchId),
        lte(notificationDeliveries.dueAt, dueBy),
      ),
    )
    .returning()
}

export async function markBatchSent(db: Db, workspaceId: string, batchId: string, at: Date): Promise<void> {
  await db
    .update(notificationDeliveries)
    .set({ sentAt: at })
    .where(and(eq(notificationDeliveries.workspaceId, workspaceId), eq(notificationDeliveries.batchId, batchId)))
}

/** A person's notifications still waiting (a digest, quiet hours, a bundle), soonest first. */
export async function waitingFor(db: Db, workspaceId: string, personId: string): Promise<DeliveryRow[]> {
  return db
    .select()
    .from(notificationDeliveries)
    .where(and(eq(notificationDeliveries.workspaceId, workspaceId), eq(notificationDeliveries.personId, personId), isNull(notificationDeliveries.sentAt)))
    .orderBy(asc(notificationDeliveries.dueAt))
    .limit(200)
}

/** A show as its notification reads it: when and where, whether public, and its lineup. */
export async function showForNotice(db: Db, workspaceId: string, showId: string) {
  const [row] = await db
    .select({
      id: shows.id,
      localDate: shows.localDate,
      setStart: shows.setStart,
      status: shows.status,
      announcement: shows.announcement,
      announceAt: shows.announceAt,
      version: shows.version,
      venueName: venues.name,
      city: venues.city,
    })
    .from(shows)
    .innerJoin(venues, and(eq(venues.workspaceId, shows.workspaceId), eq(venues.id, shows.venueId)))
    .where(and(eq(shows.workspaceId, workspaceId), eq(shows.id, showId)))
  if (!row) return null
  const lineup = await db
    .select({ personId: showLineup.personId })
    .from(showLineup)
    .where(and(eq(showLineup.workspaceId, workspaceId), eq(showLineup.showId, showId)))
  return { ...row, lineup: lineup.map((l) => l.personId) }
}

/** The people on the lineups of some shows, each once. */
export async function lineupOfShows(db: Db, workspaceId: string, showIds: string[]): Promise<string[]> {
  if (showIds.length === 0) return []
  const rows = await db
    .selectDistinct({ personId: showLineup.personId })
    .from(showLineup)
    .where(and(eq(showLineup.workspaceId, workspaceId), inArray(showLineup.showId, showIds)))
  return rows.map((r) => r.personId)
}

/** A commitment as its notification reads it, with the people on it. */
export async function commitmentForNotice(db: Db, workspaceId: string, commitmentId: string) {
  const [row] = await db
    .select({
      id: commitments.id,
      title: commitments.title,
      startDate: commitments.startDate,
      startTime: commitments.startTime,
      locationName: commitments.locationName,
      version: commitments.version,
    })
    .from(commitments)
    .where(and(eq(commitments.workspaceId, workspaceId), eq(commitments.id, commitmentId)))
  if (!row) return null
  const attendees = await db
    .select({ personId: commitmentPeople.personId })
    .from(commitmentPeople)
    .where(and(eq(commitmentPeople.workspaceId, workspaceId), eq(commitmentPeople.commitmentId, commitmentId)))
  return { ...row, people: attendees.map((a) => a.personId) }
}

/** The conflicts a write recorded when it was saved anyway (acknowledged). */
export async function conflictOverrideRow(db: Db, workspaceId: string, id: string) {
  const [row] = await db
    .select()
    .from(conflictOverrides)
    .where(and(eq(conflictOverrides.workspaceId, workspaceId), eq(conflictOverrides.id, id)))
  return row ?? null
}

/** The people of the workspace whose role is one of these (the managers told of every new conflict). */
export async function peopleWithRoles(db: Db, workspaceId: string, roles: readonly string[]): Promise<string[]> {
  const rows = await db
    .select({ personId: people.id })
    .from(people)
    .innerJoin(workspaceMembers, and(eq(workspaceMembers.workspaceId, people.workspaceId), eq(workspaceMembers.userId, people.userId)))
    .where(and(eq(people.workspaceId, workspaceId), inArray(workspaceMembers.role, [...roles] as ('owner' | 'manager')[])))
  return rows.map((r) => r.personId)
}
