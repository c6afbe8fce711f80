import { pgTable, uuid, text, timestamp, integer, primaryKey, foreignKey, index, boolean, jsonb, uniqueIndex } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { acts, people } from './people.ts'
import { tourLegs, tours } from './tours.ts'

const ws = workspaceIdColumn

/**
 * A day on the road (issue 15, ADR 034): one act's date, inside a tour or not, with its type (show,
 * travel, off, promo, rehearsal, tv), the city and the IANA zone its schedule is read in. Show days
 * are derived from the shows; a stored day adds type, city, zone and notes, and holds the schedule.
 */
export const tourDays = pgTable(
  'tour_days',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    actId: uuid('act_id').notNull(),
    tourId: uuid('tour_id'),
    legId: uuid('leg_id'),
    localDate: text('local_date').notNull(),
    type: text('type').notNull(),
    city: text('city').notNull(),
    timeZone: text('time_zone').notNull(),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.actId], foreignColumns: [acts.workspaceId, acts.id] }),
    foreignKey({ columns: [t.workspaceId, t.tourId], foreignColumns: [tours.workspaceId, tours.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.legId], foreignColumns: [tourLegs.workspaceId, tourLegs.id] }).onDelete('set null'),
    uniqueIndex('tour_days_act_date_idx').on(t.workspaceId, t.actId, t.localDate),
    index('tour_days_tour_idx').on(t.workspaceId, t.tourId, t.localDate),
  ],
)

/**
 * One line of a day's schedule: local start (and end) on the day's clock; `startDayOffset` 1 is the
 * morning after (up to 06:00, ADR 005). Instants are derived on every write, for the feeds and order.
 */
export const scheduleItems = pgTable(
  'schedule_items',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    dayId: uuid('day_id').notNull(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    startTime: text('start_time').notNull(),
    startDayOffset: integer('start_day_offset').notNull().default(0),
    endTime: text('end_time'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    display: text('display').notNull(),
    confirmed: boolean('confirmed').notNull().default(false),
    /** everyone | band | crew | act | people */
    audience: text('audience').notNull(),
    audienceActId: uuid('audience_act_id'),
    location: text('location').notNull().default(''),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.dayId], foreignColumns: [tourDays.workspaceId, tourDays.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.audienceActId], foreignColumns: [acts.workspaceId, acts.id] }),
    index('schedule_items_day_idx').on(t.workspaceId, t.dayId, t.startsAt),
  ],
)

/** The named people of an item whose audience is `people`. */
export const scheduleItemPeople = pgTable(
  'schedule_item_people',
  {
    workspaceId: ws(),
    itemId: uuid('item_id').notNull(),
    personId: uuid('person_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.itemId, t.personId] }),
    foreignKey({ columns: [t.workspaceId, t.itemId], foreignColumns: [scheduleItems.workspaceId, scheduleItems.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }),
    index('schedule_item_people_person_idx').on(t.workspaceId, t.personId),
  ],
)

/** A reusable default schedule ("standard show day"): its lines, each at a fixed time or relative to a show time. */
export const scheduleTemplates = pgTable(
  'schedule_templates',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    items: jsonb('items').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
)
