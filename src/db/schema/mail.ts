import { pgTable, uuid, text, timestamp, integer, jsonb, primaryKey, foreignKey, index, uniqueIndex } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { people } from './people.ts'

const ws = workspaceIdColumn

/**
 * Every email Greenroom sends passes through here first (issue 14, ADR 033): written with the event
 * that causes it, then delivered by a `mail` job. With no SMTP server configured the row stays
 * `kept` and owners read it in the app. `dedupe_key` names the event: one email per address and event.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    /** The person it is for, when it is for one (an invite goes to an address). */
    personId: uuid('person_id'),
    toAddress: text('to_address').notNull(),
    /** proposal.sent, proposal.answered, proposal.agreed, planner.ended, invite (domain/mail.ts) */
    kind: text('kind').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    /** Extra headers (List-Unsubscribe, List-Unsubscribe-Post). */
    headers: jsonb('headers').$type<Record<string, string>>().notNull(),
    /** Fixed when the row is written, so a message sent twice after a crash carries one Message-ID. */
    messageId: text('message_id').notNull(),
    /** kept (no SMTP), queued, sending, sent, failed (will retry), bounced (refused for good), suppressed (address bounced before) */
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** When the try now sending claimed it: a claim older than the job's expiry is a dead try's. */
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('mail_outbox_event_key').on(t.workspaceId, t.toAddress, t.dedupeKey),
    index('mail_outbox_list_idx').on(t.workspaceId, t.createdAt),
  ],
)

/**
 * What a person wants to hear of, per kind and channel (email now; push later): `immediately` or
 * `off`. Shaped for digests (`digest` with `digest_time` in the person's zone) and quiet hours later.
 * No row means immediately.
 */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    workspaceId: ws(),
    personId: uuid('person_id').notNull(),
    kind: text('kind').notNull(),
    /** email (push to follow) */
    channel: text('channel').notNull(),
    /** immediately | off (digest to follow) */
    setting: text('setting').notNull(),
    /** For a digest: HH:MM in the person's own zone. */
    digestTime: text('digest_time'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.personId, t.kind, t.channel] }),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }).onDelete('cascade'),
  ],
)

/** An address of a person that the mail server refused for good (5xx): marked on the person, not mailed again. */
export const personMailBounces = pgTable(
  'person_mail_bounces',
  {
    workspaceId: ws(),
    personId: uuid('person_id').notNull(),
    address: text('address').notNull(),
    reason: text('reason').notNull(),
    bouncedAt: timestamp('bounced_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.personId, t.address] }),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }).onDelete('cascade'),
  ],
)

/** The workspace's key for signing unsubscribe links (HMAC-SHA256), generated once and kept with the data. */
export const mailKeys = pgTable('mail_keys', {
  workspaceId: ws().primaryKey(),
  unsubscribeKey: text('unsubscribe_key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
})
