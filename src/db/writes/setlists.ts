import { and, eq } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { setlistAnswers, setlistProposals } from '../schema/index.ts'

/** Takes the proposal's row lock for the rest of the transaction (answers and edits of its versions queue behind it). */
export async function lockProposal(db: Db, workspaceId: string, proposalId: string): Promise<void> {
  await db
    .select({ id: setlistProposals.id })
    .from(setlistProposals)
    .where(and(eq(setlistProposals.workspaceId, workspaceId), eq(setlistProposals.id, proposalId)))
    .for('update')
}

/** Marks the proposal as changed now (it sorts by its last activity). */
export async function touchProposal(db: Db, workspaceId: string, proposalId: string, now: Date): Promise<void> {
  await db
    .update(setlistProposals)
    .set({ updatedAt: now })
    .where(and(eq(setlistProposals.workspaceId, workspaceId), eq(setlistProposals.id, proposalId)))
}

export async function insertAnswer(db: Db, row: typeof setlistAnswers.$inferInsert): Promise<void> {
  await db.insert(setlistAnswers).values(row)
}
