import { and, eq, lt, sql } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { idempotentRequests } from '../schema/index.ts'
import type { KeptRequest } from '../../domain/idempotency.ts'

export interface KeptAnswer extends KeptRequest {
  status: number | null
  contentType: string | null
  body: string | null
}

/**
 * Claims a key for a request about to run, in one statement: true when this request holds it now
 * (new, taken over from an abandoned claim of the same request older than `staleBefore`, or reused after
 * its kept answer expired before `expiredBefore`), false when it is kept already.
 */
export async function claimIdempotencyKey(
  db: Db,
  userId: string,
  key: string,
  fingerprint: string,
  now: Date,
  staleBefore: Date,
  expiredBefore: Date,
): Promise<boolean> {
  const rows = await db
    .insert(idempotentRequests)
    .values({ userId, key, fingerprint, state: 'pending', startedAt: now })
    .onConflictDoUpdate({
      target: [idempotentRequests.userId, idempotentRequests.key],
      set: { startedAt: now, fingerprint, state: 'pending', status: null, contentType: null, body: null },
      where: sql`(${idempotentRequests.state} = 'pending' and ${idempotentRequests.fingerprint} = ${fingerprint} and ${idempotentRequests.startedAt} < ${staleBefore})
        or ${idempotentRequests.startedAt} < ${expiredBefore}`,
    })
    .returning({ key: idempotentRequests.key })
  return rows.length > 0
}

export async function findIdempotentRequest(db: Db, userId: string, key: string): Promise<KeptAnswer | undefined> {
  const [row] = await db
    .select({
      fingerprint: idempotentRequests.fingerprint,
      state: idempotentRequests.state,
      startedAt: idempotentRequests.startedAt,
      status: idempotentRequests.status,
      contentType: idempotentRequests.contentType,
      body: idempotentRequests.body,
    })
    .from(idempotentRequests)
    .where(and(eq(idempotentRequests.userId, userId), eq(idempotentRequests.key, key)))
  return row
}

export async function keepIdempotentAnswer(
  db: Db,
  userId: string,
  key: string,
  answer: { status: number; contentType: string | null; body: string },
): Promise<void> {
  await db
    .update(idempotentRequests)
    .set({ state: 'done', status: answer.status, contentType: answer.contentType, body: answer.body })
    .where(and(eq(idempotentRequests.userId, userId), eq(idempotentRequests.key, key)))
}

/** The request failed on the server (or its answer cannot be kept): the key is free for a retry. */
export async function releaseIdempotencyKey(db: Db, userId: string, key: string): Promise<void> {
  await db.delete(idempotentRequests).where(and(eq(idempotentRequests.userId, userId), eq(idempotentRequests.key, key)))
}

export async function sweepIdempotentRequests(db: Db, before: Date): Promise<void> {
  await db.delete(idempotentRequests).where(lt(idempotentRequests.startedAt, before))
}
