import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { Recording, RecordingBodySchema, UpdateRecordingBodySchema } from '../../contract/catalog.ts'
import type { Db } from '../../db/client.ts'
import { FOREIGN_KEY_VIOLATION, sqlState, UNIQUE_VIOLATION } from '../../db/errors.ts'
import { missingActs } from '../../db/queries/acts.ts'
import { missingPeople } from '../../db/queries/people.ts'
import { getRecording as queryOne } from '../../db/queries/recordings.ts'
import { missingWorks } from '../../db/queries/works.ts'
import { recordingFeaturedRows, recordingLeadRows, recordingRows } from '../../db/writes/documents.ts'
import { ConflictError, ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { deleteOrExplain, finishVersionedWrite } from '../versioned-write.ts'

type Body = z.output<typeof RecordingBodySchema>
type UpdateBody = z.output<typeof UpdateRecordingBodySchema>

/** The work, the act, the lead singers and the featured acts are all of this workspace, each named once. */
async function recordingIssues(db: Db, workspaceId: string, body: Body): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = []
  if ((await missingWorks(db, workspaceId, [body.workId])).size > 0) issues.push({ path: 'workId', message: 'no such work in this workspace' })
  const missingActIds = await missingActs(db, workspaceId, [body.actId, ...body.featured.map((f) => f.actId)])
  if (missingActIds.has(body.actId)) issues.push({ path: 'actId', message: 'no such act in this workspace' })
  const missingLeads = await missingPeople(db, workspaceId, body.leadPersonIds)
  const leads = new Set<string>()
  body.leadPersonIds.forEach((personId, i) => {
    if (missingLeads.has(personId)) issues.push({ path: `leadPersonIds.${i}`, message: 'no such person in this workspace' })
    else if (leads.has(personId)) issues.push({ path: `leadPersonIds.${i}`, message: 'this person is listed twice' })
    leads.add(personId)
  })
  const featured = new Set<string>()
  body.featured.forEach((f, i) => {
    const path = `featured.${i}.actId`
    if (missingActIds.has(f.actId)) issues.push({ path, message: 'no such act in this workspace' })
    else if (f.actId === body.actId) issues.push({ path, message: "the recording's own act cannot also be featured on it" })
    else if (featured.has(f.actId)) issues.push({ path, message: 'this act is listed twice' })
    featured.add(f.actId)
  })
  return issues
}

function columns(body: Body) {
  return {
    workId: body.workId,
    actId: body.actId,
    title: body.title || null,
    kind: body.kind,
    durationSeconds: body.durationSeconds ?? null,
    key: body.key ?? null,
    mode: body.mode ?? null,
    tempoBpm: body.tempoBpm ?? null,
    energy: body.energy ?? null,
    needs: [...new Set(body.needs)],
    recordedOn: body.recordedOn ?? null,
    notes: body.notes ?? '',
  }
}

async function insertCredits(db: Db, workspaceId: string, recordingId: string, body: Body): Promise<void> {
  await recordingLeadRows.insert(
    db,
    body.leadPersonIds.map((personId, position) => ({ workspaceId, recordingId, personId, position })),
  )
  await recordingFeaturedRows.insert(
    db,
    body.featured.map((f, position) => ({ workspaceId, recordingId, actId: f.actId, position, credit: f.credit })),
  )
}

/** Something this recording names was removed by someone else between our check and our write. */
async function orConflict<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (err) {
    const state = sqlState(err)
    if (state === FOREIGN_KEY_VIOLATION || state === UNIQUE_VIOLATION)
      throw new ConflictError('A work, act or person this recording names was changed by someone else meanwhile; reload and try again.')
    throw err
  }
}

export async function createRecording(deps: Deps, actor: Actor, body: Body): Promise<Recording> {
  assertWritesAll(actor, 'catalog')
  const now = deps.clock.now()
  const id = uuidv7()
  await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const issues = await recordingIssues(tx, actor.workspaceId, body)
      if (issues.length) throw new ValidationError(issues)
      await recordingRows.insert(tx, { workspaceId: actor.workspaceId, id, ...columns(body), createdAt: now, updatedAt: now })
      await insertCredits(tx, actor.workspaceId, id, body)
    }),
  )
  return (await queryOne(deps.db, actor.workspaceId, id))!
}

export async function updateRecording(deps: Deps, actor: Actor, recordingId: string, body: UpdateBody): Promise<Recording> {
  assertWritesAll(actor, 'catalog')
  const ws = actor.workspaceId
  const updatedRows = await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const issues = await recordingIssues(tx, ws, body)
      if (issues.length) throw new ValidationError(issues)
      const written = await recordingRows.update(tx, ws, recordingId, { ...columns(body), updatedAt: deps.clock.now() }, body.version)
      if (written === 0) return 0
      await recordingLeadRows.clear(tx, ws, recordingId)
      await recordingFeaturedRows.clear(tx, ws, recordingId)
      await insertCredits(tx, ws, recordingId, body)
      return written
    }),
  )
  return finishVersionedWrite({ kind: 'recording', id: recordingId, updatedRows, load: () => queryOne(deps.db, ws, recordingId) })
}

export async function deleteRecording(deps: Deps, actor: Actor, recordingId: string): Promise<void> {
  assertWritesAll(actor, 'catalog')
  await deleteOrExplain('recording', 'track lists or TV placements', () => recordingRows.delete(deps.db, actor.workspaceId, recordingId), recordingId)
}
