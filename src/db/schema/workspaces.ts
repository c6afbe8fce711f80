import { pgTable, uuid, text, timestamp, integer, uniqueIndex, primaryKey, foreignKey } from 'drizzle-orm/pg-core'
import { users } from './accounts.ts'

export const workspaces = pgTable(
  'workspaces',
  {
    id: uuid('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('workspaces_slug_key').on(t.slug)],
)

export const workspaceMembers = pgTable(
  'workspace_members',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['owner', 'manager', 'member', 'crew', 'viewer'] }).notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] })],
)

export const invites = pgTable(
  'invites',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    tokenHash: text('token_hash').notNull(),
    role: text('role', { enum: ['owner', 'manager', 'member', 'crew', 'viewer'] }).notNull(),
    email: text('email'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedBy: uuid('accepted_by'),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    // Looked up by token alone (the invitee is not in the workspace yet); workspace_id leads so a
    // distributed table can keep it unique per shard.
    uniqueIndex('invites_token_key').on(t.workspaceId, t.tokenHash),
    foreignKey({ columns: [t.workspaceId, t.createdBy], foreignColumns: [workspaceMembers.workspaceId, workspaceMembers.userId] }),
  ],
)
