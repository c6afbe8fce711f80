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
