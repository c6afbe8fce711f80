import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { ReleaseGroup, ReleaseGroupBodySchema, UpdateReleaseGroupBodySchema } from '../../contract/catalog.ts'
import type { Db } from '../../db/client.ts'
import { FOREIGN_KEY_VIOLATION, sqlState, UNIQUE_VIOLATION } from '../../db/errors.ts'
import { missingActs } from '../../db/queries/acts.ts'
import { missingRecordings } from '../../db/queries/recordings.ts'
import { findReleaseGroupKind, getReleaseGroup as queryOne, releaseGroupShape } from '../../db/queries/releases.ts'
import { releaseGroupRows, replaceEditions } from '../../db/writes/documents.ts'
import { ConflictError, ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { deleteOrExplain, finishVersionedWrite } from '../versioned-write.ts'
import { releaseGroupBodyIssues } from '../../domain/release-group-issues.ts'

type Body = z.output<typeof ReleaseGroupBodySchema>
type UpdateBody = z.output<typeof UpdateReleaseGroupBodySchema>
/** The stored release group a body replaces; null when the body creates one. */
type Existing = { id: string; editionIds: string[]; hasSingles: boolean } | null

/** The document's own rules, then everything it names: act, album, kept editions and recordings, all of this workspace. */
async function documentIssues(db: Db, workspaceId: string, body: Body, existing: Existing): Promise<FieldIssue[]> {
  const issues = releaseGroupBodyIssues(body)
  if ((await missingActs(db, workspaceId, [body.actId])).size > 0) issues.push({ path: 'actId', message: 'no such act in this workspace' })
  if (body.kind === 'single' && body.singleOfId) {
    const albumKind = await findReleaseGroupKind(db, workspaceId, body.singleOfId)
    if (body.singleOfId === existing?.id) issues.push({ path: 'singleOfId', message: 'a release cannot be a single of itself' })
    else if (!albumKind) issues.push({ path: 'singleOfId', message: 'no such album in this workspace' })
    else if (albumKind !== 'album')
      issues.push({ path: 'singleOfId', message: `a single is taken from an album, not from a${albumKind === 'ep' ? 'n EP' : ' single'}` })
  }
  if (existing?.hasSingles && body.kind !== 'album')
    issues.push({ path: 'kind', message: 'singles are taken from this album; it stays an album while they point at it' })
  const kept = new Set(existing?.editionIds ?? [])
  body.editions.forEach((e, n) => {
    if (e.id && !kept.has(e.id)) issues.push({ path: `editions.${n}.id`, message: 'not an edition of this release; omit the id for a new edition' })
  })
  const missing = await missingRecordings(
    db,
    workspaceId,
    body.editions.flatMap((e) => e.tracks.map((t) => t.recordingId)),
  )
  body.editions.forEach((e, n) =>
    e.tracks.forEach((t, m) => {
      if (missing.has(t.recordingId)) issues.push({ path: `editions.${n}.tracks.${m}.recordingId`, message: 'no such recording in this workspace' })
    }),
  )
  return issues
}

function groupColumns(body: Body) {
  const isSingle = body.kind === 'single'
  return {
    actId: body.actId,
    title: body.title,
    kind: body.kind,
    singleOfId: isSingle ? (body.singleOfId ?? null) : null,
    singleOrder: isSingle ? (body.singleOrder ?? null) : null,
    notes: body.notes ?? '',
  }
}

/** Replaces the editions and track lists wholesale, keeping the ids of editions the body names. */
async function writeEditions(db: Db, workspaceId: string, releaseGroupId: string, body: Body): Promise<void> {
  await replaceEditions(
    db,
    workspaceId,
    releaseGroupId,
    body.editions.map((e) => ({
      id: e.id,
      name: e.name,
      releaseDate: e.releaseDate ?? null,
      preorderDate: e.preorderDate ?? null,
      format: e.format ?? null,
      barcode: e.barcode ?? null,
      tracks: e.tracks,
    })),
  )
}

/** Something the document names was removed or changed by someone else between our check and our write. */
async function orConflict<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (err) {
    const state = sqlState(err)
    if (state === FOREIGN_KEY_VIOLATION || state === UNIQUE_VIOLATION)
      throw new ConflictError('An act, album or recording this release names was changed by someone else meanwhile; reload and try again.')
    throw err
  }
}

export async function createReleaseGroup(deps: Deps, actor: Actor, body: Body): Promise<ReleaseGroup> {
  assertWritesAll(actor, 'catalog')
  const now = deps.clock.now()
  const id = uuidv7()
  await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const issues = await documentIssues(tx, actor.workspaceId, body, null)
      if (issues.length) throw new ValidationError(issues)
      await releaseGroupRows.insert(tx, { workspaceId: actor.workspaceId, id, ...groupColumns(body), createdAt: now, updatedAt: now })
      await writeEditions(tx, actor.workspaceId, id, body)
    }),
  )
  return (await queryOne(deps.db, actor.workspaceId, id))!
}

/** Replaces the whole document (group, editions, track lists) under the group's version. */
export async function updateReleaseGroup(deps: Deps, actor: Actor, releaseGroupId: string, body: UpdateBody): Promise<ReleaseGroup> {
  assertWritesAll(actor, 'catalog')
  const ws = actor.workspaceId
  const updatedRows = await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const shape = await releaseGroupShape(tx, ws, releaseGroupId)
      // A stale write is answered with the current document before its content is judged against it.
      if (!shape || shape.version !== body.version) return 0
      const issues = await documentIssues(tx, ws, body, { id: releaseGroupId, ...shape })
      if (issues.length) throw new ValidationError(issues)
      const written = await releaseGroupRows.update(tx, ws, releaseGroupId, { ...groupColumns(body), updatedAt: deps.clock.now() }, body.version)
      if (written === 0) return 0
      await writeEditions(tx, ws, releaseGroupId, body)
      return written
    }),
  )
  return finishVersionedWrite({ kind: 'release group', id: releaseGroupId, updatedRows, load: () => queryOne(deps.db, ws, releaseGroupId) })
}

export async function deleteReleaseGroup(deps: Deps, actor: Actor, releaseGroupId: string): Promise<void> {
  assertWritesAll(actor, 'catalog')
  await deleteOrExplain('release group', 'singles taken from it', () => releaseGroupRows.delete(deps.db, actor.workspaceId, releaseGroupId), releaseGroupId)
}
