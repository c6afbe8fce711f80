import { pgTable, uuid, text, timestamp, primaryKey, foreignKey, index, uniqueIndex } from 'drizzle-orm/pg-core'
import { sql } from 'drizzle-orm'
import { workspaceIdColumn } from './columns.ts'
import { people } from './people.ts'

const ws = workspaceIdColumn

/**
 * A person's delivery settings (issue 14 point 3, ADR 041), the same for every kind and channel: their
 * own zone, when their daily digest goes, their quiet hours. No row: the workspace's defaults.
 */
export const notificationSettings = pgTable(
  'notification_settings',
  {
    workspaceId: ws(),
    personId: uuid('person_id').notNull(),
    /** IANA zone: digests and quiet hours are on its clock. */
    zone: text('zone').notNull(),
    /** HH:MM */
    digestTime: text('digest_time').notNull(),
    /** HH:MM, both or neither */
    quietStart: text('quiet_start'),
    quietEnd: text('quiet_end'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.personId] }),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }).onDelete('cascade'),
  ],
)

/**
 * One notification on its way to one person by one channel (ADR 041): sent at once (kept, so a change
 * that follows within ten minutes is bundled), or waiting until `due_at` (a digest, quiet hours, a
 * bundle). A `notify-flush` job takes the person's due rows into one batch (`batch_id`), writes the
 * batch's one email to the outbox, then marks them sent.
 */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    /** email (push to follow) */
    channel: text('channel').notNull(),
    kind: text('kind').notNull(),
    /** The event, as in `notifications.dedupe_key`: once per person, channel and event. */
    dedupeKey: text('dedupe_key').notNull(),
    /** What it is about, e.g. setlist:<id>, show:<id>: changes to one thing are bundled. */
    thing: text('thing').notNull(),
    /** The thing in a sentence: "the Houston set list". */
    thingName: text('thing_name').notNull(),
    title: text('title').notNull(),
    link: text('link').notNull(),
    /** now | bundle | quiet | digest */
    reason: text('reason').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    /** Set when a flush takes the row (before its email is written): a retried flush writes the same batch. */
    batchId: uuid('batch_id'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }).onDelete('cascade'),
    uniqueIndex('notification_deliveries_event_key').on(t.workspaceId, t.personId, t.channel, t.dedupeKey),
    index('notification_deliveries_thing_idx').on(t.workspaceId, t.personId, t.channel, t.thing, t.dueAt),
    index('notification_deliveries_waiting_idx')
      .on(t.workspaceId, t.personId, t.dueAt)
      .where(sql`${t.sentAt} IS NULL`),
  ],
)
