import type { z } from 'zod'
import type { BlockoutSchema } from '../../contract/touring.ts'
import { listBlockouts as query, type BlockoutRecord } from '../../db/queries/blockouts.ts'
import type { Actor, Deps } from '../deps.ts'
import { privateDetailsReader } from './person-access.ts'
import { readerOf } from '../read-access.ts'

export type Blockout = z.infer<typeof BlockoutSchema>

/** The reason is the person's and the managers' business: null for everyone else. */
export function presentBlockout(record: BlockoutRecord, seesReason: boolean): Blockout {
  return { ...record, reason: seesReason ? record.reason : null }
}

/** Blockouts by date; a reader with the `own` scope (viewer) sees only their own. */
export async function listBlockouts(deps: Deps, actor: Actor, personId?: string): Promise<Blockout[]> {
  const reader = await readerOf(deps, actor, 'blockouts')
  const seesReasonOf = await privateDetailsReader(deps.db, actor)
  const rows = await query(deps.db, actor.workspaceId, { personId })
  return rows.filter((b) => reader.whole || b.personId === reader.personId).map((b) => presentBlockout(b, seesReasonOf(b.personId)))
}
