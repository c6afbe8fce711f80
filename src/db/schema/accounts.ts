import { pgTable, uuid, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'

/**
 * Accounts are global: one login may belong to several workspaces. These are the only tables
 * without a workspace_id; nothing a band owns lives in them.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email)],
)

/** A session is stored by the SHA-256 of its cookie token, so a database leak yields no live sessions. */
export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
})
