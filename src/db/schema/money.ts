import { boolean, foreignKey, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { acts } from './people.ts'
import { tours } from './tours.ts'

const ws = workspaceIdColumn

/**
 * An act's money settings (ADR 043): whether the members on a show's lineup see that show's deal.
 * Absent: the default (off; a member sees no money). Versioned like the other settings documents.
 */
export const actMoneySettings = pgTable(
  'act_money_settings',
  {
    workspaceId: ws(),
    actId: uuid('act_id').notNull(),
    membersSeeDeal: boolean('members_see_deal').notNull().default(false),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.actId] }),
    foreignKey({ columns: [t.workspaceId, t.actId], foreignColumns: [acts.workspaceId, acts.id] }).onDelete('cascade'),
  ],
)

/**
 * A tour's home currency (ADR 043): its settlements' totals are added up in it, each converted at the
 * exchange rate entered on that settlement (no rate is ever fetched). Absent: no home currency yet.
 */
export const tourHomeCurrencies = pgTable(
  'tour_home_currencies',
  {
    workspaceId: ws(),
    tourId: uuid('tour_id').notNull(),
    currency: text('currency').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.tourId] }),
    foreignKey({ columns: [t.workspaceId, t.tourId], foreignColumns: [tours.workspaceId, tours.id] }).onDelete('cascade'),
  ],
)
