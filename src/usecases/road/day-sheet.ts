import type { DaySheet } from '../../contract/road.ts'
import { findPersonIdOfUser } from '../../db/queries/accounts.ts'
import { personName } from '../../db/queries/people.ts'
import { listDayRows } from '../../db/queries/road.ts'
import { getStoredShow } from '../../db/queries/shows.ts'
import { ForbiddenError, NotFoundError, fieldError } from '../../domain/errors.ts'
import type { FeedScheduleItem } from '../../domain/feeds.ts'
import { addDays, instantToLocalDate, instantToLocalTime, timeZoneProblem } from '../../domain/local-time.ts'
import { grantOf, readScope } from '../../domain/permissions.ts'
import { reaches } from '../../domain/road.ts'
import type { Actor, Deps } from '../deps.ts'
import { publicShowIds, readerOf } from '../read-access.ts'
import { getShowSetlist } from '../setlists/apply-setlist.ts'
import { lastUpdated, loadDay, presentItem, type LoadedDay } from './day-access.ts'
import { staysForNight } from './hotels.ts'
import { dayContacts } from '../advance/advance.ts'
import { travelForDay } from './travel.ts'

/** How many days ahead a phone keeps its day sheets for offline reading (ADR 019, ADR 034). */
export const OFFLINE_DAYS = 7

/**
 * Whose sheet a reader may open: their own always; someone else's only a role that edits the road
 * (a tour manager looking at Dustin's day). No person: the whole day, for those same roles.
 */
export async function sheetPerson(deps: Deps, actor: Actor, personId: string | undefined): Promise<{ personId: string | null; editor: boolean }> {
  const editor = grantOf(actor.role, 'road').write === 'all'
  const own = await findPersonIdOfUser(deps.db, actor.workspaceId, actor.userId)
  if (personId === undefined || personId === own) {
    if (own === null && !editor) throw new ForbiddenError('Your account has no person in this workspace, so there is no day sheet of yours.')
    return { personId: own, editor }
  }
  if (!editor) throw new ForbiddenError(`Your role (${actor.role}) may read only your own day sheet.`)
  return { personId, editor }
}

export async function present(
  deps: Deps,
  actor: Actor,
  day: LoadedDay,
  who: { personId: string | null; editor: boolean },
  zone: string | undefined,
): Promise<DaySheet | null> {
  const me = who.personId
  const items = me === null ? day.items : day.items.filter((i) => reaches(i, me, day.audiences))
  const myZone = zone && zone !== day.row.timeZone ? zone : null
  const { travel, updatedAt: travelUpdatedAt } = await travelForDay(deps, actor, me, day.row.localDate, zone ?? null)
  if (items.length === 0 && travel.length === 0 && !who.editor) return null
  const show = day.showIds[0] ? await sheetShow(deps, actor, day.showIds[0]) : null
  const hotels = await staysForNight(deps, actor, me, day.row.localDate)
  // The sheet's last change: the day's and its lines', its hotel stays' and its journeys' (ADR 039, ADR 036).
  const updatedAt = [...hotels.map((h) => new Date(h.updatedAt)), ...(travelUpdatedAt ? [travelUpdatedAt] : [])].reduce(
    (latest, at) => (at > latest ? at : latest),
    lastUpdated(day),
  )
  return {
    dayId: day.row.id,
    personId: me,
    personName: me ? await personName(deps.db, actor.workspaceId, me) : null,
    actName: day.row.actName,
    localDate: day.row.localDate,
    type: day.row.type as DaySheet['type'],
    city: day.row.city,
    timeZone: day.row.timeZone,
    myTimeZone: myZone,
    notes: who.editor ? day.row.notes : '',
    items: items.map((i) => {
      const item = presentItem(i, who.editor)
      let myTime: string | null = null
      if (myZone && item.startsAt) {
        const at = new Date(item.startsAt)
        const date = instantToLocalDate(at, myZone)
        const onDay = addDays(day.row.localDate, i.startDayOffset)
        myTime = date === onDay ? instantToLocalTime(at, myZone) : `${instantToLocalTime(at, myZone)} (${date})`
      }
      return { ...item, myTime }
    }),
    show,
    contacts: show ? await dayContacts(deps, actor, show.id) : [],
    hotels,
    travel,
    updatedAt: updatedAt.toISOString(),
  }
}

