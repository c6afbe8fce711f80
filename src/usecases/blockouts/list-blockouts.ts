import type { z } from 'zod'
import type { BlockoutSchema } from '../../contract/touring.ts'
import { listBlockouts as query, type BlockoutRecord } from '../../db/queries/blockouts.ts'
import type { Actor, Deps } from '../deps.ts'
import { privateDetailsReader } from './person-access.ts'

export type Blockout = z.infer<typeof BlockoutSchema>

/** The reason is the person's and the managers' business: null for everyone else. */
export function presentBlockout(record: BlockoutRecord, seesReason: boolean): Blockout {
  return { ...record, reason: seesReason ? record.reason : null }
}

export async function listBlockouts(deps: Deps, actor: Actor, personId?: string): Promise<Blockout[]> {
  const seesReasonOf = await privateDetailsReader(deps.db, actor)
  return (await query(deps.db, actor.workspaceId, { personId })).map((b) => presentBlockout(b, seesReasonOf(b.personId)))
}
