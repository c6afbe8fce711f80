import { and, eq, inArray, notInArray, sql } from 'drizzle-orm'
import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { ReleaseGroup, ReleaseGroupBodySchema, UpdateReleaseGroupBodySchema } from '../../contract/catalog.ts'
import type { Db } from '../../db/client.ts'
import { FOREIGN_KEY_VIOLATION, sqlState, UNIQUE_VIOLATION } from '../../db/errors.ts'
import { missingActs } from '../../db/queries/acts.ts'
import { missingRecordings } from '../../db/queries/recordings.ts'
import { findReleaseGroupKind, getReleaseGroup as queryOne, releaseGroupShape } from '../../db/queries/releases.ts'
import { editions, releaseGroups, tracks } from '../../db/schema/index.ts'
import { ConflictError, ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { assertCan } from '../authorize.ts'
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
  const keptIds = body.editions.flatMap((e) => (e.id ? [e.id] : []))
  const ofGroup = and(eq(editions.workspaceId, workspaceId), eq(editions.releaseGroupId, releaseGroupId))
  await db.delete(editions).where(keptIds.length ? and(ofGroup, notInArray(editions.id, keptIds)) : ofGroup)
  if (keptIds.length) await db.delete(tracks).where(and(eq(tracks.workspaceId, workspaceId), inArray(tracks.editionId, keptIds)))
  for (const [position, e] of body.editions.entries()) {
    const columns = {
      position,
      name: e.name,
      releaseDate: e.releaseDate ?? null,
      preorderDate: e.preorderDate ?? null,
      format: e.format ?? null,
      barcode: e.barcode ?? null,
    }
    const editionId = e.id ?? uuidv7()
    if (e.id)
      await db
        .update(editions)
        .set(columns)
        .where(and(eq(editions.workspaceId, workspaceId), eq(editions.id, e.id)))
    else await db.insert(editions).values({ workspaceId, id: editionId, releaseGroupId, ...columns })
    // One insert per edition keeps the statement well under PostgreSQL's parameter limit.
    if (e.tracks.length)
      await db.insert(tracks).values(e.tracks.map((t) => ({ workspaceId, editionId, medium: t.medium, position: t.position, recordingId: t.recordingId })))
  }
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
  assertCan(actor, 'edit-catalog')
  const now = deps.clock.now()
  const id = uuidv7()
  await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const issues = await documentIssues(tx, actor.workspaceId, body, null)
      if (issues.length) throw new ValidationError(issues)
      await tx.insert(releaseGroups).values({ workspaceId: actor.workspaceId, id, ...groupColumns(body), createdAt: now, updatedAt: now })
      await writeEditions(tx, actor.workspaceId, id, body)
    }),
  )
  return (await queryOne(deps.db, actor.workspaceId, id))!
}

/** Replaces the whole document (group, editions, track lists) under the group's version. */
export async function updateReleaseGroup(deps: Deps, actor: Actor, releaseGroupId: string, body: UpdateBody): Promise<ReleaseGroup> {
  assertCan(actor, 'edit-catalog')
  const ws = actor.workspaceId
  const updatedRows = await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const shape = await releaseGroupShape(tx, ws, releaseGroupId)
      // A stale write is answered with the current document before its content is judged against it.
      if (!shape || shape.version !== body.version) return 0
      const issues = await documentIssues(tx, ws, body, { id: releaseGroupId, ...shape })
      if (issues.length) throw new ValidationError(issues)
      const updated = await tx
        .update(releaseGroups)
        .set({ ...groupColumns(body), version: sql`${releaseGroups.version} + 1`, updatedAt: deps.clock.now() })
        .where(and(eq(releaseGroups.workspaceId, ws), eq(releaseGroups.id, releaseGroupId), eq(releaseGroups.version, body.version)))
        .returning({ id: releaseGroups.id })
      if (updated.length === 0) return 0
      await writeEditions(tx, ws, releaseGroupId, body)
      return updated.length
    }),
  )
  return finishVersionedWrite({ kind: 'release group', id: releaseGroupId, updatedRows, load: () => queryOne(deps.db, ws, releaseGroupId) })
}

export async function deleteReleaseGroup(deps: Deps, actor: Actor, releaseGroupId: string): Promise<void> {
  assertCan(actor, 'edit-catalog')
  await deleteOrExplain(
    'release group',
    'singles taken from it',
    async () =>
      (
        await deps.db
          .delete(releaseGroups)
          .where(and(eq(releaseGroups.workspaceId, actor.workspaceId), eq(releaseGroups.id, releaseGroupId)))
          .returning({ id: releaseGroups.id })
      ).length,
    releaseGroupId,
  )
}
