import { pgTable, uuid, text, timestamp, integer, primaryKey, foreignKey, index, jsonb, uniqueIndex } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { shows, venues } from './tours.ts'

const ws = workspaceIdColumn

/**
 * What the band knows of a venue for next time (issue 15 point 6, ADR 037): its facts (load-in
 * address, parking, power, stage size, wifi, hospitality) and its people by role, as jsonb
 * (domain/advance.ts VenueFacts and Contact[]). One per venue (`id` is the venue's id), versioned.
 */
export const venueAdvance = pgTable(
  'venue_advance',
  {
    workspaceId: ws(),
    /** The venue's id. */
    id: uuid('id').notNull(),
    version: integer('version').notNull().default(1),
    facts: jsonb('facts').notNull(),
    contacts: jsonb('contacts').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.id], foreignColumns: [venues.workspaceId, venues.id] }).onDelete('cascade'),
  ],
)

/**
 * A show's advance (issue 16 point 4, ADR 037): its checklist (items by category with due date,
 * status and who did it) and the show's own people by role, as jsonb. One per show (`id` is the
 * show's id), versioned; a show without a row has the default checklist (domain/advance.ts).
 */
export const showAdvance = pgTable(
  'show_advance',
  {
    workspaceId: ws(),
    /** The show's id. */
    id: uuid('id').notNull(),
    version: integer('version').notNull().default(1),
    checklist: jsonb('checklist').notNull(),
    contacts: jsonb('contacts').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.id], foreignColumns: [shows.workspaceId, shows.id] }).onDelete('cascade'),
  ],
)

/**
 * A private link for a show's promoter (ADR 037): no account; it expires and can be revoked. Only
 * the SHA-256 of its token is stored (the token is shown once, to the manager who creates it), and
 * the public form finds the link by that hash. What the promoter sends waits here, for the tour
 * manager to accept into the venue (field by field) or dismiss.
 */
export const promoterLinks = pgTable(
  'promoter_links',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    showId: uuid('show_id').notNull(),
    /** Hex SHA-256 of the token; unique across workspaces (the public form has no workspace). */
    tokenHash: text('token_hash').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** The promoter's last answer: { facts, contacts } (domain/advance.ts PromoterAnswer), or null. */
    submission: jsonb('submission'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** null while the answer waits; 'accepted' or 'dismissed' once the tour manager decided. */
    decision: text('decision'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.showId], foreignColumns: [shows.workspaceId, shows.id] }).onDelete('cascade'),
    uniqueIndex('promoter_links_token_hash_idx').on(t.tokenHash),
    index('promoter_links_show_idx').on(t.workspaceId, t.showId),
  ],
)