/** A show as a day sheet prints it (venue, times, the agreed set list), or null for a reader who may not see the show. */
export async function sheetShow(deps: Deps, actor: Actor, showId: string): Promise<DaySheet['show']> {
  const visible = readScope(actor.role, 'shows') === 'all' || (await publicShowIds(deps, actor.workspaceId)).has(showId)
  const stored = visible ? await getStoredShow(deps.db, actor.workspaceId, showId) : null
  if (!stored) return null
  let setlist: { position: number; title: string }[] | null = null
  if (readScope(actor.role, 'setlists') !== 'none') {
    try {
      const version = await getShowSetlist(deps, actor, showId)
      setlist = version.entries.filter((e) => e.type === 'song').map((e, i) => ({ position: i + 1, title: e.displayTitle }))
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err
    }
  }
  return {
    id: stored.id,
    venueName: stored.venueName,
    address: stored.address,
    city: stored.city,
    times: stored.times,
    timesAfterMidnight: stored.timesAfterMidnight,
    setlist,
  }
}

export function checkZone(zone: string | undefined): void {
  const problem = zone ? timeZoneProblem(zone) : null
  if (problem) throw fieldError('zone', problem)
}

/** One day as one person lives it ("my day"): only the lines that reach them, times on the day's clock and on theirs. */
export async function getDaySheet(deps: Deps, actor: Actor, dayId: string, opts: { personId?: string; zone?: string }): Promise<DaySheet> {
  await readerOf(deps, actor, 'road')
  checkZone(opts.zone)
  const who = await sheetPerson(deps, actor, opts.personId)
  const day = await loadDay(deps.db, actor.workspaceId, dayId)
  const sheet = day ? await present(deps, actor, day, who, opts.zone) : null
  if (!sheet) throw new NotFoundError('day', dayId)
  return sheet
}

/** My day sheets from a date on (by default yesterday on the server's clock, so "today" holds in every zone), for the phone to keep offline. */
export async function myDaySheets(deps: Deps, actor: Actor, opts: { from?: string; days?: number; zone?: string }): Promise<DaySheet[]> {
  await readerOf(deps, actor, 'road')
  checkZone(opts.zone)
  const who = await sheetPerson(deps, actor, undefined)
  if (who.personId === null) return []
  const from = opts.from ?? addDays(deps.clock.now().toISOString().slice(0, 10), -1)
  const to = addDays(from, (opts.days ?? OFFLINE_DAYS) + 1)
  const rows = await listDayRows(deps.db, actor.workspaceId, { from, to })
  const out: DaySheet[] = []
  for (const row of rows) {
    const day = await loadDay(deps.db, actor.workspaceId, row.id)
    const sheet = day ? await present(deps, actor, day, who, opts.zone) : null
    if (sheet && (sheet.items.length || sheet.travel.length)) out.push(sheet)
  }
  return out
}

/** How far back a private feed keeps the lines of past days. */
const FEED_PAST_DAYS = 60

/** The lines that reach a person, for their private calendar feed: days from two months back on; hidden lines never. */
export async function personScheduleItems(deps: Deps, workspaceId: string, personId: string): Promise<FeedScheduleItem[]> {
  const from = addDays(deps.clock.now().toISOString().slice(0, 10), -FEED_PAST_DAYS)
  const out: FeedScheduleItem[] = []
  for (const row of await listDayRows(deps.db, workspaceId, { from })) {
    const day = await loadDay(deps.db, workspaceId, row.id)
    if (!day) continue
    for (const i of day.items) {
      if (i.display === 'hidden' || !reaches(i, personId, day.audiences)) continue
      out.push({
        id: i.id,
        title: i.title,
        place: [i.location, row.city].filter(Boolean).join(', '),
        timeZone: row.timeZone,
        startsAt: i.startsAt,
        endsAt: i.endsAt,
        confirmed: i.confirmed,
        display: i.display,
        notes: i.notes,
        version: i.version,
      })
    }
  }
  return out
}
