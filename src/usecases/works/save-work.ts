import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { UpdateWorkBodySchema, Work, WorkBodySchema } from '../../contract/catalog.ts'
import type { Db } from '../../db/client.ts'
import { FOREIGN_KEY_VIOLATION, sqlState, UNIQUE_VIOLATION } from '../../db/errors.ts'
import { missingPeople } from '../../db/queries/people.ts'
import { getWork as queryOne } from '../../db/queries/works.ts'
import { workRows, workWriterRows } from '../../db/writes/documents.ts'
import { ConflictError, ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { percentToBasisPoints, writerShareIssues } from '../../domain/writer-shares.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { deleteOrExplain, finishVersionedWrite } from '../versioned-write.ts'

type Body = z.output<typeof WorkBodySchema>
type UpdateBody = z.output<typeof UpdateWorkBodySchema>

/** Shares total exactly 100 % and every writer is a person of this workspace. */
async function workIssues(db: Db, workspaceId: string, body: Body): Promise<FieldIssue[]> {
  const issues = writerShareIssues(body.writers)
  const missing = await missingPeople(
    db,
    workspaceId,
    body.writers.map((w) => w.personId),
  )
  body.writers.forEach((w, i) => {
    if (missing.has(w.personId)) issues.push({ path: `writers.${i}.personId`, message: 'no such person in this workspace' })
  })
  return issues
}

async function insertWriters(db: Db, workspaceId: string, workId: string, writers: Body['writers']): Promise<void> {
  await workWriterRows.insert(
    db,
    writers.map((w, position) => ({ workspaceId, workId, personId: w.personId, position, role: w.role, shareBp: percentToBasisPoints(w.sharePercent)! })),
  )
}

function columns(body: Body) {
  return { title: body.title, iswc: body.iswc ?? null, notes: body.notes ?? '' }
}

/** A writer removed by someone else between our check and our insert: tell the user, do not fail with a 500. */
async function orConflict<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (err) {
    const state = sqlState(err)
    if (state === FOREIGN_KEY_VIOLATION || state === UNIQUE_VIOLATION)
      throw new ConflictError('A writer of this work was changed by someone else meanwhile; reload and try again.')
    throw err
  }
}

export async function createWork(deps: Deps, actor: Actor, body: Body): Promise<Work> {
  assertWritesAll(actor, 'catalog')
  const now = deps.clock.now()
  const id = uuidv7()
  await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const issues = await workIssues(tx, actor.workspaceId, body)
      if (issues.length) throw new ValidationError(issues)
      await workRows.insert(tx, { workspaceId: actor.workspaceId, id, ...columns(body), createdAt: now, updatedAt: now })
      await insertWriters(tx, actor.workspaceId, id, body.writers)
    }),
  )
  return (await queryOne(deps.db, actor.workspaceId, id))!
}

export async function updateWork(deps: Deps, actor: Actor, workId: string, body: UpdateBody): Promise<Work> {
  assertWritesAll(actor, 'catalog')
  const updatedRows = await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const issues = await workIssues(tx, actor.workspaceId, body)
      if (issues.length) throw new ValidationError(issues)
      const written = await workRows.update(tx, actor.workspaceId, workId, { ...columns(body), updatedAt: deps.clock.now() }, body.version)
      if (written === 0) return 0
      await workWriterRows.clear(tx, actor.workspaceId, workId)
      await insertWriters(tx, actor.workspaceId, workId, body.writers)
      return written
    }),
  )
  return finishVersionedWrite({ kind: 'work', id: workId, updatedRows, load: () => queryOne(deps.db, actor.workspaceId, workId) })
}

export async function deleteWork(deps: Deps, actor: Actor, workId: string): Promise<void> {
  assertWritesAll(actor, 'catalog')
  await deleteOrExplain('work', 'recordings', () => workRows.delete(deps.db, actor.workspaceId, workId), workId)
}
