import type { z } from 'zod'
import type { ApplyBodySchema, SetlistVersion } from '../../contract/setlists.ts'
import { getProposalRow, getShowSetlistRow, getVersionRow, listTargetShows, upsertShowSetlist } from '../../db/queries/setlists.ts'
import { ConflictError, fieldError, NotFoundError } from '../../domain/errors.ts'
import { readerOf } from '../read-access.ts'
import type { Actor, Deps } from '../deps.ts'
import { actorPersonId, assertTakesPart } from './access.ts'
import { presentVersion } from './present-setlist.ts'
import { tellAboutSetlist } from '../notifications/notify-job.ts'

type Body = z.output<typeof ApplyBodySchema>

/** An agreed version becomes the set list of one show, or of every show of a leg or tour of the act. */
export async function applySetlist(deps: Deps, actor: Actor, body: Body): Promise<{ applied: number }> {
  const ws = actor.workspaceId
  const personId = await actorPersonId(deps.db, actor)
  const version = await getVersionRow(deps.db, ws, body.versionId)
  if (!version) throw fieldError('versionId', 'no such version here')
  const proposal = (await getProposalRow(deps.db, ws, version.proposalId))!
  await assertTakesPart(deps.db, actor, proposal.actId, personId)
  if (proposal.agreedVersionId !== version.id)
    throw new ConflictError('Only the agreed version of a proposal can be applied; this one has not been agreed.', [
      { path: 'versionId', message: 'not an agreed version' },
    ])
  const targets = await listTargetShows(deps.db, ws, body.targetKind, body.targetId)
  if (targets.length === 0 && body.targetKind === 'show') throw fieldError('targetId', 'no such show here')
  if (targets.some((s) => s.actId !== proposal.actId)) throw fieldError('targetId', `this ${body.targetKind} has shows of another act`)
  const now = deps.clock.now()
  await deps.db.transaction(async (tx) => {
    for (const show of targets) await upsertShowSetlist(tx, { workspaceId: ws, showId: show.id, versionId: version.id, appliedBy: personId, appliedAt: now })
  })
  if (targets.length > 0) {
    // the people on those shows hear which set list they will play (ADR 047)
    await tellAboutSetlist(deps, {
      workspaceId: ws,
      kind: 'setlist.applied',
      proposalId: proposal.id,
      versionId: version.id,
      actorPersonId: personId,
      showIds: targets.map((s) => s.id),
      targetId: body.targetId,
    })
  }
  await deps.events?.publish({
    workspaceId: ws,
    kind: 'setlist.applied',
    proposalId: proposal.id,
    versionId: version.id,
    targetKind: body.targetKind,
    targetId: body.targetId,
  })
  return { applied: targets.length }
}

/** The set list applied to a show, timed from the show's set start on the venue's clock. */
export async function getShowSetlist(deps: Deps, actor: Actor, showId: string): Promise<SetlistVersion> {
  await readerOf(deps, actor, 'setlists')
  const ws = actor.workspaceId
  const applied = await getShowSetlistRow(deps.db, ws, showId)
  if (!applied) throw new NotFoundError('set list of show', showId)
  const version = (await getVersionRow(deps.db, ws, applied.versionId))!
  const proposal = (await getProposalRow(deps.db, ws, version.proposalId))!
  return presentVersion(deps.db, { workspaceId: ws, actId: proposal.actId, version, showId, now: deps.clock.now() })
}
