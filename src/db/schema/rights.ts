import { sql } from 'drizzle-orm'
import { pgTable, uuid, text, timestamp, integer, boolean, primaryKey, foreignKey, index, check } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { acts, people } from './people.ts'
import { works } from './works.ts'
import { organizations } from './organizations.ts'
import { HOLD_KINDS, HOLDER_KINDS, PITCH_STATUSES } from '../../domain/rights.ts'

const ws = workspaceIdColumn

/**
 * A party's hold on a work (option, hold, first use, exclusive) from a day, for a period or until
 * a day, possibly ending early when the work is released (src/domain/availability.ts).
 * The holder is an organisation, an act or a person: `holder_kind` names which of the three
 * columns is set, and a check keeps exactly that one set.
 */
export const workHolds = pgTable(
  'work_holds',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    workId: uuid('work_id').notNull(),
    holderKind: text('holder_kind', { enum: HOLDER_KINDS }).notNull(),
    holderOrganizationId: uuid('holder_organization_id'),
    holderActId: uuid('holder_act_id'),
    holderPersonId: uuid('holder_person_id'),
    kind: text('kind', { enum: HOLD_KINDS }).notNull(),
    /** First day held, YYYY-MM-DD. */
    startsOn: text('starts_on').notNull(),
    /** The period, counted from `starts_on`; or else `ends_on`. */
    periodMonths: integer('period_months'),
    periodDays: integer('period_days'),
    /** Last day held (inclusive), YYYY-MM-DD. */
    endsOn: text('ends_on'),
    endsOnRelease: boolean('ends_on_release').notNull().default(false),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.workId], foreignColumns: [works.workspaceId, works.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.holderOrganizationId], foreignColumns: [organizations.workspaceId, organizations.id] }),
    foreignKey({ columns: [t.workspaceId, t.holderActId], foreignColumns: [acts.workspaceId, acts.id] }),
    foreignKey({ columns: [t.workspaceId, t.holderPersonId], foreignColumns: [people.workspaceId, people.id] }),
    index('work_holds_work_idx').on(t.workspaceId, t.workId),
    check(
      'work_holds_one_holder',
      sql`(${t.holderKind} = 'organization' and ${t.holderOrganizationId} is not null and ${t.holderActId} is null and ${t.holderPersonId} is null)
        or (${t.holderKind} = 'act' and ${t.holderActId} is not null and ${t.holderOrganizationId} is null and ${t.holderPersonId} is null)
        or (${t.holderKind} = 'person' and ${t.holderPersonId} is not null and ${t.holderOrganizationId} is null and ${t.holderActId} is null)`,
    ),
    check('work_holds_period_or_end', sql`(${t.endsOn} is null) <> (${t.periodMonths} is null and ${t.periodDays} is null)`),
    check('work_holds_ends_after_start', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
)

/** A work offered to an outside artist: an act of the workspace or just a name. */
export const pitches = pgTable(
  'pitches',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    workId: uuid('work_id').notNull(),
    actId: uuid('act_id'),
    artistName: text('artist_name'),
    status: text('status', { enum: PITCH_STATUSES }).notNull(),
    /** Day the work was offered, YYYY-MM-DD. */
    pitchedOn: text('pitched_on').notNull(),
    /** Day the current status took effect, YYYY-MM-DD. */
    statusOn: text('status_on').notNull(),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.workId], foreignColumns: [works.workspaceId, works.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.actId], foreignColumns: [acts.workspaceId, acts.id] }),
    index('pitches_work_idx').on(t.workspaceId, t.workId),
    check('pitches_one_artist', sql`num_nonnulls(${t.actId}, ${t.artistName}) = 1`),
  ],
)
