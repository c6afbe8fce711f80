import { and, eq } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { works } from '../schema/index.ts'
import { NotFoundError } from '../../domain/errors.ts'

/**
 * Locks a work's row for the rest of the transaction and returns its title. Writes to its holds
 * and pitches take this lock first, so two overlapping exclusive holds (or a pitch and an
 * exclusive hold) cannot both pass their checks at the same time.
 */
export async function lockWork(tx: Db, workspaceId: string, workId: string): Promise<string> {
  const [work] = await tx
    .select({ title: works.title })
    .from(works)
    .where(and(eq(works.workspaceId, workspaceId), eq(works.id, workId)))
    .for('update')
  if (!work) throw new NotFoundError('work', workId)
  return work.title
}
