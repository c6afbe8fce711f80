import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { Placement, PlacementBodySchema, UpdatePlacementBodySchema } from '../../contract/catalog.ts'
import type { Db } from '../../db/client.ts'
import { FOREIGN_KEY_VIOLATION, sqlState } from '../../db/errors.ts'
import { getPlacement as queryOne } from '../../db/queries/placements.ts'
import { missingRecordings } from '../../db/queries/recordings.ts'
import { ConflictError, fieldError } from '../../domain/errors.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { placementRows } from '../../db/writes/documents.ts'
import { deleteOrExplain, finishVersionedWrite } from '../versioned-write.ts'

type Body = z.output<typeof PlacementBodySchema>
type UpdateBody = z.output<typeof UpdatePlacementBodySchema>

async function assertRecordingExists(db: Db, workspaceId: string, body: Body): Promise<void> {
  if ((await missingRecordings(db, workspaceId, [body.recordingId])).size > 0) throw fieldError('recordingId', 'no such recording in this workspace')
}

function columns(body: Body) {
  return {
    recordingId: body.recordingId,
    series: body.series,
    season: body.season ?? null,
    episodeNumber: body.episodeNumber ?? null,
    episodeTitle: body.episodeTitle || null,
    airDate: body.airDate ?? null,
    notes: body.notes ?? '',
  }
}

/** The recording was removed by someone else between our check and our write. */
async function orConflict<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (err) {
    if (sqlState(err) === FOREIGN_KEY_VIOLATION)
      throw new ConflictError('The recording of this placement was removed by someone else meanwhile; reload and try again.')
    throw err
  }
}

export async function createPlacement(deps: Deps, actor: Actor, body: Body): Promise<Placement> {
  assertWritesAll(actor, 'catalog')
  const id = uuidv7()
  await orConflict(() =>
    deps.db.transaction(async (tx) => {
      await assertRecordingExists(tx, actor.workspaceId, body)
      await placementRows.insert(tx, { workspaceId: actor.workspaceId, id, ...columns(body) })
    }),
  )
  return (await queryOne(deps.db, actor.workspaceId, id))!
}

export async function updatePlacement(deps: Deps, actor: Actor, placementId: string, body: UpdateBody): Promise<Placement> {
  assertWritesAll(actor, 'catalog')
  const updatedRows = await orConflict(() =>
    deps.db.transaction(async (tx) => {
      await assertRecordingExists(tx, actor.workspaceId, body)
      return placementRows.update(tx, actor.workspaceId, placementId, columns(body), body.version)
    }),
  )
  return finishVersionedWrite({ kind: 'placement', id: placementId, updatedRows, load: () => queryOne(deps.db, actor.workspaceId, placementId) })
}

export async function deletePlacement(deps: Deps, actor: Actor, placementId: string): Promise<void> {
  assertWritesAll(actor, 'catalog')
  await deleteOrExplain('placement', 'other records', () => placementRows.delete(deps.db, actor.workspaceId, placementId), placementId)
}
