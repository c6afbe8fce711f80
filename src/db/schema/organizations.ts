import { pgTable, uuid, text, timestamp, integer, primaryKey } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { ORGANIZATION_KINDS } from '../../domain/organizations.ts'

const ws = workspaceIdColumn

/**
 * A party that is not a person or an act: a label, a TV network, a publisher, an administrator, a
 * management company. Holds options on songs (rights.ts) and appears in publishing (CWR) records.
 */
export const organizations = pgTable(
  'organizations',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ORGANIZATION_KINDS }).notNull(),
    /** IPI name number (11 digits) for CWR; null when unknown. */
    ipiNameNumber: text('ipi_name_number'),
    /** Performing-rights society, e.g. ASCAP, BMI, PRS. */
    society: text('society'),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
)
