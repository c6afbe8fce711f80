import { pgTable, uuid, text, timestamp, integer, primaryKey, foreignKey, index, doublePrecision, jsonb } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { acts, people } from './people.ts'
import { venues } from './tours.ts'

const ws = workspaceIdColumn

/**
 * Anything besides a show that takes people's time: rehearsal, TV shoot, promo interview,
 * songwriting session, travel, day off. Local start/end in its own zone; instants derived.
 */
export const commitments = pgTable(
  'commitments',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    actId: uuid('act_id'),
    venueId: uuid('venue_id'),
    locationName: text('location_name').notNull().default(''),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    timeZone: text('time_zone').notNull(),
    startDate: text('start_date').notNull(),
    startTime: text('start_time'),
    endDate: text('end_date').notNull(),
    endTime: text('end_time'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Promo interviews: outlet, journalist, embargo notes. */
    outlet: text('outlet'),
    journalist: text('journalist'),
    embargoNotes: text('embargo_notes'),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.actId], foreignColumns: [acts.workspaceId, acts.id] }),
    foreignKey({ columns: [t.workspaceId, t.venueId], foreignColumns: [venues.workspaceId, venues.id] }),
  ],
)

export const commitmentPeople = pgTable(
  'commitment_people',
  {
    workspaceId: ws(),
    commitmentId: uuid('commitment_id').notNull(),
    personId: uuid('person_id').notNull(),
    /** Copied from the commitment so a person's bookings are found by one index range scan. */
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.commitmentId, t.personId] }),
    foreignKey({ columns: [t.workspaceId, t.commitmentId], foreignColumns: [commitments.workspaceId, commitments.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }),
    index('commitment_people_person_time_idx').on(t.workspaceId, t.personId, t.startsAt),
  ],
)

/** Dates a person is unavailable (inclusive); the reason is shown to managers only. */
export const blockouts = pgTable(
  'blockouts',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    reason: text('reason').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }).onDelete('cascade'),
    index('blockouts_person_idx').on(t.workspaceId, t.personId, t.startDate),
  ],
)

/** A booking saved although it conflicted: who decided, when, and what the conflicts were. */
export const conflictOverrides = pgTable(
  'conflict_overrides',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    /** 'show' or 'commitment', and its id. */
    bookingKind: text('booking_kind').notNull(),
    bookingId: uuid('booking_id').notNull(),
    decidedBy: uuid('decided_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
    conflicts: jsonb('conflicts').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('conflict_overrides_booking_idx').on(t.workspaceId, t.bookingId)],
)

/** A person's private iCalendar feed, reachable by a secret token (stored hashed) until revoked. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }).onDelete('cascade'),
    index('calendar_feeds_token_idx').on(t.tokenHash),
  ],
)
