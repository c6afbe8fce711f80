import { and, asc, eq, type SQL } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { blockouts, people } from '../schema/index.ts'

/** A blockout as stored, with the person's name; who may read the reason is the use case's rule. */
export interface BlockoutRecord {
  id: string
  personId: string
  personName: string
  startDate: string
  endDate: string
  reason: string
  version: number
}

/** Blockouts of a workspace (or one person, or one blockout) by start date. */
export async function listBlockouts(db: Db, workspaceId: string, filter: { personId?: string; id?: string } = {}): Promise<BlockoutRecord[]> {
  const where: SQL[] = [eq(blockouts.workspaceId, workspaceId)]
  if (filter.personId) where.push(eq(blockouts.personId, filter.personId))
  if (filter.id) where.push(eq(blockouts.id, filter.id))
  return db
    .select({
      id: blockouts.id,
      personId: blockouts.personId,
      personName: people.name,
      startDate: blockouts.startDate,
      endDate: blockouts.endDate,
      reason: blockouts.reason,
      version: blockouts.version,
    })
    .from(blockouts)
    .innerJoin(people, and(eq(people.workspaceId, blockouts.workspaceId), eq(people.id, blockouts.personId)))
    .where(and(...where))
    .orderBy(asc(blockouts.startDate), asc(people.name), asc(blockouts.id))
}

export async function getBlockout(db: Db, workspaceId: string, id: string): Promise<BlockoutRecord | null> {
  const [found] = await listBlockouts(db, workspaceId, { id })
  return found ?? null
}
