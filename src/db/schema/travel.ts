import { pgTable, uuid, text, timestamp, integer, primaryKey, foreignKey, index, boolean, doublePrecision } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { people } from './people.ts'
import { tours } from './tours.ts'

const ws = workspaceIdColumn

/**
 * A journey (issue 15 point 4, ADR 036): connecting travel segments taken together by its
 * passengers, inside a tour or not. `departsAt` and `arrivesAt` (its first departure and last
 * arrival) are derived on every write, for the conflict check's and the day sheet's range reads.
 */
export const travelJourneys = pgTable(
  'travel_journeys',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    tourId: uuid('tour_id'),
    title: text('title').notNull().default(''),
    notes: text('notes').notNull().default(''),
    departsAt: timestamp('departs_at', { withTimezone: true }).notNull(),
    arrivesAt: timestamp('arrives_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.tourId], foreignColumns: [tours.workspaceId, tours.id] }).onDelete('cascade'),
    index('travel_journeys_departs_idx').on(t.workspaceId, t.departsAt),
  ],
)

/**
 * A segment of a journey, in order: by air, bus, car, rail or ferry, from one place to another
 * (an airport by IATA code, or a named place), with local departure and arrival on the clocks of
 * their own zones and the instants derived from them. The booking reference is a secret: only the
 * journey's passengers and the roles that manage the workspace read it.
 */
export const travelSegments = pgTable(
  'travel_segments',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    journeyId: uuid('journey_id').notNull(),
    position: integer('position').notNull(),
    mode: text('mode').notNull(),
    fromName: text('from_name').notNull(),
    fromIata: text('from_iata'),
    fromTimeZone: text('from_time_zone').notNull(),
    fromLatitude: doublePrecision('from_latitude'),
    fromLongitude: doublePrecision('from_longitude'),
    departureDate: text('departure_date').notNull(),
    departureTime: text('departure_time').notNull(),
    departsAt: timestamp('departs_at', { withTimezone: true }).notNull(),
    toName: text('to_name').notNull(),
    toIata: text('to_iata'),
    toTimeZone: text('to_time_zone').notNull(),
    toLatitude: doublePrecision('to_latitude'),
    toLongitude: doublePrecision('to_longitude'),
    arrivalDate: text('arrival_date').notNull(),
    arrivalTime: text('arrival_time').notNull(),
    arrivesAt: timestamp('arrives_at', { withTimezone: true }).notNull(),
    /** The flight or train number ("BA 283"). */
    number: text('number').notNull().default(''),
    carrier: text('carrier').notNull().default(''),
    bookingReference: text('booking_reference').notNull().default(''),
    confirmed: boolean('confirmed').notNull().default(false),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.journeyId], foreignColumns: [travelJourneys.workspaceId, travelJourneys.id] }).onDelete('cascade'),
    index('travel_segments_journey_idx').on(t.workspaceId, t.journeyId, t.position),
  ],
)

/**
 * A passenger of a journey: a person of the workspace, on at least one of its segments (which ones:
 * `travel_segment_passengers`, ADR 050 amended 2026-12-07).
 */
export const travelPassengers = pgTable(
  'travel_passengers',
  {
    workspaceId: ws(),
    journeyId: uuid('journey_id').notNull(),
    personId: uuid('person_id').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.journeyId, t.personId] }),
    foreignKey({ columns: [t.workspaceId, t.journeyId], foreignColumns: [travelJourneys.workspaceId, travelJourneys.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }),
    index('travel_passengers_person_idx').on(t.workspaceId, t.personId),
  ],
)

/**
 * Who is on a segment (ADR 050, amended 2026-12-07): a passenger of the journey, on this segment. A
 * segment written without its own list takes the journey's passengers. The foreign key to
 * `travel_passengers` keeps every segment passenger a journey passenger, and takes them off every
 * segment when they leave the journey.
 */
export const travelSegmentPassengers = pgTable(
  'travel_segment_passengers',
  {
    workspaceId: ws(),
    segmentId: uuid('segment_id').notNull(),
    journeyId: uuid('journey_id').notNull(),
    personId: uuid('person_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.segmentId, t.personId] }),
    foreignKey({ columns: [t.workspaceId, t.segmentId], foreignColumns: [travelSegments.workspaceId, travelSegments.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.journeyId, t.personId],
      foreignColumns: [travelPassengers.workspaceId, travelPassengers.journeyId, travelPassengers.personId],
    }).onDelete('cascade'),
    index('travel_segment_passengers_journey_idx').on(t.workspaceId, t.journeyId, t.personId),
  ],
)
