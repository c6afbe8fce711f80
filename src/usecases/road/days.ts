import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { Day, DayBodySchema, DayListEntry, TourDays, UpdateDayBodySchema } from '../../contract/road.ts'
import type { Db } from '../../db/client.ts'
import { missingActs } from '../../db/queries/acts.ts'
import { itemCounts, listDayRows, tourActId, tourShowDates } from '../../db/queries/road.ts'
import { findLegTourId } from '../../db/queries/tours.ts'
import { sqlState, UNIQUE_VIOLATION } from '../../db/errors.ts'
import { tourDayRows } from '../../db/writes/documents.ts'
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { addDays, timeZoneProblem } from '../../domain/local-time.ts'
import { isPublic } from '../../domain/public-shows.ts'
import type { AnnouncementState, ShowStatus } from '../../domain/touring.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'
import { finishVersionedWrite } from '../versioned-write.ts'
import { loadDay, presentDay, visibleItems } from './day-access.ts'

type DayBody = z.output<typeof DayBodySchema>
type UpdateDayBody = z.output<typeof UpdateDayBodySchema>

/** The references and the zone of a day, checked; every problem named by its field. */
async function checkDay(db: Db, workspaceId: string, body: DayBody): Promise<void> {
  const issues: FieldIssue[] = []
  const zone = timeZoneProblem(body.timeZone)
  if (zone) issues.push({ path: 'timeZone', message: zone })
  if ((await missingActs(db, workspaceId, [body.actId])).size > 0) issues.push({ path: 'actId', message: 'no such act in this workspace' })
  if (body.tourId) {
    const act = await tourActId(db, workspaceId, body.tourId)
    if (!act) issues.push({ path: 'tourId', message: 'no such tour in this workspace' })
    else if (act !== body.actId) issues.push({ path: 'tourId', message: 'this tour is another act’s; a day belongs to the tour’s act' })
  }
  if (body.legId) {
    const tour = await findLegTourId(db, workspaceId, body.legId)
    if (!tour || tour !== body.tourId) issues.push({ path: 'legId', message: 'no such leg in this day’s tour' })
  }
  if (issues.length) throw new ValidationError(issues)
}

async function orTaken<T>(write: () => Promise<T>, body: DayBody): Promise<T> {
  try {
    return await write()
  } catch (err) {
    if (sqlState(err) === UNIQUE_VIOLATION) throw new ConflictError(`This act already has a day on ${body.localDate}; edit that one.`)
    throw err
  }
}

const columns = (body: DayBody) => ({
  actId: body.actId,
  tourId: body.tourId ?? null,
  legId: body.legId ?? null,
  localDate: body.localDate,
  type: body.type,
  city: body.city,
  timeZone: body.timeZone,
  notes: body.notes ?? '',
})

export async function loadDayView(deps: Deps, actor: Actor, dayId: string): Promise<Day | null> {
  const day = await loadDay(deps.db, actor.workspaceId, dayId)
  return day ? presentDay(day, await readerOf(deps, actor, 'road')) : null
}

export async function getDay(deps: Deps, actor: Actor, dayId: string): Promise<Day> {
  const day = await loadDayView(deps, actor, dayId)
  if (!day) throw new NotFoundError('day', dayId)
  return day
}

export async function createDay(deps: Deps, actor: Actor, body: DayBody): Promise<Day> {
  assertWritesAll(actor, 'road')
  await checkDay(deps.db, actor.workspaceId, body)
  const id = uuidv7()
  const now = deps.clock.now()
  await orTaken(() => tourDayRows.insert(deps.db, { workspaceId: actor.workspaceId, id, ...columns(body), createdAt: now, updatedAt: now }), body)
  await deps.events?.publish({ workspaceId: actor.workspaceId, kind: 'road.day', dayId: id })
  return getDay(deps, actor, id)
}

export async function updateDay(deps: Deps, actor: Actor, dayId: string, body: UpdateDayBody): Promise<Day> {
  assertWritesAll(actor, 'road')
  await checkDay(deps.db, actor.workspaceId, body)
  const updatedRows = await orTaken(
    () => tourDayRows.update(deps.db, actor.workspaceId, dayId, { ...columns(body), updatedAt: deps.clock.now() }, body.version),
    body,
  )
  if (updatedRows) await deps.events?.publish({ workspaceId: actor.workspaceId, kind: 'road.day', dayId })
  return finishVersionedWrite({ kind: 'day', id: dayId, updatedRows, load: () => loadDayView(deps, actor, dayId) })
}

