import type { Db } from '../db/client.ts'
import { insertRows } from '../db/writes/bulk.ts'
import { resolveTemplate, STANDARD_SHOW_DAY, type ResolvedLine } from '../domain/road.ts'
import { addDays } from '../domain/local-time.ts'
import { itemSpan } from '../domain/schedule-times.ts'
import { showTimeDays } from '../domain/show-time-days.ts'
import type { DemoWorldRows } from './demo-world-rows.ts'

/**
 * The road in the demo world (issue 15, point 8; ADR 034), built from the rows the world already
 * has: the summer tour's show days with the standard show day applied (the support act's soundcheck
 * and meet and greet for Victoria Justice's party only, Dustin's acoustic run-through for him only),
 * and the New York promo trip as promo days whose lines are its five interviews. Invented: every
 * time of the schedule beyond the show's own (world.md gives none).
 */
export async function loadRoadDemo(db: Db, rows: DemoWorldRows, opts: { now: Date; newId: () => string }): Promise<void> {
  const workspaceId = rows.workspaces[0]!.id
  const now = opts.now
  const actBySlug = new Map(rows.acts.map((a) => [a.slug, a.id!]))
  const personByName = new Map(rows.people.map((p) => [p.name, p.id!]))
  const btr = actBySlug.get('big-time-rush')!
  const dustin = personByName.get('Dustin Belt')!
  const summer = rows.tours.find((t) => t.name === 'Summer Break Tour 2013')!
  const venues = new Map(rows.venues.map((v) => [v.id!, v]))
  const days: object[] = []
  const items: object[] = []
  const named: object[] = []

  const templateId = opts.newId()
  await insertRows(db, 'scheduleTemplates', [{ workspaceId, id: templateId, name: 'Standard show day', items: STANDARD_SHOW_DAY, updatedAt: now }])

  const line = (
    dayId: string,
    day: { localDate: string; timeZone: string },
    r: Omit<ResolvedLine, 'line'> & { title: string; kind: string },
    extra: Record<string, unknown>,
  ) => {
    const span = itemSpan(day, r)
    if (!span.ok) throw new Error(`demo road: ${r.title} on ${day.localDate}: ${span.issues[0]!.message}`)
    const id = opts.newId()
    items.push({
      workspaceId,
      id,
      dayId,
      title: r.title,
      kind: r.kind,
      startTime: r.startTime,
      startDayOffset: r.startDayOffset,
      endTime: r.endTime,
      startsAt: span.startsAt,
      endsAt: span.endsAt,
      display: 'exact',
      confirmed: true,
      audience: 'everyone',
      updatedAt: now,
      ...extra,
    })
    return id
  }

  for (const show of rows.shows.filter((s) => s.tourId === summer.id && s.status !== 'cancelled')) {
    const venue = venues.get(show.venueId)!
    const day = { localDate: show.localDate, timeZone: venue.timeZone }
    const dayId = opts.newId()
    days.push({
      workspaceId,
      id: dayId,
      actId: btr,
      tourId: summer.id,
      legId: show.legId ?? null,
      type: 'show',
      city: venue.city,
      ...day,
      notes: '',
      createdAt: now,
      updatedAt: now,
    })
    const times = { loadIn: show.loadIn, soundcheck: show.soundcheck, doors: show.doors, setStart: show.setStart, curfew: show.curfew }
    const support = rows.showBilling.find((b) => b.showId === show.id && b.role === 'support')?.actId ?? null
    const { resolved } = resolveTemplate(STANDARD_SHOW_DAY, times, showTimeDays(times).days)
    for (const r of resolved) {
      const supportOnly = r.line.title === 'Support soundcheck'
      if (supportOnly && !support) continue
      line(
        dayId,
        day,
        { ...r, title: r.line.title, kind: r.line.kind },
        {
          display: r.line.display,
          audience: supportOnly ? 'act' : r.line.audience,
          audienceActId: supportOnly ? support : null,
        },
      )
    }
    if (support && show.doors) {
      const doors = resolveTemplate(
        [{ title: 'Meet and greet', kind: 'meet-and-greet', anchor: 'doors', offsetMinutes: -45, durationMinutes: 30, audience: 'everyone', display: 'exact' }],
        times,
        {},
      )
      for (const r of doors.resolved)
        line(
          dayId,
          day,
          { ...r, title: 'Victoria Justice: meet and greet', kind: 'meet-and-greet' },
          { audience: 'act', audienceActId: support, location: 'Hospitality room' },
        )
    }
    if (show.soundcheck) {
      const run = resolveTemplate(
        [
          {
            title: 'Acoustic section run-through',
            kind: 'rehearsal',
            anchor: 'soundcheck',
            offsetMinutes: 60,
            durationMinutes: 20,
            audience: 'people',
            display: 'exact',
          },
        ],
        times,
        {},
      )
      for (const r of run.resolved) {
        const id = line(
          dayId,
          day,
          { ...r, title: 'Acoustic section run-through', kind: 'rehearsal' },
          { audience: 'people', location: 'Stage', notes: 'Dustin and the four: the acoustic songs of the middle of the set.' },
        )
        named.push({ workspaceId, itemId: id, personId: dustin })
      }
    }
  }

  // The promo trip to New York: a promo day per date, the interviews as its lines, for whoever does them.
  const interviews = rows.commitments.filter((c) => c.kind === 'promo-interview' && c.timeZone === 'America/New_York')
  for (const date of [...new Set(interviews.map((c) => c.startDate))].sort()) {
    const dayId = opts.newId()
    const day = { localDate: date, timeZone: 'America/New_York' }
    days.push({
      workspaceId,
      id: dayId,
      actId: btr,
      tourId: null,
      legId: null,
      type: 'promo',
      city: 'New York',
      ...day,
      notes: 'Promo trip before the album is out.',
      createdAt: now,
      updatedAt: now,
    })
    for (const c of interviews.filter((i) => i.startDate === date)) {
      const id = line(
        dayId,
        day,
        { title: c.title, kind: 'interview', startTime: c.startTime!, startDayOffset: 0, endTime: c.endTime ?? null },
        {
          audience: 'people',
          location: c.locationName ?? '',
          notes: c.journalist ? `With ${c.journalist}.` : '',
        },
      )
      for (const p of rows.commitmentPeople.filter((cp) => cp.commitmentId === c.id)) named.push({ workspaceId, itemId: id, personId: p.personId })
    }
  }

  await insertRows(db, 'tourDays', days)
  await insertRows(db, 'scheduleItems', items)
  await insertRows(db, 'scheduleItemPeople', named)
  await loadHotelsDemo(db, rows, opts)
}

