import { pgTable, uuid, text, timestamp, integer, primaryKey, foreignKey, type AnyPgColumn } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { acts } from './people.ts'
import { recordings } from './works.ts'

const ws = workspaceIdColumn

/** An album, EP or single; its editions and their track lists are edited with it as one document. */
export const releaseGroups = pgTable(
  'release_groups',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    actId: uuid('act_id').notNull(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    /** For a single: the album it was taken from, and its order among that album's singles. */
    singleOfId: uuid('single_of_id'),
    singleOrder: integer('single_order'),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.actId], foreignColumns: [acts.workspaceId, acts.id] }),
    foreignKey({
      columns: [t.workspaceId, t.singleOfId],
      foreignColumns: [(t as unknown as { workspaceId: AnyPgColumn }).workspaceId, (t as unknown as { id: AnyPgColumn }).id],
    }),
  ],
)

export const editions = pgTable(
  'editions',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    releaseGroupId: uuid('release_group_id').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    releaseDate: text('release_date'),
    preorderDate: text('preorder_date'),
    format: text('format'),
    barcode: text('barcode'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.releaseGroupId], foreignColumns: [releaseGroups.workspaceId, releaseGroups.id] }).onDelete('cascade'),
  ],
)

export const tracks = pgTable(
  'tracks',
  {
    workspaceId: ws(),
    editionId: uuid('edition_id').notNull(),
    /** Disc or side number, from 1. */
    medium: integer('medium').notNull(),
    position: integer('position').notNull(),
    recordingId: uuid('recording_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.editionId, t.medium, t.position] }),
    foreignKey({ columns: [t.workspaceId, t.editionId], foreignColumns: [editions.workspaceId, editions.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.recordingId], foreignColumns: [recordings.workspaceId, recordings.id] }),
  ],
)

/** A recording used in a TV episode. */
export const placements = pgTable(
  'placements',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    recordingId: uuid('recording_id').notNull(),
    series: text('series').notNull(),
    season: integer('season'),
    episodeNumber: integer('episode_number'),
    episodeTitle: text('episode_title'),
    airDate: text('air_date'),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.recordingId], foreignColumns: [recordings.workspaceId, recordings.id] }),
  ],
)
