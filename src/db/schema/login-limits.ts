import { pgTable, text, integer, timestamp, index } from 'drizzle-orm/pg-core'

/**
 * Failed logins per account and per client address, in fixed windows (src/usecases/auth/login-limits.ts).
 * In the database so that a restart does not forget them and several instances share them. Keys
 * are hashed ("account:" or "address:" + SHA-256), so the table holds no list of tried emails or addresses.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull(),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('login_failures_window_idx').on(t.windowStartedAt)],
)
