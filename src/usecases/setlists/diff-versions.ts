import type { SetlistDiff } from '../../contract/setlists.ts'
import { getProposalRow, getVersionRow } from '../../db/queries/setlists.ts'
import { NotFoundError } from '../../domain/errors.ts'
import { diffSetlists } from '../../domain/setlist-diff.ts'
import { readerOf } from '../read-access.ts'
import type { Actor, Deps } from '../deps.ts'
import { loadFrame } from './set-list-frame.ts'

/** Songs added, removed and moved, and sections changed, from one version to another (by default from its parent). */
export async function diffVersions(deps: Deps, actor: Actor, opts: { toVersionId: string; fromVersionId?: string }): Promise<SetlistDiff> {
  await readerOf(deps, actor, 'setlists')
  const ws = actor.workspaceId
  const to = await getVersionRow(deps.db, ws, opts.toVersionId)
  if (!to) throw new NotFoundError('version', opts.toVersionId)
  const fromId = opts.fromVersionId ?? to.parentVersionId
  const from = fromId ? await getVersionRow(deps.db, ws, fromId) : to
  if (!from) throw new NotFoundError('version', fromId!)
  const proposal = (await getProposalRow(deps.db, ws, to.proposalId))!
  const frame = await loadFrame(deps.db, {
    workspaceId: ws,
    actId: proposal.actId,
    entries: [...from.entries, ...to.entries],
    showId: null,
    withHistory: false,
  })
  return diffSetlists(from.entries, to.entries, frame.titleOf)
}
