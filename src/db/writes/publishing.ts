import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { organizations, publishingSettings, workPublishing, workRegistrations, workWriters, works, writerProfiles, writerPublishers } from '../schema/index.ts'

/** The workspace's publishing settings row (locked for the transaction when asked), or null before the first save. */
export async function publishingSettingsRow(db: Db, workspaceId: string, opts: { lock: boolean }) {
  const query = db.select().from(publishingSettings).where(eq(publishingSettings.workspaceId, workspaceId))
  const [settings] = opts.lock ? await query.for('update') : await query
  return settings ?? null
}

/** The first save of the settings; false when they exist already (nothing written). */
export async function insertPublishingSettings(
  db: Db,
  row: { workspaceId: string; submitterId: string | null; senderCode: string; updatedAt: Date },
): Promise<boolean> {
  return (await db.insert(publishingSettings).values(row).onConflictDoNothing().returning({ v: publishingSettings.version })).length > 0
}

/** Replaces the settings while they are at `expectedVersion`, raising it; rows changed. */
export async function updatePublishingSettings(
  db: Db,
  workspaceId: string,
  set: { submitterId: string | null; senderCode: string; updatedAt: Date },
  expectedVersion: number,
): Promise<number> {
  const rows = await db
    .update(publishingSettings)
    .set({ ...set, version: sql`${publishingSettings.version} + 1` })
    .where(and(eq(publishingSettings.workspaceId, workspaceId), eq(publishingSettings.version, expectedVersion)))
    .returning({ v: publishingSettings.version })
  return rows.length
}

/** Records a transmission: the year's sequence, and the last work number when new ones were used. */
export async function recordTransmission(
  db: Db,
  workspaceId: string,
  t: { year: number; sequence: number; lastWorkNumber?: number },
  now: Date,
): Promise<void> {
  await db
    .update(publishingSettings)
    .set({
      lastTransmissionYear: t.year,
      lastTransmissionSequence: t.sequence,
      updatedAt: now,
      ...(t.lastWorkNumber !== undefined ? { lastWorkNumber: t.lastWorkNumber } : {}),
    })
    .where(eq(publishingSettings.workspaceId, workspaceId))
}

/** Gives a work its submitter work code (creating its publishing row at version 0 when it has none). */
export async function setSubmitterWorkCode(db: Db, workspaceId: string, workId: string, code: string, now: Date): Promise<void> {
  await db
    .insert(workPublishing)
    .values({ workspaceId, workId, submitterWorkCode: code, version: 0, updatedAt: now })
    .onConflictDoUpdate({ target: [workPublishing.workspaceId, workPublishing.workId], set: { submitterWorkCode: code } })
}

type RegistrationRow = typeof workRegistrations.$inferInsert

/** A work's registration with a society: created, or these columns changed and its version raised. */
export async function upsertRegistration(
  db: Db,
  row: RegistrationRow,
  onExisting: Partial<Omit<RegistrationRow, 'workspaceId' | 'id' | 'workId' | 'society' | 'version'>>,
): Promise<void> {
  await db
    .insert(workRegistrations)
    .values(row)
    .onConflictDoUpdate({
      target: [workRegistrations.workspaceId, workRegistrations.workId, workRegistrations.society],
      set: { ...onExisting, version: sql`${workRegistrations.version} + 1` },
    })
}

/** Of these organisations of the workspace, the kind of each one found. */
export async function organizationKinds(db: Db, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .select({ id: organizations.id, kind: organizations.kind })
    .from(organizations)
    .where(and(eq(organizations.workspaceId, workspaceId), inArray(organizations.id, ids)))
  return new Map(rows.map((r) => [r.id, r.kind]))
}

/** A work's writers and their shares, or null when there is no such work. */
export async function workWriterShares(db: Db, workspaceId: string, workId: string): Promise<{ personId: string; shareBp: number | null }[] | null> {
  const [work] = await db
    .select({ id: works.id })
    .from(works)
    .where(and(eq(works.workspaceId, workspaceId), eq(works.id, workId)))
  if (!work) return null
  return db
    .select({ personId: workWriters.personId, shareBp: workWriters.shareBp })
    .from(workWriters)
    .where(and(eq(workWriters.workspaceId, workspaceId), eq(workWriters.workId, workId)))
}

/**
 * Raises a work's publishing version from `expectedVersion`: 0 is the first save (it creates the row,
 * or takes over the one an export created, still at version 0). Rows changed.
 */
export async function touchWorkPublishing(db: Db, workspaceId: string, workId: string, expectedVersion: number, now: Date): Promise<number> {
  if (expectedVersion === 0) {
    const rows = await db
      .insert(workPublishing)
      .values({ workspaceId, workId, version: 1, updatedAt: now })
      .onConflictDoUpdate({
        target: [workPublishing.workspaceId, workPublishing.workId],
        set: { version: 1, updatedAt: now },
        setWhere: eq(workPublishing.version, 0),
      })
      .returning({ workId: workPublishing.workId })
    return rows.length
  }
  const rows = await db
    .update(workPublishing)
    .set({ version: sql`${workPublishing.version} + 1`, updatedAt: now })
    .where(and(eq(workPublishing.workspaceId, workspaceId), eq(workPublishing.workId, workId), eq(workPublishing.version, expectedVersion)))
    .returning({ workId: workPublishing.workId })
  return rows.length
}

/** A work's writers' publishers become these rows. */
export async function replaceWriterPublishers(
  db: Db,
  workspaceId: string,
  workId: string,
  rows: Omit<typeof writerPublishers.$inferInsert, 'workspaceId' | 'workId'>[],
): Promise<void> {
  await db.delete(writerPublishers).where(and(eq(writerPublishers.workspaceId, workspaceId), eq(writerPublishers.workId, workId)))
  if (rows.length) await db.insert(writerPublishers).values(rows.map((r) => ({ ...r, workspaceId, workId })))
}

/** Sets a writer's IPI name number and/or society (what is undefined is left as it is). */
export async function saveWriterProfile(
  db: Db,
  workspaceId: string,
  personId: string,
  profile: { ipiNameNumber?: string | null; society?: string | null },
  now: Date,
): Promise<void> {
  const set = {
    ...(profile.ipiNameNumber !== undefined ? { ipiNameNumber: profile.ipiNameNumber } : {}),
    ...(profile.society !== undefined ? { society: profile.society } : {}),
    updatedAt: now,
  }
  await db
    .insert(writerProfiles)
    .values({ workspaceId, personId, ipiNameNumber: profile.ipiNameNumber ?? null, society: profile.society ?? null, updatedAt: now })
    .onConflictDoUpdate({ target: [writerProfiles.workspaceId, writerProfiles.personId], set })
}
