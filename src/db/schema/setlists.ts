import { pgTable, uuid, text, timestamp, integer, primaryKey, foreignKey, index, jsonb, boolean } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { acts, people } from './people.ts'
import { shows, tours, tourLegs } from './tours.ts'

const ws = workspaceIdColumn

/**
 * A proposal: one line of thought about a set list for a target (a show, a leg, a tour, or none
 * yet), kept as numbered versions. Counter-proposals are proposals of their own, based on a version.
 */
export const setlistProposals = pgTable(
  'setlist_proposals',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    actId: uuid('act_id').notNull(),
    title: text('title').notNull(),
    targetKind: text('target_kind').notNull(),
    tourId: uuid('tour_id'),
    legId: uuid('leg_id'),
    showId: uuid('show_id'),
    authorPersonId: uuid('author_person_id').notNull(),
    /** open, agreed, withdrawn */
    status: text('status').notNull(),
    basedOnVersionId: uuid('based_on_version_id'),
    agreedVersionId: uuid('agreed_version_id'),
    agreedAt: timestamp('agreed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.actId], foreignColumns: [acts.workspaceId, acts.id] }),
    foreignKey({ columns: [t.workspaceId, t.tourId], foreignColumns: [tours.workspaceId, tours.id] }),
    foreignKey({ columns: [t.workspaceId, t.legId], foreignColumns: [tourLegs.workspaceId, tourLegs.id] }),
    foreignKey({ columns: [t.workspaceId, t.showId], foreignColumns: [shows.workspaceId, shows.id] }),
    foreignKey({ columns: [t.workspaceId, t.authorPersonId], foreignColumns: [people.workspaceId, people.id] }),
    index('setlist_proposals_act_idx').on(t.workspaceId, t.actId, t.createdAt),
  ],
)

/**
 * One version of a proposal: its ordered entries (JSON, see contract SetlistEntrySchema). A version
 * may be edited (guarded by `revision`) until someone answers it; after that it is history.
 */
export const setlistVersions = pgTable(
  'setlist_versions',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    proposalId: uuid('proposal_id').notNull(),
    number: integer('number').notNull(),
    parentVersionId: uuid('parent_version_id'),
    authorPersonId: uuid('author_person_id').notNull(),
    /** draft, amendment, counter, planner */
    kind: text('kind').notNull(),
    note: text('note').notNull().default(''),
    entries: jsonb('entries').notNull(),
    revision: integer('revision').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.proposalId], foreignColumns: [setlistProposals.workspaceId, setlistProposals.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.authorPersonId], foreignColumns: [people.workspaceId, people.id] }),
    index('setlist_versions_proposal_idx').on(t.workspaceId, t.proposalId, t.number),
  ],
)

/** A member's answer to a version: approve, amend, counter, reject (with a reason) or comment (on the whole or one entry). */
export const setlistAnswers = pgTable(
  'setlist_answers',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    versionId: uuid('version_id').notNull(),
    personId: uuid('person_id').notNull(),
    kind: text('kind').notNull(),
    text: text('text').notNull().default(''),
    entryId: text('entry_id'),
    resultVersionId: uuid('result_version_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.versionId], foreignColumns: [setlistVersions.workspaceId, setlistVersions.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }),
    index('setlist_answers_version_idx').on(t.workspaceId, t.versionId, t.createdAt),
  ],
)

/** Per act: who must agree (all members, a majority, or named deciders) and the set-list rules. */
export const actSetlistSettings = pgTable(
  'act_setlist_settings',
  {
    workspaceId: ws(),
    actId: uuid('act_id').notNull(),
    consensus: text('consensus').notNull(),
    deciderPersonIds: uuid('decider_person_ids').array().notNull().default([]),
    countTouringMusicians: boolean('count_touring_musicians').notNull().default(false),
    /** The act's rules for the rule engine (contract SetlistRulesSchema). */
    rules: jsonb('rules').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.actId] }),
    foreignKey({ columns: [t.workspaceId, t.actId], foreignColumns: [acts.workspaceId, acts.id] }).onDelete('cascade'),
  ],
)

/** The agreed version a show will play (applied to one show, or to every show of a leg or tour). */
export const showSetlists = pgTable(
  'show_setlists',
  {
    workspaceId: ws(),
    showId: uuid('show_id').notNull(),
    versionId: uuid('version_id').notNull(),
    appliedBy: uuid('applied_by').notNull(),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.showId] }),
    foreignKey({ columns: [t.workspaceId, t.showId], foreignColumns: [shows.workspaceId, shows.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.versionId], foreignColumns: [setlistVersions.workspaceId, setlistVersions.id] }),
  ],
)

/** What was actually played at a show (from the agreed list, with the changes marked), or imported history. */
export const playedSetlists = pgTable(
  'played_setlists',
  {
    workspaceId: ws(),
    showId: uuid('show_id').notNull(),
    entries: jsonb('entries').notNull(),
    /** Where it came from: recorded, setlistfm (with its id). */
    source: text('source').notNull(),
    sourceId: text('source_id'),
    /** What an import keeps beyond these columns to export it as it came (interop/setlistfm/source-record.ts). */
    sourceRecord: jsonb('source_record'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.showId] }),
    foreignKey({ columns: [t.workspaceId, t.showId], foreignColumns: [shows.workspaceId, shows.id] }).onDelete('cascade'),
  ],
)
