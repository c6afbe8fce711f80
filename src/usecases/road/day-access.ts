import type { Day, ScheduleItem } from '../../contract/road.ts'
import type { Db } from '../../db/client.ts'
import { billedActIds, dayPeople, getDayRow, listItemRows, showIdsOnDay, type DayRow, type ItemRow } from '../../db/queries/road.ts'
import { NotFoundError } from '../../domain/errors.ts'
import { reaches, timeLabel, type DayAudiences } from '../../domain/road.ts'
import type { Reader } from '../read-access.ts'

/** A day as stored, with its lines, its shows and who its audiences reach. */
export interface LoadedDay {
  row: DayRow
  items: ItemRow[]
  showIds: string[]
  audiences: DayAudiences
}

export async function loadDay(db: Db, workspaceId: string, dayId: string): Promise<LoadedDay | null> {
  const row = await getDayRow(db, workspaceId, dayId)
  if (!row) return null
  const [items, showIds] = await Promise.all([listItemRows(db, workspaceId, [dayId]), showIdsOnDay(db, workspaceId, row)])
  const billed = await billedActIds(db, workspaceId, showIds)
  const actIds = [...new Set([row.actId, ...billed, ...items.flatMap((i) => (i.audienceActId ? [i.audienceActId] : []))])]
  const { actParty, lineup, crew } = await dayPeople(db, workspaceId, actIds, showIds)
  const band = new Set([...(actParty.get(row.actId) ?? []), ...lineup])
  const everyone = new Set([...band, ...crew, ...billed.flatMap((a) => [...(actParty.get(a) ?? [])]), ...items.flatMap((i) => i.people.map((p) => p.personId))])
  return { row, items, showIds, audiences: { band, crew, actParty, everyone } }
}

/** A line as a reader sees it: a reader who cannot edit the day sees no time on a hidden or unconfirmed-time line. */
export function presentItem(item: ItemRow, editor: boolean): ScheduleItem {
  const withheld = !editor && (item.display === 'hidden' || item.display === 'tbc')
  return {
    id: item.id,
    dayId: item.dayId,
    title: item.title,
    kind: item.kind,
    startTime: withheld ? null : item.startTime,
    startDayOffset: withheld ? 0 : item.startDayOffset,
    endTime: withheld ? null : item.endTime,
    endDayOffset: withheld || !item.endTime ? null : item.endTime > item.startTime ? item.startDayOffset : item.startDayOffset + 1,
    startsAt: withheld ? null : item.startsAt.toISOString(),
    endsAt: withheld ? null : (item.endsAt?.toISOString() ?? null),
    timeLabel: timeLabel({ startTime: withheld ? null : item.startTime, startDayOffset: item.startDayOffset, display: item.display }),
    display: item.display,
    confirmed: item.confirmed,
    audience: item.audience,
    audienceActId: item.audienceActId,
    audienceActName: item.audienceActName,
    people: item.people,
    location: item.location,
    notes: item.notes,
    version: item.version,
    updatedAt: item.updatedAt.toISOString(),
  }
}

/** The lines of a day a reader sees: all of them for a whole reader; else only those reaching the reader's person. */
export function visibleItems(day: LoadedDay, reader: Reader): ItemRow[] {
  if (reader.whole) return day.items
  const me = reader.personId
  return me ? day.items.filter((i) => reaches(i, me, day.audiences)) : []
}

/** A day as its reader sees it; a limited reader with no line of theirs on it finds no such day (404). */
export function presentDay(day: LoadedDay, reader: Reader): Day {
  const items = visibleItems(day, reader)
  if (!reader.whole && items.length === 0) throw new NotFoundError('day', day.row.id)
  const r = day.row
  return {
    id: r.id,
    actId: r.actId,
    actName: r.actName,
    tourId: r.tourId,
    legId: r.legId,
    localDate: r.localDate,
    type: r.type as Day['type'],
    city: r.city,
    timeZone: r.timeZone,
    notes: reader.whole ? r.notes : '',
    version: r.version,
    updatedAt: lastUpdated(day).toISOString(),
    items: items.map((i) => presentItem(i, reader.whole)),
  }
}

/** The day's last change: the day itself or any of its lines. */
export function lastUpdated(day: LoadedDay): Date {
  return day.items.reduce((latest, i) => (i.updatedAt > latest ? i.updatedAt : latest), day.row.updatedAt)
}
