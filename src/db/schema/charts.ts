import { sql } from 'drizzle-orm'
import { pgTable, uuid, text, timestamp, integer, primaryKey, foreignKey, index, check, unique } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { acts, people } from './people.ts'
import { recordings } from './works.ts'
import { editions, releaseGroups } from './releases.ts'

const ws = workspaceIdColumn

/**
 * A position on a chart on one day, e.g. No. 5 on the iTunes Pop pre-order chart. The subject is
 * exactly one of a release group, one of its editions or a recording; the act is the subject's.
 */
export const chartEntries = pgTable(
  'chart_entries',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    /** The chart's publisher or store, e.g. "iTunes", "Billboard 200". */
    chart: text('chart').notNull(),
    genre: text('genre'),
    /** ISO 3166-1 alpha-2; null for a worldwide chart or when not known. */
    territory: text('territory'),
    kind: text('kind').notNull(),
    position: integer('position').notNull(),
    /** YYYY-MM-DD */
    chartDate: text('chart_date').notNull(),
    releaseGroupId: uuid('release_group_id'),
    editionId: uuid('edition_id'),
    recordingId: uuid('recording_id'),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.releaseGroupId], foreignColumns: [releaseGroups.workspaceId, releaseGroups.id] }),
    foreignKey({ columns: [t.workspaceId, t.editionId], foreignColumns: [editions.workspaceId, editions.id] }),
    foreignKey({ columns: [t.workspaceId, t.recordingId], foreignColumns: [recordings.workspaceId, recordings.id] }),
    check('chart_entries_one_subject', sql`num_nonnulls(${t.releaseGroupId}, ${t.editionId}, ${t.recordingId}) = 1`),
    check('chart_entries_position_positive', sql`${t.position} >= 1`),
    // One position per subject, chart and day (PostgreSQL 15: nulls of absent subjects and genres count as equal).
    unique('chart_entries_once_per_day')
      .on(t.workspaceId, t.releaseGroupId, t.editionId, t.recordingId, t.chart, t.genre, t.territory, t.kind, t.chartDate)
      .nullsNotDistinct(),
    index('chart_entries_edition_idx').on(t.workspaceId, t.editionId),
    index('chart_entries_recording_idx').on(t.workspaceId, t.recordingId),
  ],
)

/** A nomination for an award in a category and year, of an act, person, recording or release (at least one). */
export const awardNominations = pgTable(
  'award_nominations',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    award: text('award').notNull(),
    category: text('category').notNull(),
    year: integer('year').notNull(),
    result: text('result').notNull(),
    actId: uuid('act_id'),
    personId: uuid('person_id'),
    recordingId: uuid('recording_id'),
    releaseGroupId: uuid('release_group_id'),
    /** YYYY-MM-DD */
    ceremonyDate: text('ceremony_date'),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.actId], foreignColumns: [acts.workspaceId, acts.id] }),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }),
    foreignKey({ columns: [t.workspaceId, t.recordingId], foreignColumns: [recordings.workspaceId, recordings.id] }),
    foreignKey({ columns: [t.workspaceId, t.releaseGroupId], foreignColumns: [releaseGroups.workspaceId, releaseGroups.id] }),
    check('award_nominations_some_subject', sql`num_nonnulls(${t.actId}, ${t.personId}, ${t.recordingId}, ${t.releaseGroupId}) >= 1`),
    check('award_nominations_year', sql`${t.year} between 1900 and 2999`),
    index('award_nominations_act_idx').on(t.workspaceId, t.actId),
  ],
)
