import type { Commitment } from '../../contract/touring.ts'
import { getCommitment as queryOne, listCommitments as query, type CommitmentFilter, type CommitmentRecord } from '../../db/queries/commitments.ts'
import { NotFoundError } from '../../domain/errors.ts'
import { findConflicts } from '../calendar/find-conflicts.ts'
import type { Actor, Deps } from '../deps.ts'
import { commitmentBooking } from './commitment-draft.ts'

/** Commitments by start; without their conflicts, which cost a check per person (read one commitment for them). */
export async function listCommitments(deps: Deps, actor: Actor, filter: CommitmentFilter): Promise<CommitmentRecord[]> {
  return query(deps.db, actor.workspaceId, filter)
}

/** One commitment with the conflicts it currently causes for its people, or null. */
export async function loadCommitment(deps: Deps, actor: Actor, commitmentId: string): Promise<Commitment | null> {
  const record = await queryOne(deps.db, actor.workspaceId, commitmentId)
  if (!record) return null
  const conflicts = await findConflicts(deps, actor, commitmentBooking(record), record.people.map((p) => p.personId))
  return { ...record, conflicts }
}

export async function getCommitment(deps: Deps, actor: Actor, commitmentId: string): Promise<Commitment> {
  const commitment = await loadCommitment(deps, actor, commitmentId)
  if (!commitment) throw new NotFoundError('commitment', commitmentId)
  return commitment
}
