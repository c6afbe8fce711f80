import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { AwardNomination, AwardNominationBodySchema, UpdateAwardNominationBodySchema } from '../../contract/charts.ts'
import type { Db } from '../../db/client.ts'
import { FOREIGN_KEY_VIOLATION, sqlState } from '../../db/errors.ts'
import { getAwardNomination as queryOne } from '../../db/queries/charts.ts'
import { awardNominationRows } from '../../db/writes/documents.ts'
import { awardYearProblem } from '../../domain/charts.ts'
import { ConflictError, NotFoundError, StaleVersionError, ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { finishVersionedWrite } from '../versioned-write.ts'
import { missingSubjectIssues } from './chart-subject.ts'

type Body = z.output<typeof AwardNominationBodySchema>
type UpdateBody = z.output<typeof UpdateAwardNominationBodySchema>

async function nominationIssues(db: Db, workspaceId: string, body: Body, currentYear: number): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = []
  const yearProblem = awardYearProblem(body.year, currentYear)
  if (yearProblem) issues.push({ path: 'year', message: yearProblem })
  if (!body.actId && !body.personId && !body.recordingId && !body.releaseGroupId) {
    issues.push({ path: 'actId', message: 'name who or what was nominated: an act, a person, a recording or a release' })
  }
  return [...issues, ...(await missingSubjectIssues(db, workspaceId, body))]
}

function columns(body: Body) {
  return {
    award: body.award,
    category: body.category,
    year: body.year,
    result: body.result,
    actId: body.actId ?? null,
    personId: body.personId ?? null,
    recordingId: body.recordingId ?? null,
    releaseGroupId: body.releaseGroupId ?? null,
    ceremonyDate: body.ceremonyDate ?? null,
    notes: body.notes ?? '',
  }
}

async function orConflict<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (err) {
    if (sqlState(err) === FOREIGN_KEY_VIOLATION)
      throw new ConflictError('Who or what this nomination names was removed by someone else meanwhile; reload and try again.')
    throw err
  }
}

export async function createAwardNomination(deps: Deps, actor: Actor, body: Body): Promise<AwardNomination> {
  assertWritesAll(actor, 'charts')
  const now = deps.clock.now()
  const id = uuidv7()
  await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const issues = await nominationIssues(tx, actor.workspaceId, body, now.getUTCFullYear())
      if (issues.length) throw new ValidationError(issues)
      await awardNominationRows.insert(tx, { workspaceId: actor.workspaceId, id, ...columns(body), createdAt: now, updatedAt: now })
    }),
  )
  return (await queryOne(deps.db, actor.workspaceId, id))!
}

export async function updateAwardNomination(deps: Deps, actor: Actor, nominationId: string, body: UpdateBody): Promise<AwardNomination> {
  assertWritesAll(actor, 'charts')
  const ws = actor.workspaceId
  const now = deps.clock.now()
  const updatedRows = await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const currentVersion = await awardNominationRows.version(tx, ws, nominationId)
      if (currentVersion !== body.version) return 0
      const issues = await nominationIssues(tx, ws, body, now.getUTCFullYear())
      if (issues.length) throw new ValidationError(issues)
      return awardNominationRows.update(tx, ws, nominationId, { ...columns(body), updatedAt: now }, body.version)
    }),
  )
  return finishVersionedWrite({ kind: 'award nomination', id: nominationId, updatedRows, load: () => queryOne(deps.db, ws, nominationId) })
}

/** Removes a nomination; with `version`, only that version (a stale one is answered with 409 and the current nomination). */
export async function deleteAwardNomination(deps: Deps, actor: Actor, nominationId: string, version?: number): Promise<void> {
  assertWritesAll(actor, 'charts')
  const ws = actor.workspaceId
  if ((await awardNominationRows.delete(deps.db, ws, nominationId, version)) > 0) return
  const current = await queryOne(deps.db, ws, nominationId)
  if (!current) throw new NotFoundError('award nomination', nominationId)
  throw new StaleVersionError('award nomination', current)
}
