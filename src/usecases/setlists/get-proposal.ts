import type { z } from 'zod'
import type { Proposal, ProposalListEntrySchema, SetlistVersion } from '../../contract/setlists.ts'
import { getProposalRow, getVersionRow, listProposalRows, targetLabel } from '../../db/queries/setlists.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { ProposalStatus, ProposalTarget } from '../../domain/setlist.ts'
import { readerOf } from '../read-access.ts'
import type { Actor, Deps } from '../deps.ts'
import { groupTarget, presentProposal, presentVersion } from './present-setlist.ts'

type ProposalListEntry = z.infer<typeof ProposalListEntrySchema>

export async function listProposals(deps: Deps, actor: Actor, filter: { actId?: string; status?: string }): Promise<ProposalListEntry[]> {
  await readerOf(deps, actor, 'setlists')
  const rows = await listProposalRows(deps.db, actor.workspaceId, filter)
  return Promise.all(
    rows.map(async ({ p, actName, authorName, versionCount }) => ({
      id: p.id,
      actId: p.actId,
      actName,
      title: p.title,
      status: p.status as ProposalStatus,
      authorName,
      targetKind: p.targetKind as ProposalTarget,
      targetLabel: await targetLabel(deps.db, actor.workspaceId, p.targetKind, p.showId ?? p.legId ?? p.tourId),
      versionCount,
      updatedAt: p.updatedAt.toISOString(),
    })),
  )
}

export async function getProposal(deps: Deps, actor: Actor, proposalId: string): Promise<Proposal> {
  await readerOf(deps, actor, 'setlists')
  const proposal = await getProposalRow(deps.db, actor.workspaceId, proposalId)
  if (!proposal) throw new NotFoundError('proposal', proposalId)
  return presentProposal(deps.db, { workspaceId: actor.workspaceId, proposal, now: deps.clock.now() })
}

/** One version, timed and checked, or null when the workspace has no such version. */
export async function loadVersion(deps: Deps, actor: Actor, versionId: string): Promise<SetlistVersion | null> {
  const version = await getVersionRow(deps.db, actor.workspaceId, versionId)
  if (!version) return null
  const proposal = (await getProposalRow(deps.db, actor.workspaceId, version.proposalId))!
  return presentVersion(deps.db, {
    workspaceId: actor.workspaceId,
    actId: proposal.actId,
    version,
    showId: proposal.showId,
    target: groupTarget(proposal),
    now: deps.clock.now(),
  })
}

export async function getVersion(deps: Deps, actor: Actor, versionId: string): Promise<SetlistVersion> {
  await readerOf(deps, actor, 'setlists')
  const version = await loadVersion(deps, actor, versionId)
  if (!version) throw new NotFoundError('version', versionId)
  return version
}
