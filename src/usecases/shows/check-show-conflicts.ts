import { uuidv7 } from 'uuidv7'
import type { ConflictView } from '../../contract/touring.ts'
import { findShowVersion } from '../../db/queries/shows.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'
import { showBooking, showConflicts } from './show-conflicts.ts'
import { checkShowBody, type ShowBodyInput } from './show-issues.ts'

/**
 * The conflicts a show body would have if it were saved, without saving it, so the conflicts can be
 * shown where the booking is made. `showId` names the stored show being edited, which is not a conflict of itself.
 */
export async function checkShowConflicts(deps: Deps, actor: Actor, body: ShowBodyInput, showId?: string): Promise<{ conflicts: ConflictView[] }> {
  if (showId && (await findShowVersion(deps.db, actor.workspaceId, showId)) === null) throw new NotFoundError('show', showId)
  const checked = await checkShowBody(deps.db, actor.workspaceId, body)
  const booking = showBooking({ id: showId ?? uuidv7(), actId: body.actId, startsAt: checked.startsAt, endsAt: checked.endsAt }, checked.venue)
  return { conflicts: await showConflicts(deps, actor, { booking, status: body.status, personIds: body.lineup.map((l) => l.personId) }) }
}
