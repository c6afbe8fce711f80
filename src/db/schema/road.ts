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
    // Removing the leg keeps the day on the tour, on no leg. The migration says `ON DELETE SET NULL ("leg_id")`
    // (PostgreSQL 15+), which Drizzle cannot write: a plain SET NULL would null workspace_id too, and fail.
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

/**
 * A hotel stay (issue 15 point 5, ADR 039): dates and times of check-in and check-out on the hotel's
 * clock (its IANA zone), inside a tour or not. Its rooms and their guests are owned lists.
 */
export const hotelStays = pgTable(
  'hotel_stays',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    tourId: uuid('tour_id'),
    name: text('name').notNull(),
    address: text('address').notNull().default(''),
    phone: text('phone').notNull().default(''),
    timeZone: text('time_zone').notNull(),
    checkInDate: text('check_in_date').notNull(),
    checkInTime: text('check_in_time').notNull(),
    checkOutDate: text('check_out_date').notNull(),
    checkOutTime: text('check_out_time').notNull(),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.tourId], foreignColumns: [tours.workspaceId, tours.id] }).onDelete('cascade'),
    index('hotel_stays_dates_idx').on(t.workspaceId, t.checkInDate),
  ],
)

/** A room of a stay, in the room list's order, with its confirmation number (seen only by its guests and managers). */
export const hotelRooms = pgTable(
  'hotel_rooms',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    stayId: uuid('stay_id').notNull(),
    position: integer('position').notNull(),
    label: text('label').notNull().default(''),
    confirmationNumber: text('confirmation_number').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.stayId], foreignColumns: [hotelStays.workspaceId, hotelStays.id] }).onDelete('cascade'),
    index('hotel_rooms_stay_idx').on(t.workspaceId, t.stayId, t.position),
  ],
)

/** A guest of a room (sharing: several guests), with their own dates when they join late or leave early. */
export const hotelRoomGuests = pgTable(
  'hotel_room_guests',
  {
    workspaceId: ws(),
    roomId: uuid('room_id').notNull(),
    personId: uuid('person_id').notNull(),
    position: integer('position').notNull(),
    /** The guest's first night, when later than the stay's check-in date. */
    fromDate: text('from_date'),
    /** The guest's check-out date, when earlier than the stay's. */
    toDate: text('to_date'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.roomId, t.personId] }),
    foreignKey({ columns: [t.workspaceId, t.roomId], foreignColumns: [hotelRooms.workspaceId, hotelRooms.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }),
    index('hotel_room_guests_person_idx').on(t.workspaceId, t.personId),
  ],
)
