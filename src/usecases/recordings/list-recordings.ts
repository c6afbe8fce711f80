import { resolveActId } from '../../db/queries/acts.ts'
import { getRecording as queryOne, listRecordings as query } from '../../db/queries/recordings.ts'
import type { Recording } from '../../contract/catalog.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'

export interface RecordingFilter {
  q?: string
  /** Act id or slug. */
  actId?: string
  workId?: string
}

export async function listRecordings(deps: Deps, actor: Actor, filter: RecordingFilter = {}): Promise<Recording[]> {
  await readerOf(deps, actor, 'catalog')
  const actId = filter.actId ? await resolveActId(deps.db, actor.workspaceId, filter.actId) : undefined
  if (actId === null) return []
  return query(deps.db, actor.workspaceId, { q: filter.q, workId: filter.workId, actId })
}

export async function getRecording(deps: Deps, actor: Actor, recordingId: string): Promise<Recording> {
  await readerOf(deps, actor, 'catalog')
  const recording = await queryOne(deps.db, actor.workspaceId, recordingId)
  if (!recording) throw new NotFoundError('recording', recordingId)
  return recording
}
