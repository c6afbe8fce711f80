import type { Pitch } from '../../contract/rights.ts'
import { listPitchRecords } from '../../db/queries/rights.ts'
import { missingWorks } from '../../db/queries/works.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'
import { ownActIds, ownPersonName, readerOf } from '../read-access.ts'

/** A reader with the `own` scope (viewer) sees only pitches to their own party: an act they belong to, or their own name. */
async function ownPitchFilter(deps: Deps, actor: Actor): Promise<((pitch: Pitch) => boolean) & { present: (pitch: Pitch) => Pitch }> {
  const reader = await readerOf(deps, actor, 'pitches')
  if (reader.whole) return Object.assign(() => true, { present: (p: Pitch) => p })
  const acts = await ownActIds(deps, reader)
  const name = (await ownPersonName(deps, reader))?.trim().toLowerCase()
  // the band's notes on a pitch stay the band's
  return Object.assign((p: Pitch) => (p.actId !== null ? acts.has(p.actId) : !!name && p.artistName.trim().toLowerCase() === name), {
    present: (p: Pitch) => ({ ...p, notes: '' }),
  })
}

/** The pitches of one work, or of the whole workspace, oldest first. */
export async function listPitches(deps: Deps, actor: Actor, workId?: string): Promise<Pitch[]> {
  const mayRead = await ownPitchFilter(deps, actor)
  if (workId && (await missingWorks(deps.db, actor.workspaceId, [workId])).size > 0) throw new NotFoundError('work', workId)
  return (await listPitchRecords(deps.db, actor.workspaceId, workId ? { workId } : {})).filter(mayRead).map(mayRead.present)
}

export async function getPitch(deps: Deps, actor: Actor, pitchId: string): Promise<Pitch> {
  const mayRead = await ownPitchFilter(deps, actor)
  const [pitch] = await listPitchRecords(deps.db, actor.workspaceId, { pitchId })
  if (!pitch || !mayRead(pitch)) throw new NotFoundError('pitch', pitchId)
  return mayRead.present(pitch)
}
