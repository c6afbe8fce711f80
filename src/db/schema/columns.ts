import { uuid } from 'drizzle-orm/pg-core'
import { workspaces } from './workspaces.ts'

/** The tenant column that leads every key of a workspace table (ADR 003); deleting a workspace deletes its rows. */
export const workspaceIdColumn = () =>
  uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' })
