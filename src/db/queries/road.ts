import { and, asc, count, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm'
import type { Db } from '../client.ts'
import {
  actMemberships,
  acts,
  people,
  scheduleItemPeople,
  scheduleItems,
  scheduleTemplates,
  showBilling,
  showLineup,
  shows,
  tourDays,
  tours,
  venues,
  workspaceMembers,
} from '../schema/index.ts'
import type { Audience, DisplayMode, ScheduleItemKind, TemplateLine } from '../../domain/road.ts'

export type DayRow = typeof tourDays.$inferSelect & { actName: string }

export interface DayFilter {
  actId?: string
  tourId?: string
  legId?: string
  /** Local dates, inclusive. */
  from?: string
  to?: string
  ids?: string[]
}

/** Stored days by date, each with its act's name. */
export async function listDayRows(db: Db, workspaceId: string, filter: DayFilter = {}): Promise<DayRow[]> {
  const where: SQL[] = [eq(tourDays.workspaceId, workspaceId)]
  if (filter.actId) where.push(eq(tourDays.actId, filter.actId))
  if (filter.tourId) where.push(eq(tourDays.tourId, filter.tourId))
  if (filter.legId) where.push(eq(tourDays.legId, filter.legId))
  if (filter.from) where.push(gte(tourDays.localDate, filter.from))
  if (filter.to) where.push(lte(tourDays.localDate, filter.to))
  if (filter.ids) where.push(filter.ids.length ? inArray(tourDays.id, filter.ids) : isNull(tourDays.id))
  const rows = await db
    .select({ d: tourDays, actName: acts.name })
    .from(tourDays)
    .innerJoin(acts, and(eq(acts.workspaceId, tourDays.workspaceId), eq(acts.id, tourDays.actId)))
    .where(and(...where))
    .orderBy(asc(tourDays.localDate), asc(tourDays.id))
  return rows.map(({ d, actName }) => ({ ...d, actName }))
}

export async function getDayRow(db: Db, workspaceId: string, id: string): Promise<DayRow | null> {
  return (await listDayRows(db, workspaceId, { ids: [id] }))[0] ?? null
}

/** How many lines each of these days has. */
export async function itemCounts(db: Db, workspaceId: string, dayIds: readonly string[]): Promise<Map<string, number>> {
  if (dayIds.length === 0) return new Map()
  const rows = await db
    .select({ dayId: scheduleItems.dayId, n: count() })
    .from(scheduleItems)
    .where(and(eq(scheduleItems.workspaceId, workspaceId), inArray(scheduleItems.dayId, [...dayIds])))
    .groupBy(scheduleItems.dayId)
  return new Map(rows.map((r) => [r.dayId, Number(r.n)]))
}

export interface ItemRow {
  id: string
  dayId: string
  title: string
  kind: ScheduleItemKind
  startTime: string
  startDayOffset: number
  endTime: string | null
  startsAt: Date
  endsAt: Date | null
  display: DisplayMode
  confirmed: boolean
  audience: Audience
  audienceActId: string | null
  audienceActName: string | null
  people: { personId: string; personName: string }[]
  location: string
  notes: string
  version: number
  updatedAt: Date
}

/** The lines of these days in the day's order (by start instant), with their act's name and named people. */
export async function listItemRows(db: Db, workspaceId: string, dayIds: readonly string[], itemId?: string): Promise<ItemRow[]> {
  if (dayIds.length === 0) return []
  const where = and(eq(scheduleItems.workspaceId, workspaceId), inArray(scheduleItems.dayId, [...dayIds]), itemId ? eq(scheduleItems.id, itemId) : undefined)
  const rows = await db
    .select({ i: scheduleItems, actName: acts.name })
    .from(scheduleItems)
    .leftJoin(acts, and(eq(acts.workspaceId, scheduleItems.workspaceId), eq(acts.id, scheduleItems.audienceActId)))
    .where(where)
    .orderBy(asc(scheduleItems.startsAt), asc(scheduleItems.id))
  if (rows.length === 0) return []
  const named = await db
    .select({ itemId: scheduleItemPeople.itemId, personId: scheduleItemPeople.personId, personName: people.name })
    .from(scheduleItemPeople)
    .innerJoin(people, and(eq(people.workspaceId, scheduleItemPeople.workspaceId), eq(people.id, scheduleItemPeople.personId)))
    .where(
      and(
        eq(scheduleItemPeople.workspaceId, workspaceId),
        inArray(
          scheduleItemPeople.itemId,
          rows.map((r) => r.i.id),
        ),
      ),
    )
    .orderBy(asc(people.name), asc(people.id))
  const peopleOf = new Map<string, { personId: string; personName: string }[]>()
  for (const n of named) peopleOf.set(n.itemId, [...(peopleOf.get(n.itemId) ?? []), { personId: n.personId, personName: n.personName }])
  return rows.map(({ i, actName }) => ({
    id: i.id,
    dayId: i.dayId,
    title: i.title,
    kind: i.kind as ScheduleItemKind,
    startTime: i.startTime,
    startDayOffset: i.startDayOffset,
    endTime: i.endTime,
    startsAt: i.startsAt,
    endsAt: i.endsAt,
    display: i.display as DisplayMode,
    confirmed: i.confirmed,
    audience: i.audience as Audience,
    audienceActId: i.audienceActId,
    audienceActName: actName,
    people: peopleOf.get(i.id) ?? [],
    location: i.location,
    notes: i.notes,
    version: i.version,
    updatedAt: i.updatedAt,
  }))
}

/** The shows of a day: the act's (headlined or billed) on that local date, in this tour when the day is in one. */
export async function showIdsOnDay(db: Db, workspaceId: string, day: { actId: string; tourId: string | null; localDate: string }): Promise<string[]> {
  const billed = db
    .select({ id: showBilling.showId })
    .from(showBilling)
    .where(and(eq(showBilling.workspaceId, workspaceId), eq(showBilling.actId, day.actId)))
  const rows = await db
    .select({ id: shows.id })
    .from(shows)
    .where(
      and(
        eq(shows.workspaceId, workspaceId),
        eq(shows.localDate, day.localDate),
        day.tourId ? or(eq(shows.tourId, day.tourId), eq(shows.actId, day.actId)) : or(eq(shows.actId, day.actId), inArray(shows.id, billed)),
      ),
    )
    .orderBy(asc(shows.startsAt), asc(shows.id))
  return rows.map((r) => r.id)
}

/** A tour's shows by date with their venue (the days list derives show days from them). */
export async function tourShowDates(db: Db, workspaceId: string, tourId: string, legId?: string) {
  return db
    .select({
      id: shows.id,
      localDate: shows.localDate,
      legId: shows.legId,
      status: shows.status,
      announcement: shows.announcement,
      announceAt: shows.announceAt,
      venueName: venues.name,
      city: venues.city,
      timeZone: venues.timeZone,
    })
    .from(shows)
    .innerJoin(venues, and(eq(venues.workspaceId, shows.workspaceId), eq(venues.id, shows.venueId)))
    .where(and(eq(shows.workspaceId, workspaceId), eq(shows.tourId, tourId), legId ? eq(shows.legId, legId) : undefined))
    .orderBy(asc(shows.localDate), asc(shows.startsAt))
}

/** Who the audiences of a day reach: each act's party (memberships of any role), the shows' lineups, crew accounts. */
export async function dayPeople(
  db: Db,
  workspaceId: string,
  actIds: readonly string[],
  showIds: readonly string[],
): Promise<{ actParty: Map<string, Set<string>>; lineup: Set<string>; crew: Set<string> }> {
  const memberships = actIds.length
    ? await db
        .select({ actId: actMemberships.actId, personId: actMemberships.personId })
        .from(actMemberships)
        .where(and(eq(actMemberships.workspaceId, workspaceId), inArray(actMemberships.actId, [...actIds])))
    : []
  const actParty = new Map<string, Set<string>>()
  for (const m of memberships) actParty.set(m.actId, (actParty.get(m.actId) ?? new Set()).add(m.personId))
  const lineup = showIds.length
    ? await db
        .select({ personId: showLineup.personId })
        .from(showLineup)
        .where(and(eq(showLineup.workspaceId, workspaceId), inArray(showLineup.showId, [...showIds])))
    : []
  const crew = await db
    .select({ personId: people.id })
    .from(workspaceMembers)
    .innerJoin(people, and(eq(people.workspaceId, workspaceMembers.workspaceId), eq(people.userId, workspaceMembers.userId)))
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.role, 'crew')))
  return { actParty, lineup: new Set(lineup.map((l) => l.personId)), crew: new Set(crew.map((c) => c.personId)) }
}

