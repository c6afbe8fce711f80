import type { SetlistRuleContext } from '../../contract/setlists.ts'
import { actOfTarget } from '../../db/queries/setlists.ts'
import { actName } from '../../db/queries/acts.ts'
import { listActRecordingIds } from '../../db/queries/recordings.ts'
import { fieldError, NotFoundError } from '../../domain/errors.ts'
import type { ProposalTarget } from '../../domain/setlist.ts'
import { readerOf } from '../read-access.ts'
import type { Actor, Deps } from '../deps.ts'
import { loadFrame, ruleIdsOf } from './set-list-frame.ts'

/**
 * The rule context of a set list for an act and its target (a show, leg or tour, or none yet), with
 * facts on every recording of the act, so the editor can check a list as it changes with the same
 * engine and the same data the server checks a saved version with.
 */
export async function getRuleContext(
  deps: Deps,
  actor: Actor,
  actId: string,
  target: { kind: ProposalTarget; id?: string | undefined },
): Promise<SetlistRuleContext> {
  await readerOf(deps, actor, 'setlists')
  const ws = actor.workspaceId
  if ((await actName(deps.db, ws, actId)) === null) throw new NotFoundError('act', actId)
  const targetId = target.kind === 'none' ? null : (target.id ?? null)
  if (target.kind !== 'none') {
    if (!targetId) throw fieldError('targetId', `name the ${target.kind}`)
    if ((await actOfTarget(deps.db, ws, target.kind, targetId)) !== actId) throw fieldError('targetId', `no ${target.kind} of this act here`)
  }
  const repertoire = await listActRecordingIds(deps.db, ws, actId)
  const frame = await loadFrame(deps.db, {
    workspaceId: ws,
    actId,
    showId: target.kind === 'show' ? targetId : null,
    target: target.kind === 'leg' || target.kind === 'tour' ? { kind: target.kind, id: targetId! } : null,
    entries: repertoire.map((id) => ({ id, type: 'song' as const, recordingId: id })),
    now: deps.clock.now(),
  })
  const { context } = frame
  return {
    actId,
    targetKind: target.kind,
    targetId,
    rules: frame.rules,
    ruleIds: ruleIdsOf(frame),
    songs: [...context.songs].map(([recordingId, facts]) => ({
      recordingId,
      title: frame.titleOf({ id: recordingId, type: 'song', recordingId }),
      durationSeconds: facts.durationSeconds,
      releasedOn: facts.releasedOn,
      leadPersonIds: facts.leadPersonIds,
      needs: facts.needs,
    })),
    lineupRoles: context.lineupRoles,
    billedGuests: context.billedGuests,
    lastTourSongKeys: context.lastTourSongKeys,
    lastSameCitySongKeys: context.lastSameCitySongKeys,
    personNames: [...(context.personNames ?? new Map<string, string>())].map(([personId, name]) => ({ personId, name })),
  }
}
