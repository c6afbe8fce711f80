import { pgTable, uuid, text, timestamp, primaryKey, index } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'

const ws = workspaceIdColumn

/** Where outside identifiers come from; one value per importer that links records. */
export const EXTERNAL_ID_SOURCES = ['musicbrainz'] as const
/** The kinds of Greenroom record an outside identifier may point at. */
export const EXTERNAL_ENTITY_KINDS = ['person', 'act', 'membership', 'work', 'recording', 'release-group', 'edition'] as const
export type ExternalEntityKind = (typeof EXTERNAL_ENTITY_KINDS)[number]

/**
 * Which Greenroom record an outside identifier (a MusicBrainz MBID) was imported as, so that a
 * second import finds the record instead of creating it again. The entity is not a foreign key
 * (it points into several tables); a link whose record was deleted is re-pointed on the next import.
 */
export const externalIds = pgTable(
  'external_ids',
  {
    workspaceId: ws(),
    source: text('source', { enum: EXTERNAL_ID_SOURCES }).notNull(),
    entityKind: text('entity_kind', { enum: EXTERNAL_ENTITY_KINDS }).notNull(),
    externalId: text('external_id').notNull(),
    entityId: uuid('entity_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.source, t.entityKind, t.externalId] }),
    index('external_ids_entity_idx').on(t.workspaceId, t.entityKind, t.entityId),
  ],
)
