import { pgTable, uuid, text, timestamp, integer, primaryKey, foreignKey, boolean, jsonb } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { shows } from './tours.ts'

const ws = workspaceIdColumn

/**
 * A show's ticket offers (domain/tickets.ts), in the order the band lists them; replaced as a whole
 * with the show's version (ADR 035). Public outputs read them only through offerAvailability.
 */
export const showOffers = pgTable(
  'show_offers',
  {
    workspaceId: ws(),
    showId: uuid('show_id').notNull(),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    label: text('label').notNull().default(''),
    url: text('url').notNull(),
    /** On sale from, on the venue's clock (YYYY-MM-DDTHH:MM), as entered. */
    onSaleLocal: text('on_sale_local'),
    onSaleAt: timestamp('on_sale_at', { withTimezone: true }),
    soldOut: boolean('sold_out').notNull().default(false),
    priceMinor: integer('price_minor'),
    currency: text('currency'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.showId, t.position] }),
    foreignKey({ columns: [t.workspaceId, t.showId], foreignColumns: [shows.workspaceId, shows.id] }).onDelete('cascade'),
  ],
)

/**
 * A show's settlement (issue 16, point 5; ADR 040): what was agreed and what happened, as entered
 * (currency, deal, ticket lines, taxes and fees, expenses); the sheet is computed from it by
 * domain/settlement.ts on every read, never stored. One per show (`id` is the show's id), versioned.
 */
export const showSettlements = pgTable(
  'show_settlements',
  {
    workspaceId: ws(),
    /** The show's id. */
    id: uuid('id').notNull(),
    version: integer('version').notNull().default(1),
    currency: text('currency').notNull(),
    /** { deal, tickets, taxes, expenses } in minor units (domain/settlement.ts SettlementInput without the currency). */
    terms: jsonb('terms').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** When it was approved (ADR 043); null while open. An approved settlement is read-only until a manager reopens it. */
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    /** The account that approved it. */
    approvedBy: uuid('approved_by'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.id], foreignColumns: [shows.workspaceId, shows.id] }).onDelete('cascade'),
  ],
)
