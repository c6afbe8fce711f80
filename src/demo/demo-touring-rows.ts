import type * as schema from '../db/schema/index.ts'
import { commitmentSpan, showSpan, type Span } from './demo-times.ts'
import type { Context } from './demo-row-context.ts'
import type { DemoVenue, DemoWorld } from './world-2013.ts'

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert']

export interface TouringRows {
  venues: Insert<typeof schema.venues>[]
  tours: Insert<typeof schema.tours>[]
  tourLegs: Insert<typeof schema.tourLegs>[]
  shows: Insert<typeof schema.shows>[]
  showBilling: Insert<typeof schema.showBilling>[]
  showLineup: Insert<typeof schema.showLineup>[]
  commitments: Insert<typeof schema.commitments>[]
  commitmentPeople: Insert<typeof schema.commitmentPeople>[]
  blockouts: Insert<typeof schema.blockouts>[]
}

/**
 * Rows of the touring half of a validated demo world. Instants are derived from the local times
 * at each place (ADR 005), as every write of the product does; no calendar feeds: a person creates
 * their own secret feed.
 */
export function touringRows(world: DemoWorld, ctx: Context): TouringRows {
  const { workspaceId, now, idOf } = ctx
  const venueOf = new Map(world.venues.map((v) => [v.ref, v]))
  const venues = world.venues.map((v) => ({
    workspaceId,
    id: idOf('venue', v.ref),
    name: v.name,
    address: v.address ?? '',
    city: v.city,
    country: v.country,
    latitude: v.latitude,
    longitude: v.longitude,
    timeZone: v.timeZone,
  }))
  const tours = world.tours.map((t) => ({
    workspaceId,
    id: idOf('tour', t.ref),
    actId: idOf('act', t.act),
    name: t.name,
    notes: t.notes ?? '',
    createdAt: now,
    updatedAt: now,
  }))
  const tourLegs = world.tours.flatMap((t) =>
    t.legs.map((l, i) => ({ workspaceId, id: idOf('leg', l.ref), tourId: idOf('tour', t.ref), position: i + 1, name: l.name, notes: l.notes ?? '' })),
  )
  return { venues, tours, tourLegs, ...showRows(world, ctx, venueOf), ...calendarRows(world, ctx, venueOf) }
}

function showRows(world: DemoWorld, { workspaceId, now, idOf }: Context, venueOf: Map<string, DemoVenue>) {
  const shows = world.shows.map((s) => {
    const { startsAt, endsAt } = derived(showSpan(s.date, s.times, venueOf.get(s.venue)!.timeZone), `show ${s.ref}`)
    const { loadIn = null, soundcheck = null, doors = null, setStart = null, curfew = null } = s.times
    return {
      workspaceId,
      id: idOf('show', s.ref),
      actId: idOf('act', s.act),
      tourId: s.tour ? idOf('tour', s.tour) : null,
      legId: s.leg ? idOf('leg', s.leg) : null,
      venueId: idOf('venue', s.venue),
      localDate: s.date,
      loadIn,
      soundcheck,
      doors,
      setStart,
      curfew,
      startsAt,
      endsAt,
      status: s.status,
      announcement: s.announcement,
      announceAt: s.announceAt ? new Date(s.announceAt) : null,
      notes: s.notes ?? '',
      createdAt: now,
      updatedAt: now,
    }
  })
  const showBilling = world.shows.flatMap((s) =>
    s.billing.map((b, i) => ({ workspaceId, showId: idOf('show', s.ref), actId: idOf('act', b.act), role: b.role, position: i + 1 })),
  )
  const showLineup = world.shows.flatMap((s) =>
    s.lineup.map((l, i) => ({ workspaceId, showId: idOf('show', s.ref), personId: idOf('person', l.person), role: l.role, position: i + 1 })),
  )
  return { shows, showBilling, showLineup }
}

function calendarRows(world: DemoWorld, { workspaceId, now, idOf, newId }: Context, venueOf: Map<string, DemoVenue>) {
  const commitments: TouringRows['commitments'] = []
  const commitmentPeople: TouringRows['commitmentPeople'] = []
  for (const c of world.commitments) {
    const venue = c.venue ? venueOf.get(c.venue)! : undefined
    const timeZone = venue?.timeZone ?? c.timeZone!
    const { startsAt, endsAt } = derived(commitmentSpan(c, timeZone), `commitment ${c.ref}`)
    const id = idOf('commitment', c.ref)
    commitments.push({
      workspaceId,
      id,
      kind: c.kind,
      title: c.title,
      actId: c.act ? idOf('act', c.act) : null,
      venueId: c.venue ? idOf('venue', c.venue) : null,
      locationName: c.locationName ?? (venue ? `${venue.name}, ${venue.city}` : ''),
      latitude: venue?.latitude ?? c.latitude ?? null,
      longitude: venue?.longitude ?? c.longitude ?? null,
      timeZone,
      startDate: c.startDate,
      startTime: c.startTime ?? null,
      endDate: c.endDate,
      endTime: c.endTime ?? null,
      startsAt,
      endsAt,
      outlet: c.outlet ?? null,
      journalist: c.journalist ?? null,
      embargoNotes: c.embargoNotes ?? null,
      notes: c.notes ?? '',
      createdAt: now,
      updatedAt: now,
    })
    for (const person of c.people) commitmentPeople.push({ workspaceId, commitmentId: id, personId: idOf('person', person), startsAt, endsAt })
  }
  const blockouts = world.blockouts.map((b) => ({
    workspaceId,
    id: newId(),
    personId: idOf('person', b.person),
    startDate: b.startDate,
    endDate: b.endDate,
    reason: b.reason ?? '',
    createdAt: now,
  }))
  return { commitments, commitmentPeople, blockouts }
}

/** The instants of a span the validation accepted; a failure here is a bug in the validation. */
function derived(span: Span, what: string): { startsAt: Date; endsAt: Date } {
  if (!span.ok) throw new Error(`The demo ${what} has no valid time span: ${span.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`)
  return span
}
