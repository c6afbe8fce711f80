import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { ScheduleItem, ScheduleItemBodySchema, UpdateScheduleItemBodySchema } from '../../contract/road.ts'
import type { Db } from '../../db/client.ts'
import { missingActs } from '../../db/queries/acts.ts'
import { missingPeople } from '../../db/queries/people.ts'
import { getDayRow, listItemRows, type DayRow } from '../../db/queries/road.ts'
import { FOREIGN_KEY_VIOLATION, sqlState } from '../../db/errors.ts'
import { scheduleItemPeopleRows, scheduleItemRows, touchTourDay } from '../../db/writes/documents.ts'
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { itemSpan } from '../../domain/schedule-times.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { finishVersionedWrite } from '../versioned-write.ts'
import { presentItem } from './day-access.ts'

type ItemBody = z.output<typeof ScheduleItemBodySchema>
type UpdateItemBody = z.output<typeof UpdateScheduleItemBodySchema>

/** A line's columns on its day's clock, checked (times and the DST rule, audience, references); a 400 names every field. */
export async function draftItem(db: Db, workspaceId: string, day: DayRow, body: ItemBody) {
  const issues: FieldIssue[] = []
  const startDayOffset = body.afterMidnight ? 1 : 0
  const span = itemSpan(day, { startTime: body.startTime, startDayOffset, endTime: body.endTime ?? null })
  if (!span.ok) issues.push(...span.issues)
  if (body.audience === 'act') {
    if (!body.audienceActId) issues.push({ path: 'audienceActId', message: 'required with the audience "act": whose party sees this line' })
    else if ((await missingActs(db, workspaceId, [body.audienceActId])).size) issues.push({ path: 'audienceActId', message: 'no such act in this workspace' })
  }
  const personIds = body.audience === 'people' ? [...new Set(body.personIds)] : []
  if (body.audience === 'people' && personIds.length === 0) issues.push({ path: 'personIds', message: 'name at least one person with the audience "people"' })
  const missing = await missingPeople(db, workspaceId, personIds)
  personIds.forEach((id, i) => {
    if (missing.has(id)) issues.push({ path: `personIds.${i}`, message: 'no such person in this workspace' })
  })
  if (issues.length || !span.ok) throw new ValidationError(issues)
  return {
    personIds,
    columns: {
      title: body.title,
      kind: body.kind,
      startTime: body.startTime,
      startDayOffset,
      endTime: body.endTime ?? null,
      startsAt: span.startsAt,
      endsAt: span.endsAt,
      display: body.display,
      confirmed: body.confirmed,
      audience: body.audience,
      audienceActId: body.audience === 'act' ? (body.audienceActId ?? null) : null,
      location: body.location ?? '',
      notes: body.notes ?? '',
    },
  }
}

async function dayOf(db: Db, workspaceId: string, dayId: string): Promise<DayRow> {
  const day = await getDayRow(db, workspaceId, dayId)
  if (!day) throw new NotFoundError('day', dayId)
  return day
}

async function orConflict<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (err) {
    if (sqlState(err) === FOREIGN_KEY_VIOLATION)
      throw new ConflictError('The day, an act or a person of this line was changed by someone else meanwhile; reload and try again.')
    throw err
  }
}

async function loadItem(deps: Deps, workspaceId: string, dayId: string, itemId: string): Promise<ScheduleItem | null> {
  const [row] = await listItemRows(deps.db, workspaceId, [dayId], itemId)
  return row ? presentItem(row, true) : null
}

export async function createItem(deps: Deps, actor: Actor, dayId: string, body: ItemBody): Promise<ScheduleItem> {
  assertWritesAll(actor, 'road')
  const ws = actor.workspaceId
  const day = await dayOf(deps.db, ws, dayId)
  const draft = await draftItem(deps.db, ws, day, body)
  const id = uuidv7()
  const now = deps.clock.now()
  await orConflict(() =>
    deps.db.transaction(async (tx) => {
      await scheduleItemRows.insert(tx, { workspaceId: ws, id, dayId, ...draft.columns, updatedAt: now })
      await scheduleItemPeopleRows.insert(
        tx,
        draft.personIds.map((personId) => ({ workspaceId: ws, itemId: id, personId })),
      )
      await touchTourDay(tx, ws, dayId, now)
    }),
  )
  await deps.events?.publish({ workspaceId: ws, kind: 'road.day', dayId })
  return (await loadItem(deps, ws, dayId, id))!
}

export async function updateItem(deps: Deps, actor: Actor, dayId: string, itemId: string, body: UpdateItemBody): Promise<ScheduleItem> {
  assertWritesAll(actor, 'road')
  const ws = actor.workspaceId
  const day = await dayOf(deps.db, ws, dayId)
  if (!(await loadItem(deps, ws, dayId, itemId))) throw new NotFoundError('schedule item', itemId)
  const draft = await draftItem(deps.db, ws, day, body)
  const now = deps.clock.now()
  const updatedRows = await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const written = await scheduleItemRows.update(tx, ws, itemId, { ...draft.columns, updatedAt: now }, body.version)
      if (written === 0) return 0
      await scheduleItemPeopleRows.replace(
        tx,
        ws,
        itemId,
        draft.personIds.map((personId) => ({ workspaceId: ws, itemId, personId })),
      )
      await touchTourDay(tx, ws, dayId, now)
      return written
    }),
  )
  if (updatedRows) await deps.events?.publish({ workspaceId: ws, kind: 'road.day', dayId })
  return finishVersionedWrite({ kind: 'schedule item', id: itemId, updatedRows, load: () => loadItem(deps, ws, dayId, itemId) })
}

export async function deleteItem(deps: Deps, actor: Actor, dayId: string, itemId: string): Promise<void> {
  assertWritesAll(actor, 'road')
  const ws = actor.workspaceId
  if (!(await loadItem(deps, ws, dayId, itemId))) throw new NotFoundError('schedule item', itemId)
  await scheduleItemRows.delete(deps.db, ws, itemId)
  await touchTourDay(deps.db, ws, dayId, deps.clock.now())
  await deps.events?.publish({ workspaceId: ws, kind: 'road.day', dayId })
}
