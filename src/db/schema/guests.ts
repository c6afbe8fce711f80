import { pgTable, uuid, text, timestamp, integer, primaryKey, foreignKey, index, boolean } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { acts, people } from './people.ts'
import { shows } from './tours.ts'

const ws = workspaceIdColumn

/**
 * A show's guest list settings (issue 16, point 3; ADR 038): the cut-off on the venue's clock and the
 * lock, versioned. One per show (`id` is the show's id); none stored means no cut-off, unlocked and
 * the default allotment for everyone (domain/guests.ts DEFAULT_ALLOTMENT).
 */
export const guestLists = pgTable(
  'guest_lists',
  {
    workspaceId: ws(),
    /** The show's id. */
    id: uuid('id').notNull(),
    version: integer('version').notNull().default(1),
    /** The cut-off on the venue's clock (YYYY-MM-DDTHH:MM), as entered; null: none. */
    cutoffLocal: text('cutoff_local'),
    /** The instant `cutoffLocal` stands for at the venue (derived on every write). */
    cutoffAt: timestamp('cutoff_at', { withTimezone: true }),
    locked: boolean('locked').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.id], foreignColumns: [shows.workspaceId, shows.id] }).onDelete('cascade'),
  ],
)

/**
 * Who may bring how many to a show: a person's own allotment, or a party's (an act's, shared by its
 * members), in heads (a guest +2 is three), with the pass types allowed. Replaced as a whole with the
 * guest list's version.
 */
export const guestAllotments = pgTable(
  'guest_allotments',
  {
    workspaceId: ws(),
    showId: uuid('show_id').notNull(),
    position: integer('position').notNull(),
    personId: uuid('person_id'),
    actId: uuid('act_id'),
    headLimit: integer('head_limit').notNull(),
    passTypes: text('pass_types').array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.showId, t.position] }),
    foreignKey({ columns: [t.workspaceId, t.showId], foreignColumns: [shows.workspaceId, shows.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.actId], foreignColumns: [acts.workspaceId, acts.id] }).onDelete('cascade'),
    index('guest_allotments_person_idx').on(t.workspaceId, t.personId),
    index('guest_allotments_act_idx').on(t.workspaceId, t.actId),
  ],
)

/**
 * One guest asked for: a name with +N, a pass type, a note, the meet & greet slot on the venue's
 * clock, who asked (the account, and their person when they have one) and the allotment it is
 * charged to (`person:<id>`, `act:<id>`, `user:<id>` for the default of someone without a person,
 * `managers` for the managers' own list). Versioned; decided by a manager.
 */
export const guestRequests = pgTable(
  'guest_requests',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    showId: uuid('show_id').notNull(),
    version: integer('version').notNull().default(1),
    name: text('name').notNull(),
    plusN: integer('plus_n').notNull().default(0),
    passType: text('pass_type').notNull(),
    note: text('note').notNull().default(''),
    /** HH:MM on the venue's clock, for a meet & greet pass only. */
    meetAndGreetTime: text('meet_and_greet_time'),
    status: text('status').notNull().default('pending'),
    allotment: text('allotment').notNull(),
    requesterPersonId: uuid('requester_person_id'),
    createdByUserId: uuid('created_by_user_id').notNull(),
    decidedByUserId: uuid('decided_by_user_id'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.showId], foreignColumns: [shows.workspaceId, shows.id] }).onDelete('cascade'),
    // The migration says `ON DELETE SET NULL ("requester_person_id")` (PostgreSQL 15+), which Drizzle cannot write: a
    // plain SET NULL would null workspace_id too, and fail (as in road.ts).
    foreignKey({ columns: [t.workspaceId, t.requesterPersonId], foreignColumns: [people.workspaceId, people.id] }).onDelete('set null'),
    index('guest_requests_show_idx').on(t.workspaceId, t.showId),
    index('guest_requests_person_idx').on(t.workspaceId, t.requesterPersonId),
  ],
)

/**
 * An admission at the door: at most one per request (the primary key), whatever how many phones
 * check the guest in, online or offline (ADR 038). `checkInId` names the tap on the phone that made
 * it, so the same tap sent again is the same admission; another tap is a conflict.
 */
export const guestCheckIns = pgTable(
  'guest_check_ins',
  {
    workspaceId: ws(),
    requestId: uuid('request_id').notNull(),
    checkInId: text('check_in_id').notNull(),
    device: text('device').notNull().default(''),
    /** When the phone admitted the guest (its clock, possibly offline). */
    admittedAt: timestamp('admitted_at', { withTimezone: true }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    byUserId: uuid('by_user_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.requestId] }),
    foreignKey({ columns: [t.workspaceId, t.requestId], foreignColumns: [guestRequests.workspaceId, guestRequests.id] }).onDelete('cascade'),
  ],
)
