import type { Db } from '../db/client.ts'
import { insertRows } from '../db/writes/bulk.ts'
import { resolveSegments, type SegmentInput } from '../domain/travel.ts'
import type { DemoWorldRows } from './demo-world-rows.ts'

interface DemoSegment extends SegmentInput {
  number?: string
  carrier?: string
  bookingReference: string
  confirmed: boolean
  /** Who is on this segment (ADR 050 amended); left out: every passenger of the journey. */
  passengers?: string[]
}

/**
 * Travel in the demo world (issue 15 points 4 and 8; ADR 036). Dustin and Kendall fly from London
 * to Burbank through New York the afternoon after the Heffron Drive radio session: booked, it makes
 * Dustin's conflict concrete (the second flight lands at 22:50 in Burbank, long after that day's
 * rehearsal began). Tess, the tour manager, was in New York advancing the promo trip: she joins them at
 * the connection and flies the second leg only (passengers per segment, ADR 050 amended). And the summer tour's overnight bus runs, the band's bus and the support act's
 * own, leaving at the bus call after the curfew. Invented: every flight, number, carrier, time and
 * booking reference.
 */
export async function loadTravelDemo(db: Db, rows: DemoWorldRows, opts: { now: Date; newId: () => string }): Promise<void> {
  const workspaceId = rows.workspaces[0]!.id
  const now = opts.now
  const person = (name: string) => rows.people.find((p) => p.name === name)!.id!
  const actId = (slug: string) => rows.acts.find((a) => a.slug === slug)!.id!
  const partyOf = (slug: string) => [...new Set(rows.actMemberships.filter((m) => m.actId === actId(slug) && !m.endDate).map((m) => m.personId))]
  const crewUsers = new Set(rows.workspaceMembers.filter((m) => m.role === 'crew').map((m) => m.userId))
  const crew = rows.people.filter((p) => p.userId && crewUsers.has(p.userId)).map((p) => p.id!)
  const summer = rows.tours.find((t) => t.name === 'Summer Break Tour 2013')!
  const venue = (city: string) => {
    const v = rows.venues.find((x) => x.city === city)!
    return { name: v.name, timeZone: v.timeZone, latitude: v.latitude ?? null, longitude: v.longitude ?? null }
  }
  const journeys: object[] = []
  const segments: object[] = []
  const passengers: object[] = []
  const segmentPassengers: object[] = []

  const journey = (title: string, tourId: string | null, people: string[], segs: DemoSegment[], notes = '') => {
    const resolved = resolveSegments(segs)
    if (resolved.issues.length) throw new Error(`demo travel: ${title}: ${resolved.issues[0]!.path} ${resolved.issues[0]!.message}`)
    const id = opts.newId()
    const r = resolved.segments
    journeys.push({ workspaceId, id, tourId, title, notes, departsAt: r[0]!.departsAt, arrivesAt: r[r.length - 1]!.arrivesAt, createdAt: now, updatedAt: now })
    segs.forEach((s, position) => {
      const x = r[position]!
      const segmentId = opts.newId()
      for (const personId of s.passengers ?? people) segmentPassengers.push({ workspaceId, segmentId, journeyId: id, personId })
      segments.push({
        workspaceId,
        id: segmentId,
        journeyId: id,
        position,
        mode: s.mode,
        fromName: x.from.name,
        fromIata: x.from.iata,
        fromTimeZone: x.from.timeZone,
        fromLatitude: x.from.latitude,
        fromLongitude: x.from.longitude,
        departureDate: s.departureDate,
        departureTime: s.departureTime,
        departsAt: x.departsAt,
        toName: x.to.name,
        toIata: x.to.iata,
        toTimeZone: x.to.timeZone,
        toLatitude: x.to.latitude,
        toLongitude: x.to.longitude,
        arrivalDate: s.arrivalDate,
        arrivalTime: s.arrivalTime,
        arrivesAt: x.arrivesAt,
        number: s.number ?? '',
        carrier: s.carrier ?? '',
        bookingReference: s.bookingReference,
        confirmed: s.confirmed,
        notes: '',
      })
    })
    people.forEach((personId, position) => passengers.push({ workspaceId, journeyId: id, personId, position }))
  }

  // Dustin's London → Burbank journey after the radio session of 2013-06-20 (calendar.ts).
  journey(
    'Heffron Drive: London to Burbank after the radio session',
    null,
    [person('Dustin Belt'), person('Kendall Schmidt'), person('Tess Marlowe')],
    [
      {
        mode: 'air',
        from: { iata: 'LHR' },
        to: { iata: 'JFK' },
        departureDate: '2013-06-20',
        departureTime: '15:00',
        arrivalDate: '2013-06-20',
        arrivalTime: '17:55',
        number: 'GR 117',
        carrier: 'Greenroom Air',
        bookingReference: 'HDQ7PL',
        confirmed: true,
        passengers: [person('Dustin Belt'), person('Kendall Schmidt')],
      },
      {
        mode: 'air',
        from: { iata: 'JFK' },
        to: { iata: 'BUR' },
        departureDate: '2013-06-20',
        departureTime: '19:40',
        arrivalDate: '2013-06-20',
        arrivalTime: '22:50',
        number: 'GR 2291',
        carrier: 'Greenroom Air',
        bookingReference: 'HDQ7PL',
        confirmed: true,
      },
    ],
    'Booked by the European promoter with the radio session; the rehearsal that day starts without them.',
  )

  // The summer tour's overnight bus runs: at the bus call, 90 minutes after the 23:00 curfew.
  const band = [...new Set([...partyOf('big-time-rush'), person('Dustin Belt'), person('Marcus Vance'), ...crew])]
  const support = partyOf('victoria-justice')
  const runs = [
    { from: 'San Diego', to: 'Irvine', date: '2013-06-29', arrives: '02:30' },
    { from: 'Dallas', to: 'Houston', date: '2013-07-06', arrives: '05:15' },
    { from: 'Seattle', to: 'Vancouver', date: '2013-08-03', arrives: '05:00' },
  ]
  for (const run of runs) {
    const bus = (reference: string, carrier: string): DemoSegment => ({
      mode: 'bus',
      from: venue(run.from),
      to: venue(run.to),
      departureDate: run.date,
      departureTime: '00:30',
      arrivalDate: run.date,
      arrivalTime: run.arrives,
      carrier,
      bookingReference: reference,
      confirmed: true,
    })
    const tag = run.date.replace(/-/g, '')
    journey(`Band bus: ${run.from} to ${run.to}`, summer.id, band, [bus(`COACH-${tag}-A`, 'Nightliner Coaches')])
    if (support.length) journey(`Support bus: ${run.from} to ${run.to}`, summer.id, support, [bus(`COACH-${tag}-VJ`, 'Nightliner Coaches')])
  }

  await insertRows(db, 'travelJourneys', journeys)
  await insertRows(db, 'travelSegments', segments)
  await insertRows(db, 'travelPassengers', passengers)
  await insertRows(db, 'travelSegmentPassengers', segmentPassengers)
}
