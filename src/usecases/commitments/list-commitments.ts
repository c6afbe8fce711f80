import type { Commitment } from '../../contract/touring.ts'
import { getCommitment as queryOne, listCommitments as query, type CommitmentFilter, type CommitmentRecord } from '../../db/queries/commitments.ts'
import { NotFoundError } from '../../domain/errors.ts'
import { findConflicts } from '../calendar/find-conflicts.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf, type Reader } from '../read-access.ts'
import { commitmentBooking } from './commitment-draft.ts'

/** Commitments by start; without their conflicts, which cost a check per person (read one commitment for them). */
export async function listCommitments(deps: Deps, actor: Actor, filter: CommitmentFilter): Promise<CommitmentRecord[]> {
  const reader = await readerOf(deps, actor, 'commitments')
  return (await query(deps.db, actor.workspaceId, filter)).filter((c) => attends(reader, c))
}

/** A reader with the `own` scope (viewer) sees only the commitments they attend. */
const attends = (reader: Reader, c: CommitmentRecord) => reader.whole || (reader.personId !== null && c.people.some((p) => p.personId === reader.personId))

/** One commitment with the conflicts it currently causes for its people, or null. */
export async function loadCommitment(deps: Deps, actor: Actor, commitmentId: string): Promise<Commitment | null> {
  const record = await queryOne(deps.db, actor.workspaceId, commitmentId)
  if (!record) return null
  const conflicts = await findConflicts(
    deps,
    actor,
    commitmentBooking(record),
    record.people.map((p) => p.personId),
  )
  return { ...record, conflicts }
}

export async function getCommitment(deps: Deps, actor: Actor, commitmentId: string): Promise<Commitment> {
  const reader = await readerOf(deps, actor, 'commitments')
  const commitment = await loadCommitment(deps, actor, commitmentId)
  if (!commitment || !attends(reader, commitment)) throw new NotFoundError('commitment', commitmentId)
  // the conflicts of the others who attend are theirs
  return reader.whole ? commitment : { ...commitment, conflicts: commitment.conflicts.filter((c) => c.personId === reader.personId) }
}