export async function deleteDay(deps: Deps, actor: Actor, dayId: string): Promise<void> {
  assertWritesAll(actor, 'road')
  if ((await tourDayRows.delete(deps.db, actor.workspaceId, dayId)) === 0) throw new NotFoundError('day', dayId)
  await deps.events?.publish({ workspaceId: actor.workspaceId, kind: 'road.day', dayId })
}

/** Stored days by date (of an act, a tour, a date range); a limited reader sees only the days with a line of theirs. */
export async function listDays(deps: Deps, actor: Actor, filter: { actId?: string; tourId?: string; from?: string; to?: string }): Promise<DayListEntry[]> {
  const reader = await readerOf(deps, actor, 'road')
  const rows = await listDayRows(deps.db, actor.workspaceId, filter)
  if (reader.whole) {
    const counts = await itemCounts(
      deps.db,
      actor.workspaceId,
      rows.map((r) => r.id),
    )
    return rows.map((r) => ({ ...entryOf(r), itemCount: counts.get(r.id) ?? 0 }))
  }
  const out: DayListEntry[] = []
  for (const r of rows) {
    const day = await loadDay(deps.db, actor.workspaceId, r.id)
    const mine = day ? visibleItems(day, reader) : []
    if (mine.length) out.push({ ...entryOf(r), notes: '', itemCount: mine.length })
  }
  return out
}

const entryOf = (r: Awaited<ReturnType<typeof listDayRows>>[number]): Omit<DayListEntry, 'itemCount'> => ({
  id: r.id,
  actId: r.actId,
  actName: r.actName,
  tourId: r.tourId,
  legId: r.legId,
  localDate: r.localDate,
  type: r.type as DayListEntry['type'],
  city: r.city,
  timeZone: r.timeZone,
  notes: r.notes,
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
})

/**
 * Every date of a tour (or one leg) from its first day to its last: stored days with their type, city
 * and zone; show days derived from the shows where no day is stored yet; the dates between with
 * nothing on them as gaps (type null), so a missing travel or off day shows.
 */
export async function tourDays(deps: Deps, actor: Actor, tourId: string, legId?: string): Promise<TourDays> {
  const reader = await readerOf(deps, actor, 'road')
  const actId = await tourActId(deps.db, actor.workspaceId, tourId)
  if (!actId) throw new NotFoundError('tour', tourId)
  if (legId && (await findLegTourId(deps.db, actor.workspaceId, legId)) !== tourId) throw new NotFoundError('leg', legId)
  const now = deps.clock.now()
  const showRows = (await tourShowDates(deps.db, actor.workspaceId, tourId, legId)).filter(
    (s) => reader.whole || isPublic({ status: s.status as ShowStatus, announcement: s.announcement as AnnouncementState, announceAt: s.announceAt }, now),
  )
  let days = await listDayRows(deps.db, actor.workspaceId, { tourId, legId })
  const counts = new Map<string, number>()
  if (reader.whole)
    for (const [k, v] of await itemCounts(
      deps.db,
      actor.workspaceId,
      days.map((d) => d.id),
    ))
      counts.set(k, v)
  else {
    const kept: typeof days = []
    for (const d of days) {
      const day = await loadDay(deps.db, actor.workspaceId, d.id)
      const mine = day ? visibleItems(day, reader).length : 0
      if (mine) {
        kept.push(d)
        counts.set(d.id, mine)
      }
    }
    days = kept
  }
  const dates = [...new Set([...days.map((d) => d.localDate), ...showRows.map((s) => s.localDate)])].sort()
  const out: TourDays['dates'] = []
  let gaps = 0
  if (dates.length) {
    for (let date = dates[0]!; date <= dates[dates.length - 1]!; date = addDays(date, 1)) {
      const day = days.find((d) => d.localDate === date)
      const onDate = showRows.filter((s) => s.localDate === date)
      const shows = onDate.map((s) => ({ id: s.id, venueName: s.venueName, city: s.city, timeZone: s.timeZone, status: s.status as ShowStatus }))
      if (day)
        out.push({
          localDate: date,
          dayId: day.id,
          type: day.type as DayListEntry['type'],
          city: day.city,
          timeZone: day.timeZone,
          notes: reader.whole ? day.notes : '',
          itemCount: counts.get(day.id) ?? 0,
          shows,
          version: day.version,
        })
      else if (shows.length)
        out.push({
          localDate: date,
          dayId: null,
          type: 'show',
          city: shows[0]!.city,
          timeZone: shows[0]!.timeZone,
          notes: '',
          itemCount: 0,
          shows,
          version: null,
        })
      else if (reader.whole) {
        gaps++
        out.push({ localDate: date, dayId: null, type: null, city: null, timeZone: null, notes: '', itemCount: 0, shows: [], version: null })
      }
    }
  }
  return { tourId, legId: legId ?? null, actId, gaps, dates: out }
}
