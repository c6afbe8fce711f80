import { and, asc, eq, isNull } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { calendarFeeds } from '../schema/index.ts'

/** A person's calendar feeds that still work (never their tokens: only hashes are stored). */
export async function listActiveFeeds(db: Db, workspaceId: string, personId: string): Promise<{ id: string; createdAt: string }[]> {
  const rows = await db
    .select({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.workspaceId, workspaceId), eq(calendarFeeds.personId, personId), isNull(calendarFeeds.revokedAt)))
    .orderBy(asc(calendarFeeds.createdAt), asc(calendarFeeds.id))
  return rows.map((r) => ({ id: r.id, createdAt: r.createdAt.toISOString() }))
}

/**
 * Whose calendar a secret feed token opens, or null for an unknown or revoked token. The token is
 * looked up by its hash (usecases/auth/session-token.ts hashSecret), as session cookies are.
 * @example const feed = await findFeedByTokenHash(db, hashSecret(request.params.token))
 */
export async function findFeedByTokenHash(db: Db, tokenHash: string): Promise<{ workspaceId: string; personId: string } | null> {
  const [row] = await db
    .select({ workspaceId: calendarFeeds.workspaceId, personId: calendarFeeds.personId })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt)))
  return row ?? null
}

/** Stores a new feed of a person (its token only as a hash). */
export async function insertFeed(db: Db, row: { workspaceId: string; id: string; personId: string; tokenHash: string; createdAt: Date }): Promise<void> {
  await db.insert(calendarFeeds).values(row)
}

/** Revokes a person's live feed; false when there is no such live feed. */
export async function revokeFeedRow(db: Db, workspaceId: string, personId: string, feedId: string, now: Date): Promise<boolean> {
  const revoked = await db
    .update(calendarFeeds)
    .set({ revokedAt: now })
    .where(and(eq(calendarFeeds.workspaceId, workspaceId), eq(calendarFeeds.personId, personId), eq(calendarFeeds.id, feedId), isNull(calendarFeeds.revokedAt)))
    .returning({ id: calendarFeeds.id })
  return revoked.length > 0
}
