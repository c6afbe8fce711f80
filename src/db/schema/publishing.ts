import { pgTable, uuid, text, timestamp, integer, boolean, primaryKey, foreignKey, uniqueIndex, index } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { organizations } from './organizations.ts'
import { people } from './people.ts'
import { works } from './works.ts'

const ws = workspaceIdColumn

/**
 * Who submits the workspace's CWR registrations (the HDR sender) and the counters CWR needs:
 * the transmission sequence of the year (file name CWyynnnnSSS_000.V21) and the next work number.
 */
export const publishingSettings = pgTable(
  'publishing_settings',
  {
    workspaceId: ws(),
    submitterId: uuid('submitter_id'),
    /** 2–3 letters in file names and submitter work numbers, e.g. GRN. */
    senderCode: text('sender_code').notNull().default('GRN'),
    lastTransmissionYear: integer('last_transmission_year').notNull().default(0),
    lastTransmissionSequence: integer('last_transmission_sequence').notNull().default(0),
    lastWorkNumber: integer('last_work_number').notNull().default(0),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId] }),
    foreignKey({ columns: [t.workspaceId, t.submitterId], foreignColumns: [organizations.workspaceId, organizations.id] }),
  ],
)

/** A writer's identifiers for registrations, the same on every work: IPI name number and society. */
export const writerProfiles = pgTable(
  'writer_profiles',
  {
    workspaceId: ws(),
    personId: uuid('person_id').notNull(),
    ipiNameNumber: text('ipi_name_number'),
    society: text('society'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.personId] }),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }).onDelete('cascade'),
  ],
)

/**
 * A work's publishing as one versioned document (its writers' publishers below). Version 0 means
 * nobody saved publishing yet (the row may exist only to hold the submitter work number).
 */
export const workPublishing = pgTable(
  'work_publishing',
  {
    workspaceId: ws(),
    workId: uuid('work_id').notNull(),
    /** The submitter's work number in CWR (≤ 14 characters), quoted back by acknowledgements. */
    submitterWorkCode: text('submitter_work_code'),
    version: integer('version').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.workId] }),
    foreignKey({ columns: [t.workspaceId, t.workId], foreignColumns: [works.workspaceId, works.id] }).onDelete('cascade'),
    uniqueIndex('work_publishing_code_key').on(t.workspaceId, t.submitterWorkCode),
  ],
)

/**
 * Per work writer: the original publisher, an optional administrator, whether the writer is
 * controlled (SWR) or not (OWR), and the shares OF THE WORK the publisher collects, in basis points
 * (PR ≤ half the writer's share, MR and SR ≤ the writer's share; domain/publishing-shares.ts).
 * Not a foreign key to work_writers: those rows are replaced on every edit of the work.
 */
export const writerPublishers = pgTable(
  'writer_publishers',
  {
    workspaceId: ws(),
    workId: uuid('work_id').notNull(),
    personId: uuid('person_id').notNull(),
    publisherId: uuid('publisher_id'),
    administratorId: uuid('administrator_id'),
    controlled: boolean('controlled').notNull().default(false),
    prShareBp: integer('pr_share_bp').notNull().default(0),
    mrShareBp: integer('mr_share_bp').notNull().default(0),
    srShareBp: integer('sr_share_bp').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.workId, t.personId] }),
    foreignKey({ columns: [t.workspaceId, t.workId], foreignColumns: [workPublishing.workspaceId, workPublishing.workId] }).onDelete('cascade'),
    // a row can outlive the writer's credit on the work (work_writers are replaced on edit): it must not block deleting the person
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.publisherId], foreignColumns: [organizations.workspaceId, organizations.id] }),
    foreignKey({ columns: [t.workspaceId, t.administratorId], foreignColumns: [organizations.workspaceId, organizations.id] }),
  ],
)

/**
 * A work's registration with a society (from an acknowledgement) or our CWR submission ('CWR'):
 * one row per work and society, updated as files come and go.
 */
export const workRegistrations = pgTable(
  'work_registrations',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    workId: uuid('work_id').notNull(),
    /** 'CWR' for our own submission, else the acknowledging society's name as its file gives it. */
    society: text('society').notNull(),
    submitterWorkCode: text('submitter_work_code').notNull(),
    /** submitted, received, registered, registered_with_changes, conflict, duplicate, rejected, no_participation. */
    status: text('status').notNull(),
    /** The CWR transaction status (RA, AS, CO …); null for our submission. */
    statusCode: text('status_code'),
    statusDate: text('status_date').notNull(),
    /** The society's number for the work. */
    societyWorkCode: text('society_work_code'),
    message: text('message').notNull().default(''),
    transmissionFile: text('transmission_file').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.workId], foreignColumns: [works.workspaceId, works.id] }).onDelete('cascade'),
    uniqueIndex('work_registrations_society_key').on(t.workspaceId, t.workId, t.society),
    index('work_registrations_work_idx').on(t.workspaceId, t.workId),
  ],
)