/**
 * A hotel per show night of the summer tour (ADR 039): the band two to a room, each of the show's
 * other players and each crew account alone, the support act's party in a room of its own with its
 * own confirmation number. Invented: the hotels, their times and every confirmation number.
 */
async function loadHotelsDemo(db: Db, rows: DemoWorldRows, opts: { now: Date; newId: () => string }): Promise<void> {
  const workspaceId = rows.workspaces[0]!.id
  const now = opts.now
  const btr = rows.acts.find((a) => a.slug === 'big-time-rush')!.id!
  const summer = rows.tours.find((t) => t.name === 'Summer Break Tour 2013')!
  const venues = new Map(rows.venues.map((v) => [v.id!, v]))
  const partyOf = (actId: string) => [...new Set(rows.actMemberships.filter((m) => m.actId === actId && !m.endDate).map((m) => m.personId))]
  const crewUsers = new Set(rows.workspaceMembers.filter((m) => m.role === 'crew').map((m) => m.userId))
  const crew = rows.people.filter((p) => p.userId && crewUsers.has(p.userId)).map((p) => p.id!)
  const band = partyOf(btr)
  const stays: object[] = []
  const rooms: object[] = []
  const guests: object[] = []
  for (const show of rows.shows.filter((s) => s.tourId === summer.id && s.status !== 'cancelled')) {
    const venue = venues.get(show.venueId)!
    const stayId = opts.newId()
    const checkOutDate = addDays(show.localDate, 1)
    stays.push({
      workspaceId,
      id: stayId,
      tourId: summer.id,
      name: `${venue.city} Tour Hotel`,
      address: venue.city,
      phone: '',
      timeZone: venue.timeZone,
      checkInDate: show.localDate,
      checkInTime: '15:00',
      checkOutDate,
      checkOutTime: '11:00',
      notes: `Rooming list for ${show.localDate} sent to the front desk by the tour manager; late checkout asked for the band.`,
      createdAt: now,
      updatedAt: now,
    })
    const lineup = rows.showLineup.filter((l) => l.showId === show.id && !band.includes(l.personId)).map((l) => l.personId)
    const support = rows.showBilling.find((b) => b.showId === show.id && b.role === 'support')?.actId
    const roomList: string[][] = []
    for (let i = 0; i < band.length; i += 2) roomList.push(band.slice(i, i + 2))
    for (const p of [...new Set([...lineup, ...crew])]) if (!band.includes(p)) roomList.push([p])
    const supportParty = support ? partyOf(support) : []
    if (supportParty.length) roomList.push(supportParty)
    roomList.forEach((people, position) => {
      const roomId = opts.newId()
      const label = people.length > 1 ? 'Double' : 'King'
      rooms.push({
        workspaceId,
        id: roomId,
        stayId,
        position,
        label,
        confirmationNumber: `GR${show.localDate.replace(/-/g, '')}${String(position + 1).padStart(2, '0')}`,
      })
      people.forEach((personId, i) => guests.push({ workspaceId, roomId, personId, position: i, fromDate: null, toDate: null }))
    })
  }
  await insertRows(db, 'hotelStays', stays)
  await insertRows(db, 'hotelRooms', rooms)
  await insertRows(db, 'hotelRoomGuests', guests)
}
