import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { promoterLinks, showAdvance, venueAdvance } from '../schema/index.ts'

/**
 * The writes of advancing (ADR 037). A show's advance and a venue's facts are versioned documents
 * whose first save is an insert at version 1 (0 read: nothing saved); each answers the rows written,
 * 0 when the version moved meanwhile (the use case answers 409).
 */
export async function saveShowAdvance(
  db: Db,
  row: { workspaceId: string; id: string; checklist: unknown; contacts: unknown; updatedAt: Date },
  version: number,
): Promise<number> {
  if (version === 0)
    return (
      await db
        .insert(showAdvance)
        .values({ ...row, version: 1 })
        .onConflictDoNothing()
        .returning({ id: showAdvance.id })
    ).length
  const { workspaceId, id, ...set } = row
  const written = await db
    .update(showAdvance)
    .set({ ...set, version: sql`${showAdvance.version} + 1` })
    .where(and(eq(showAdvance.workspaceId, workspaceId), eq(showAdvance.id, id), eq(showAdvance.version, version)))
    .returning({ id: showAdvance.id })
  return written.length
}

export async function saveVenueAdvance(
  db: Db,
  row: { workspaceId: string; id: string; facts: unknown; contacts: unknown; updatedAt: Date },
  version: number,
): Promise<number> {
  if (version === 0)
    return (
      await db
        .insert(venueAdvance)
        .values({ ...row, version: 1 })
        .onConflictDoNothing()
        .returning({ id: venueAdvance.id })
    ).length
  const { workspaceId, id, ...set } = row
  const written = await db
    .update(venueAdvance)
    .set({ ...set, version: sql`${venueAdvance.version} + 1` })
    .where(and(eq(venueAdvance.workspaceId, workspaceId), eq(venueAdvance.id, id), eq(venueAdvance.version, version)))
    .returning({ id: venueAdvance.id })
  return written.length
}

export async function insertPromoterLink(db: Db, row: typeof promoterLinks.$inferInsert): Promise<void> {
  await db.insert(promoterLinks).values(row)
}

const linkKey = (workspaceId: string, id: string) => and(eq(promoterLinks.workspaceId, workspaceId), eq(promoterLinks.id, id))

/** Revokes a link once (a second revoke keeps the first time). */
export async function revokePromoterLink(db: Db, workspaceId: string, id: string, at: Date): Promise<void> {
  await db
    .update(promoterLinks)
    .set({ revokedAt: at })
    .where(and(linkKey(workspaceId, id), isNull(promoterLinks.revokedAt)))
}

/** Keeps a promoter's answer (the last one counts) and sets it waiting for the tour manager; 0 when the link was revoked meanwhile. */
export async function submitPromoterAnswer(db: Db, workspaceId: string, id: string, submission: unknown, at: Date): Promise<number> {
  const rows = await db
    .update(promoterLinks)
    .set({ submission, submittedAt: at, decision: null, decidedAt: null })
    .where(and(linkKey(workspaceId, id), isNull(promoterLinks.revokedAt)))
    .returning({ id: promoterLinks.id })
  return rows.length
}

/** The tour manager's decision on the waiting answer, once (0 when it was decided or answered again meanwhile). */
export async function decidePromoterAnswer(
  db: Db,
  workspaceId: string,
  id: string,
  decision: 'accepted' | 'dismissed',
  submittedAt: Date,
  at: Date,
): Promise<number> {
  const rows = await db
    .update(promoterLinks)
    .set({ decision, decidedAt: at })
    .where(and(linkKey(workspaceId, id), isNull(promoterLinks.decision), eq(promoterLinks.submittedAt, submittedAt)))
    .returning({ id: promoterLinks.id })
  return rows.length
}
