import { pgTable, uuid, text, timestamp, integer, primaryKey, foreignKey, index } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { people, acts } from './people.ts'

const ws = workspaceIdColumn

/** A work is the composition; its writers' shares total exactly 100 %. */
export const works = pgTable(
  'works',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    title: text('title').notNull(),
    iswc: text('iswc'),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
)

export const workWriters = pgTable(
  'work_writers',
  {
    workspaceId: ws(),
    workId: uuid('work_id').notNull(),
    personId: uuid('person_id').notNull(),
    position: integer('position').notNull(),
    role: text('role').notNull(),
    /** Basis points: 10 000 is 100 %. Null while the splits are not known yet (imported credits): all of a work's writers or none. */
    shareBp: integer('share_bp'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.workId, t.personId] }),
    foreignKey({ columns: [t.workspaceId, t.workId], foreignColumns: [works.workspaceId, works.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }),
  ],
)

/** A recording is one performance of a work by an act. */
export const recordings = pgTable(
  'recordings',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    workId: uuid('work_id').notNull(),
    actId: uuid('act_id').notNull(),
    /** Shown instead of the work's title when set (e.g. "Song for You (feat. Amy Heidemann)"). */
    title: text('title'),
    kind: text('kind').notNull(),
    durationSeconds: integer('duration_seconds'),
    key: text('key'),
    mode: text('mode'),
    tempoBpm: integer('tempo_bpm'),
    energy: integer('energy'),
    needs: text('needs').array().notNull().default([]),
    recordedOn: text('recorded_on'),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.workId], foreignColumns: [works.workspaceId, works.id] }),
    foreignKey({ columns: [t.workspaceId, t.actId], foreignColumns: [acts.workspaceId, acts.id] }),
    index('recordings_work_idx').on(t.workspaceId, t.workId),
  ],
)

export const recordingLeads = pgTable(
  'recording_leads',
  {
    workspaceId: ws(),
    recordingId: uuid('recording_id').notNull(),
    personId: uuid('person_id').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.recordingId, t.personId] }),
    foreignKey({ columns: [t.workspaceId, t.recordingId], foreignColumns: [recordings.workspaceId, recordings.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }),
  ],
)

export const recordingFeatured = pgTable(
  'recording_featured',
  {
    workspaceId: ws(),
    recordingId: uuid('recording_id').notNull(),
    actId: uuid('act_id').notNull(),
    position: integer('position').notNull(),
    /** What the featured artist does, e.g. "rap". */
    credit: text('credit').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.recordingId, t.actId] }),
    foreignKey({ columns: [t.workspaceId, t.recordingId], foreignColumns: [recordings.workspaceId, recordings.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.actId], foreignColumns: [acts.workspaceId, acts.id] }),
  ],
)
