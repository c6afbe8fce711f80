import { uuidv7 } from 'uuidv7'
import type { ConflictView } from '../../contract/touring.ts'
import { assertWritesAll } from '../authorize.ts'
import { findConflicts } from '../calendar/find-conflicts.ts'
import type { Actor, Deps } from '../deps.ts'
import { draftCommitment, type CommitmentBody } from './commitment-draft.ts'

/**
 * The conflicts a commitment would cause, checked while it is being made and saved nowhere.
 * `commitmentId` names the saved commitment being edited, so it is not compared with itself.
 */
export async function checkCommitmentConflicts(deps: Deps, actor: Actor, body: CommitmentBody, commitmentId?: string): Promise<{ conflicts: ConflictView[] }> {
  assertWritesAll(actor, 'commitments')
  const draft = await draftCommitment(deps.db, actor.workspaceId, commitmentId ?? uuidv7(), body)
  return { conflicts: await findConflicts(deps, actor, draft.booking, body.personIds) }
}
