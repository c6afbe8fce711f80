import { and, eq } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { showSettlements, shows } from '../schema/index.ts'

/** A show's stored settlement terms, as written (ADR 040). */
export interface StoredSettlement {
  version: number
  currency: string
  terms: unknown
}

/** Null when the workspace has no such show; `settlement` null when none is written yet. */
export async function settlementOfShow(db: Db, workspaceId: string, showId: string): Promise<{ settlement: StoredSettlement | null } | null> {
  const [row] = await db
    .select({ showId: shows.id, version: showSettlements.version, currency: showSettlements.currency, terms: showSettlements.terms })
    .from(shows)
    .leftJoin(showSettlements, and(eq(showSettlements.workspaceId, shows.workspaceId), eq(showSettlements.id, shows.id)))
    .where(and(eq(shows.workspaceId, workspaceId), eq(shows.id, showId)))
  if (!row) return null
  if (row.version === null || row.currency === null) return { settlement: null }
  return { settlement: { version: row.version, currency: row.currency, terms: row.terms } }
}

/** Writes a show's first settlement; 0 when one was written meanwhile (the caller answers 409). */
export async function insertSettlementIfAbsent(db: Db, row: typeof showSettlements.$inferInsert): Promise<number> {
  return (await db.insert(showSettlements).values(row).onConflictDoNothing().returning({ id: showSettlements.id })).length
}
