import { pgTable, uuid, text, timestamp, integer, primaryKey, foreignKey, index, jsonb, real } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { acts, people } from './people.ts'
import { setlistVersions } from './setlists.ts'
import { tours } from './tours.ts'

const ws = workspaceIdColumn

/** An act's planner settings: soft-goal weights, the energy arc, planner-only hard rules, fan favourites (contract PlannerSettings). */
export const actPlannerSettings = pgTable(
  'act_planner_settings',
  {
    workspaceId: ws(),
    actId: uuid('act_id').notNull(),
    settings: jsonb('settings').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.actId] }),
    foreignKey({ columns: [t.workspaceId, t.actId], foreignColumns: [acts.workspaceId, acts.id] }).onDelete('cascade'),
  ],
)

/** A tour's own rotation (contract TourRotation, issue 13); a tour without a row follows its act's planner settings. */
export const tourPlannerSettings = pgTable(
  'tour_planner_settings',
  {
    workspaceId: ws(),
    tourId: uuid('tour_id').notNull(),
    rotation: jsonb('rotation').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.tourId] }),
    foreignKey({ columns: [t.workspaceId, t.tourId], foreignColumns: [tours.workspaceId, tours.id] }).onDelete('cascade'),
  ],
)

/**
 * One planner run (a show or a whole leg/tour), run off the request thread in a worker. Its state is
 * kept here so every instance can show it; the instance that runs it writes progress and the outcome.
 */
export const plannerRuns = pgTable(
  'planner_runs',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    actId: uuid('act_id').notNull(),
    /** show, leg, tour */
    targetKind: text('target_kind').notNull(),
    targetId: uuid('target_id').notNull(),
    requestedBy: uuid('requested_by').notNull(),
    /** queued, running, done, infeasible, failed, cancelled */
    status: text('status').notNull(),
    progress: real('progress').notNull().default(0),
    seed: integer('seed').notNull(),
    budgetMs: integer('budget_ms').notNull(),
    /** Summary of the outcome (contract PlannerRunResult): per show its proposal, score and status; tour statistics. */
    result: jsonb('result'),
    error: text('error'),
    cancelRequested: integer('cancel_requested').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.actId], foreignColumns: [acts.workspaceId, acts.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.requestedBy], foreignColumns: [people.workspaceId, people.id] }),
    index('planner_runs_act_idx').on(t.workspaceId, t.actId, t.createdAt),
  ],
)

/** The planner's explanation of one version it wrote: score by goal, rules checked, why each song is there. */
export const plannerSuggestions = pgTable(
  'planner_suggestions',
  {
    workspaceId: ws(),
    versionId: uuid('version_id').notNull(),
    runId: uuid('run_id').notNull(),
    explanation: jsonb('explanation').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.versionId] }),
    foreignKey({ columns: [t.workspaceId, t.versionId], foreignColumns: [setlistVersions.workspaceId, setlistVersions.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.runId], foreignColumns: [plannerRuns.workspaceId, plannerRuns.id] }).onDelete('cascade'),
  ],
)
