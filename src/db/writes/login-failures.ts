import { sql } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { loginFailures } from '../schema/index.ts'

/** Deletes the windows that started at or before the cutoff (the index on window_started_at keeps it cheap). */
export async function sweepLoginWindows(db: Db, cutoff: Date): Promise<void> {
  await db.delete(loginFailures).where(sql`${loginFailures.windowStartedAt} <= ${cutoff}`)
}

/**
 * Counts one failure against a key in one statement (a burst of parallel guesses sees its own
 * count); a window that started at or before the cutoff starts again now. The count and the window's start after it.
 */
export async function countFailure(db: Db, key: string, now: Date, cutoff: Date): Promise<{ failures: number; windowStartedAt: Date } | null> {
  const [row] = await db
    .insert(loginFailures)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: loginFailures.key,
      set: {
        failures: sql`CASE WHEN ${loginFailures.windowStartedAt} <= ${cutoff} THEN 1 ELSE ${loginFailures.failures} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${loginFailures.windowStartedAt} <= ${cutoff} THEN ${now} ELSE ${loginFailures.windowStartedAt} END`,
      },
    })
    .returning({ failures: loginFailures.failures, windowStartedAt: loginFailures.windowStartedAt })
  return row ?? null
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(loginFailures).where(sql`${loginFailures.key} = ${key}`)
}

/** Takes one failure off a key's count (never below zero). */
export async function forgiveOneFailure(db: Db, key: string): Promise<void> {
  await db
    .update(loginFailures)
    .set({ failures: sql`greatest(${loginFailures.failures} - 1, 0)` })
    .where(sql`${loginFailures.key} = ${key}`)
}
