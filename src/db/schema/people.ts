import { pgTable, uuid, text, timestamp, integer, primaryKey, foreignKey, uniqueIndex, boolean } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'

const ws = workspaceIdColumn

/** A person the band deals with; may or may not have an account (user_id). */
export const people = pgTable(
  'people',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    userId: uuid('user_id'),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), uniqueIndex('people_user_key').on(t.workspaceId, t.userId)],
)

/** An act: a group, duo or solo artist, ours (internal) or someone else's (support, featured, pitched to). */
export const acts = pgTable(
  'acts',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['group', 'duo', 'solo'] }).notNull(),
    isInternal: boolean('is_internal').notNull(),
    description: text('description').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('acts_slug_key').on(t.workspaceId, t.slug),
    // Public pages find an act by its claimed handle (public_handles, ADR 015), never by slug.
  ],
)

/** A person in an act, in a role, over a (possibly partial) date range. */
export const actMemberships = pgTable(
  'act_memberships',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    actId: uuid('act_id').notNull(),
    personId: uuid('person_id').notNull(),
    role: text('role').notNull(),
    instruments: text('instruments').array().notNull().default([]),
    beginDate: text('begin_date'),
    endDate: text('end_date'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.actId], foreignColumns: [acts.workspaceId, acts.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }),
  ],
)
