import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { ChartEntry, ChartEntryBodySchema, UpdateChartEntryBodySchema } from '../../contract/charts.ts'
import type { Db } from '../../db/client.ts'
import { FOREIGN_KEY_VIOLATION, sqlState, UNIQUE_VIOLATION } from '../../db/errors.ts'
import { getChartEntry as queryOne } from '../../db/queries/charts.ts'
import { chartEntryRows } from '../../db/writes/documents.ts'
import { ConflictError, StaleVersionError, ValidationError, NotFoundError, type FieldIssue } from '../../domain/errors.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { finishVersionedWrite } from '../versioned-write.ts'
import { missingSubjectIssues } from './chart-subject.ts'

type Body = z.output<typeof ChartEntryBodySchema>
type UpdateBody = z.output<typeof UpdateChartEntryBodySchema>

const SUBJECT_FIELDS = ['releaseGroupId', 'editionId', 'recordingId'] as const

/** Exactly one subject: a release, one of its editions, or a recording. */
function subjectCountIssues(body: Body): FieldIssue[] {
  const given = SUBJECT_FIELDS.filter((field) => body[field])
  if (given.length === 0) return [{ path: 'releaseGroupId', message: 'name what charted: a release, an edition or a recording' }]
  return given.slice(1).map((field) => ({ path: field, message: 'a chart entry is of one thing: give only one of release, edition or recording' }))
}

async function entryIssues(db: Db, workspaceId: string, body: Body): Promise<FieldIssue[]> {
  const issues = subjectCountIssues(body)
  if (issues.length) return issues
  return missingSubjectIssues(db, workspaceId, body)
}

function columns(body: Body) {
  return {
    chart: body.chart,
    genre: body.genre || null,
    territory: body.territory ?? null,
    kind: body.kind,
    position: body.position,
    chartDate: body.chartDate,
    releaseGroupId: body.releaseGroupId ?? null,
    editionId: body.editionId ?? null,
    recordingId: body.recordingId ?? null,
    notes: body.notes ?? '',
  }
}

/** A duplicate day on the chart, or a subject removed by someone else between our check and our write. */
async function orConflict<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (err) {
    const state = sqlState(err)
    if (state === UNIQUE_VIOLATION)
      throw new ConflictError('This chart already has a position for it on that day; edit that entry instead.', [
        { path: 'chartDate', message: 'already has an entry on this chart for this day' },
      ])
    if (state === FOREIGN_KEY_VIOLATION) throw new ConflictError('What this chart entry names was removed by someone else meanwhile; reload and try again.')
    throw err
  }
}

export async function createChartEntry(deps: Deps, actor: Actor, body: Body): Promise<ChartEntry> {
  assertWritesAll(actor, 'charts')
  const now = deps.clock.now()
  const id = uuidv7()
  await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const issues = await entryIssues(tx, actor.workspaceId, body)
      if (issues.length) throw new ValidationError(issues)
      await chartEntryRows.insert(tx, { workspaceId: actor.workspaceId, id, ...columns(body), createdAt: now, updatedAt: now })
    }),
  )
  return (await queryOne(deps.db, actor.workspaceId, id))!
}

export async function updateChartEntry(deps: Deps, actor: Actor, chartEntryId: string, body: UpdateBody): Promise<ChartEntry> {
  assertWritesAll(actor, 'charts')
  const ws = actor.workspaceId
  const updatedRows = await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const currentVersion = await chartEntryRows.version(tx, ws, chartEntryId)
      // A stale write is answered with the current entry before its content is judged.
      if (currentVersion !== body.version) return 0
      const issues = await entryIssues(tx, ws, body)
      if (issues.length) throw new ValidationError(issues)
      return chartEntryRows.update(tx, ws, chartEntryId, { ...columns(body), updatedAt: deps.clock.now() }, body.version)
    }),
  )
  return finishVersionedWrite({ kind: 'chart entry', id: chartEntryId, updatedRows, load: () => queryOne(deps.db, ws, chartEntryId) })
}

/** Removes an entry; with `version`, only that version (a stale one is answered with 409 and the current entry). */
export async function deleteChartEntry(deps: Deps, actor: Actor, chartEntryId: string, version?: number): Promise<void> {
  assertWritesAll(actor, 'charts')
  const ws = actor.workspaceId
  if ((await chartEntryRows.delete(deps.db, ws, chartEntryId, version)) > 0) return
  const current = await queryOne(deps.db, ws, chartEntryId)
  if (!current) throw new NotFoundError('chart entry', chartEntryId)
  throw new StaleVersionError('chart entry', current)
}
