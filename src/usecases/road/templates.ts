import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { ApplyTemplateBodySchema, Day, ScheduleTemplate, ScheduleTemplateBodySchema, UpdateScheduleTemplateBodySchema } from '../../contract/road.ts'
import { getDayRow, listTemplateRows, showIdsOnDay } from '../../db/queries/road.ts'
import { getStoredShow } from '../../db/queries/shows.ts'
import { dayItemRows, scheduleItemRows, scheduleTemplateRows, touchTourDay } from '../../db/writes/documents.ts'
import { NotFoundError, ValidationError, fieldError } from '../../domain/errors.ts'
import { resolveTemplate, type TemplateLine } from '../../domain/road.ts'
import { itemSpan } from '../../domain/schedule-times.ts'
import { showTimeDays } from '../../domain/show-time-days.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'
import { finishVersionedWrite } from '../versioned-write.ts'
import { getDay } from './days.ts'

type TemplateBody = z.output<typeof ScheduleTemplateBodySchema>

const lines = (body: TemplateBody): TemplateLine[] =>
  body.items.map((l, i) => {
    if (l.anchor === 'fixed' && !l.time) throw fieldError(`items.${i}.time`, 'a line at a fixed time needs its time')
    return { ...l, time: l.time ?? null, durationMinutes: l.durationMinutes ?? null }
  })

export async function listTemplates(deps: Deps, actor: Actor): Promise<ScheduleTemplate[]> {
  await readerOf(deps, actor, 'road')
  return listTemplateRows(deps.db, actor.workspaceId)
}

async function loadTemplate(deps: Deps, workspaceId: string, id: string): Promise<ScheduleTemplate | null> {
  return (await listTemplateRows(deps.db, workspaceId, id))[0] ?? null
}

export async function createTemplate(deps: Deps, actor: Actor, body: TemplateBody): Promise<ScheduleTemplate> {
  assertWritesAll(actor, 'road')
  const id = uuidv7()
  await scheduleTemplateRows.insert(deps.db, { workspaceId: actor.workspaceId, id, name: body.name, items: lines(body), updatedAt: deps.clock.now() })
  return (await loadTemplate(deps, actor.workspaceId, id))!
}

export async function updateTemplate(deps: Deps, actor: Actor, id: string, body: z.output<typeof UpdateScheduleTemplateBodySchema>): Promise<ScheduleTemplate> {
  assertWritesAll(actor, 'road')
  const updatedRows = await scheduleTemplateRows.update(
    deps.db,
    actor.workspaceId,
    id,
    { name: body.name, items: lines(body), updatedAt: deps.clock.now() },
    body.version,
  )
  return finishVersionedWrite({ kind: 'schedule template', id, updatedRows, load: () => loadTemplate(deps, actor.workspaceId, id) })
}

/**
 * A default schedule applied to a day: each line placed from its anchor in the day's show (the
 * show's times, past midnight included), written as ordinary lines to adjust afterwards. Lines the
 * show has no time for are reported, not guessed.
 */
export async function applyTemplate(
  deps: Deps,
  actor: Actor,
  dayId: string,
  body: z.output<typeof ApplyTemplateBodySchema>,
): Promise<{ day: Day; skipped: string[] }> {
  assertWritesAll(actor, 'road')
  const ws = actor.workspaceId
  const day = await getDayRow(deps.db, ws, dayId)
  if (!day) throw new NotFoundError('day', dayId)
  const template = await loadTemplate(deps, ws, body.templateId)
  if (!template) throw fieldError('templateId', 'no such default schedule in this workspace')
  const showId = body.showId ?? (await showIdsOnDay(deps.db, ws, day))[0]
  const show = showId ? await getStoredShow(deps.db, ws, showId) : null
  if (body.showId && !show) throw fieldError('showId', 'no such show in this workspace')
  const times = show?.times ?? {}
  const { resolved, skipped } = resolveTemplate(template.items, times, showTimeDays(times).days)
  const now = deps.clock.now()
  const rows = resolved.map((r) => {
    const span = itemSpan(day, { startTime: r.startTime, startDayOffset: r.startDayOffset, endTime: r.endTime })
    if (!span.ok) throw new ValidationError(span.issues.map((i) => ({ path: 'templateId', message: `${r.line.title}: ${i.message}` })))
    return {
      workspaceId: ws,
      id: uuidv7(),
      dayId,
      title: r.line.title,
      kind: r.line.kind,
      startTime: r.startTime,
      startDayOffset: r.startDayOffset,
      endTime: r.endTime,
      startsAt: span.startsAt,
      endsAt: span.endsAt,
      display: r.line.display,
      confirmed: false,
      audience: r.line.audience,
      audienceActId: null,
      location: '',
      notes: '',
      updatedAt: now,
    }
  })
  await deps.db.transaction(async (tx) => {
    if (body.replace) await dayItemRows.clear(tx, ws, dayId)
    for (const row of rows) await scheduleItemRows.insert(tx, row)
    await touchTourDay(tx, ws, dayId, now)
  })
  await deps.events?.publish({ workspaceId: ws, kind: 'road.day', dayId })
  return { day: await getDay(deps, actor, dayId), skipped: skipped.map((l) => l.title) }
}
