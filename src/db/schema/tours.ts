import { pgTable, uuid, text, timestamp, integer, primaryKey, foreignKey, index, doublePrecision, jsonb } from 'drizzle-orm/pg-core'
import type { PreviousDate, PreviousPlace } from '../../domain/tickets.ts'
import { workspaceIdColumn } from './columns.ts'
import { acts, people } from './people.ts'

const ws = workspaceIdColumn

/** A place where shows and other commitments happen; its IANA zone decides every local time there. */
export const venues = pgTable(
  'venues',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    address: text('address').notNull().default(''),
    city: text('city').notNull(),
    /** ISO 3166-1 alpha-2. */
    country: text('country').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    timeZone: text('time_zone').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
)

export const tours = pgTable(
  'tours',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    actId: uuid('act_id').notNull(),
    name: text('name').notNull(),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), foreignKey({ columns: [t.workspaceId, t.actId], foreignColumns: [acts.workspaceId, acts.id] })],
)

export const tourLegs = pgTable(
  'tour_legs',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    tourId: uuid('tour_id').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.tourId], foreignColumns: [tours.workspaceId, tours.id] }).onDelete('cascade'),
  ],
)

/**
 * A show: a local date and local times at a venue (ADR 005). `startsAt`/`endsAt` are derived from
 * them on every write (first call to curfew) so that conflict and feed queries can use an index.
 */
export const shows = pgTable(
  'shows',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    /** The headliner. */
    actId: uuid('act_id').notNull(),
    tourId: uuid('tour_id'),
    legId: uuid('leg_id'),
    venueId: uuid('venue_id').notNull(),
    localDate: text('local_date').notNull(),
    loadIn: text('load_in'),
    soundcheck: text('soundcheck'),
    doors: text('doors'),
    setStart: text('set_start'),
    curfew: text('curfew'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    status: text('status').notNull(),
    announcement: text('announcement').notNull(),
    announceAt: timestamp('announce_at', { withTimezone: true }),
    notes: text('notes').notNull().default(''),
    /** What the public is told happened to the date or place (domain/tickets.ts SHOW_LIFECYCLES). */
    lifecycle: text('lifecycle').notNull().default('scheduled'),
    /** Every earlier public date of a rescheduled show, oldest first. */
    previousDates: jsonb('previous_dates').$type<PreviousDate[]>().notNull().default([]),
    /** Where a moved show was announced before. */
    movedFrom: jsonb('moved_from').$type<PreviousPlace>(),
    /** Raised on every change; the iCalendar SEQUENCE is version - 1. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.actId], foreignColumns: [acts.workspaceId, acts.id] }),
    foreignKey({ columns: [t.workspaceId, t.tourId], foreignColumns: [tours.workspaceId, tours.id] }),
    foreignKey({ columns: [t.workspaceId, t.legId], foreignColumns: [tourLegs.workspaceId, tourLegs.id] }),
    foreignKey({ columns: [t.workspaceId, t.venueId], foreignColumns: [venues.workspaceId, venues.id] }),
    index('shows_act_time_idx').on(t.workspaceId, t.actId, t.startsAt),
  ],
)

/** Other acts on the bill: support, special guest. */
export const showBilling = pgTable(
  'show_billing',
  {
    workspaceId: ws(),
    showId: uuid('show_id').notNull(),
    actId: uuid('act_id').notNull(),
    role: text('role').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.showId, t.actId] }),
    foreignKey({ columns: [t.workspaceId, t.showId], foreignColumns: [shows.workspaceId, shows.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.actId], foreignColumns: [acts.workspaceId, acts.id] }),
    index('show_billing_act_idx').on(t.workspaceId, t.actId),
  ],
)

/** Who performs at a show, in what role (member, DJ, acoustic guitar …). */
export const showLineup = pgTable(
  'show_lineup',
  {
    workspaceId: ws(),
    showId: uuid('show_id').notNull(),
    personId: uuid('person_id').notNull(),
    role: text('role').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.showId, t.personId] }),
    foreignKey({ columns: [t.workspaceId, t.showId], foreignColumns: [shows.workspaceId, shows.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }),
    index('show_lineup_person_idx').on(t.workspaceId, t.personId),
  ],
)
