import { pgTable, uuid, text, timestamp, integer, primaryKey, foreignKey, index, uniqueIndex } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { people } from './people.ts'

const ws = workspaceIdColumn

/**
 * The server's VAPID key pair (RFC 8292, issue 14 point 6, ADR 044): made on first use and kept with
 * the data, never made again while a row is here. One per installation, not per workspace: a
 * browser holds one push subscription per app, made with this public key, whatever the workspace.
 */
export const pushKeys = pgTable('push_keys', {
  /** Always 'vapid': one row. */
  id: text('id').primaryKey(),
  /** The uncompressed P-256 point, base64url (65 bytes): what the browser subscribes with. */
  publicKey: text('public_key').notNull(),
  /** The private scalar, base64url (32 bytes): signs the VAPID JWT. */
  privateKey: text('private_key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
})

/**
 * A device of a person that takes Web Push (RFC 8030): the push service's endpoint and the keys
 * the payload is encrypted to (RFC 8291). One row per endpoint in a workspace: the same browser
 * subscribing again is the same row (and a different person signing in on it takes it over).
 */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    endpoint: text('endpoint').notNull(),
    /** The browser's ECDH P-256 public key, base64url (65 bytes). */
    p256dh: text('p256dh').notNull(),
    /** The 16-byte authentication secret, base64url. */
    auth: text('auth').notNull(),
    /** What the person calls the device ("Firefox on Linux"), shown in their list. */
    label: text('label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSentAt: timestamp('last_sent_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('push_subscriptions_endpoint_key').on(t.workspaceId, t.endpoint),
    index('push_subscriptions_person_idx').on(t.workspaceId, t.personId),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }).onDelete('cascade'),
  ],
)

/**
 * One push of one notification to one device: written with the notification, then sent by a
 * `push` job that claims the row (so a retried job never pushes twice). Removing the device
 * removes its deliveries.
 */
export const pushDeliveries = pgTable(
  'push_deliveries',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    subscriptionId: uuid('subscription_id').notNull(),
    /** The notification's event key (notifications.dedupe_key): one push per device and event. */
    dedupeKey: text('dedupe_key').notNull(),
    kind: text('kind').notNull(),
    /** What the notification shows: title, body (the inbox line) and the page to open. */
    title: text('title').notNull(),
    body: text('body').notNull(),
    url: text('url').notNull(),
    /** queued, sending, sent, failed (a retry follows), gone (the push service answered 404/410) */
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('push_deliveries_event_key').on(t.workspaceId, t.subscriptionId, t.dedupeKey),
    // the start-up sweep finds the deliveries still waiting in every workspace (a stated cross-tenant key)
    index('push_deliveries_status_idx').on(t.status),
    foreignKey({ columns: [t.workspaceId, t.subscriptionId], foreignColumns: [pushSubscriptions.workspaceId, pushSubscriptions.id] }).onDelete('cascade'),
  ],
)