/** The acts billed on these shows (a support act's party is on the day too). */
export async function billedActIds(db: Db, workspaceId: string, showIds: readonly string[]): Promise<string[]> {
  if (showIds.length === 0) return []
  const rows = await db
    .select({ actId: showBilling.actId })
    .from(showBilling)
    .where(and(eq(showBilling.workspaceId, workspaceId), inArray(showBilling.showId, [...showIds])))
  return [...new Set(rows.map((r) => r.actId))]
}

export interface TemplateRow {
  id: string
  name: string
  items: TemplateLine[]
  version: number
}

export async function listTemplateRows(db: Db, workspaceId: string, id?: string): Promise<TemplateRow[]> {
  const rows = await db
    .select()
    .from(scheduleTemplates)
    .where(and(eq(scheduleTemplates.workspaceId, workspaceId), id ? eq(scheduleTemplates.id, id) : undefined))
    .orderBy(asc(scheduleTemplates.name), asc(scheduleTemplates.id))
  return rows.map((r) => ({ id: r.id, name: r.name, items: r.items as TemplateLine[], version: r.version }))
}

/** The act of a tour, or null when the workspace has no such tour. */
export async function tourActId(db: Db, workspaceId: string, tourId: string): Promise<string | null> {
  const [row] = await db
    .select({ actId: tours.actId })
    .from(tours)
    .where(and(eq(tours.workspaceId, workspaceId), eq(tours.id, tourId)))
  return row?.actId ?? null
}
