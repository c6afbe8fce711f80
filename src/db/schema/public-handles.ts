import { pgTable, uuid, text, timestamp, foreignKey, uniqueIndex } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { acts } from './people.ts'

/**
 * The address of an act's public page, /public/{handle}: claimed by an owner of the workspace,
 * unique on the server (the primary key), at most one per act (docs/decisions/015-public-handles.md).
 * An act without a row here has no public page, whatever its slug.
 */
export const publicHandles = pgTable(
  'public_handles',
  {
    handle: text('handle').primaryKey(),
    workspaceId: workspaceIdColumn(),
    actId: uuid('act_id').notNull(),
    claimedBy: uuid('claimed_by'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('public_handles_act_key').on(t.workspaceId, t.actId),
    foreignKey({ columns: [t.workspaceId, t.actId], foreignColumns: [acts.workspaceId, acts.id] }).onDelete('cascade'),
  ],
)
