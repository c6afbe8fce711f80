import type { z } from 'zod'
import type { EditVersionBodySchema, SetlistVersion } from '../../contract/setlists.ts'
import { getProposalRow, getVersionRow, listAnswerRows, listVersionRows, updateVersionEntries } from '../../db/queries/setlists.ts'
import { ForbiddenError, NotFoundError, StaleVersionError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'
import { finishVersionedWrite } from '../versioned-write.ts'
import { actorPersonId } from './access.ts'
import { lockProposal } from '../../db/writes/setlists.ts'
import { assertEntriesValid } from './entries.ts'
import { loadVersion } from './get-proposal.ts'

type Body = z.output<typeof EditVersionBodySchema>

/**
 * Its author edits a version nobody has answered yet. A stale `revision` is answered with the
 * current version (409) so the client can show both and merge; nothing is overwritten. Once the
 * version has been answered (someone amended it meanwhile, say) the 409 carries the proposal's
 * latest version instead: the client merges with it and amends that.
 */
export async function editVersion(deps: Deps, actor: Actor, versionId: string, body: Body): Promise<SetlistVersion> {
  const ws = actor.workspaceId
  const personId = await actorPersonId(deps.db, actor)
  const now = deps.clock.now()
  const outcome = await deps.db.transaction(async (tx) => {
    const found = await getVersionRow(tx, ws, versionId)
    if (!found) throw new NotFoundError('version', versionId)
    await lockProposal(tx, ws, found.proposalId)
    const version = (await getVersionRow(tx, ws, versionId))!
    if (version.authorPersonId !== personId) throw new ForbiddenError('Only the author of a version may edit it; answer it with an amendment instead.')
    if ((await listAnswerRows(tx, ws, [versionId])).length > 0) return { answered: (await listVersionRows(tx, ws, version.proposalId)).at(-1)!.id }
    if (version.revision !== body.revision) return 0
    const proposal = (await getProposalRow(tx, ws, version.proposalId))!
    await assertEntriesValid(tx, { workspaceId: ws, actId: proposal.actId, entries: body.entries })
    return updateVersionEntries(tx, ws, {
      versionId,
      proposalId: proposal.id,
      revision: body.revision,
      entries: body.entries,
      note: body.note ?? version.note,
      now,
    })
  })
  if (typeof outcome === 'object') throw new StaleVersionError('version', await loadVersion(deps, actor, outcome.answered))
  const updatedRows = outcome
  if (updatedRows > 0) await deps.events?.publish({ workspaceId: ws, kind: 'setlist.version', versionId })
  return finishVersionedWrite({ kind: 'version', id: versionId, updatedRows, load: () => loadVersion(deps, actor, versionId) })
}
