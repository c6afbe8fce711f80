import { pgTable, uuid, text, integer, timestamp, index, primaryKey } from 'drizzle-orm/pg-core'
import { users } from './accounts.ts'

/**
 * Answers kept for replay, per account and Idempotency-Key (src/domain/idempotency.ts). Per account,
 * not per workspace: the key names one request of one signed-in person, whatever it touched. Kept a
 * day, then swept; never exported (per server, like sessions).
 */
export const idempotentRequests = pgTable(
  'idempotent_requests',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** SHA-256 of method, address and body: the same key with another request is refused. */
    fingerprint: text('fingerprint').notNull(),
    state: text('state', { enum: ['pending', 'done'] }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    status: integer('status'),
    contentType: text('content_type'),
    body: text('body'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotent_requests_started_idx').on(t.startedAt)],
)
