import { z } from 'zod'
import { IdSchema } from './common.ts'
import { SetlistEntrySchema } from './setlists.ts'
import { PLAN_METHODS, PLAN_STATUSES, PLANNER_GOALS, type PlannerGoal, type PlanResult, type TourPlanResult } from '../domain/planner.ts'

/**
 * The planner's result schemas: a show's plan and a tour's (what the API answers, the CLI prints and
 * the worker sends back), each checked against its type in src/domain/planner.ts (`satisfies`).
 */

export const PlanRuleCheckSchema = z.object({
  ruleId: z
    .string()
    .describe('A set-list rule id (duration-window, new-songs …) or a planner rule (set-size, pinned, excluded, encore, acoustic-block, known-songs)'),
  ok: z.boolean(),
  message: z.string(),
})

export const PlanScoreSchema = z.object({
  total: z.number().describe('Weighted sum of the goal penalties: lower is better, 0 is perfect'),
  byGoal: z
    .object(Object.fromEntries(PLANNER_GOALS.map((g) => [g, z.number()])) as Record<PlannerGoal, z.ZodNumber>)
    .describe("Each goal's penalty, 0 (perfect) to 1 (worst), before weighting"),
})

export const PlanResultSchema = z.object({
  showId: z.string().nullable(),
  status: z.enum(PLAN_STATUSES),
  provenOptimal: z.boolean().describe('An exact method proved no set scores better'),
  entries: z.array(SetlistEntrySchema).describe('Songs and section markers, ready to become a set-list proposal; [] when infeasible'),
  runningSeconds: z.number().int(),
  score: PlanScoreSchema.nullable().describe('null when infeasible'),
  rules: z.array(PlanRuleCheckSchema).describe('Every hard rule, as checked on the returned list'),
  reasons: z.array(z.object({ recordingId: IdSchema, title: z.string(), reasons: z.array(z.string()) })).describe('Why each song is there, in set order'),
  conflictingRules: z.array(z.string()).optional().describe('When infeasible: a smallest set of rules found that cannot all be kept'),
  explanation: z.string().describe('One paragraph for people'),
  stats: z.object({
    evaluations: z.number().int(),
    elapsedMs: z.number(),
    method: z.enum(PLAN_METHODS),
    seed: z.number().int(),
    steps: z.number().int().describe('The step count the plan followed (the same input, seed and steps give the same plan)'),
    capped: z.boolean().describe('The clock cap (10 × budgetMs, at least 10 s) stopped the plan before its steps: only then may a rerun differ'),
  }),
}) satisfies z.ZodType<PlanResult>

export const TourPlanResultSchema = z.object({
  status: z.enum(PLAN_STATUSES).describe('infeasible when any show is'),
  shows: z.array(PlanResultSchema),
  stats: z.object({
    songsUsed: z.number().int(),
    timesPlayed: z.record(z.string(), z.number().int()).describe('recordingId → shows it is planned for'),
    consecutiveJaccard: z.array(z.number()).describe('Similarity of each show with the one before (0 = nothing shared, 1 = the same songs)'),
    meanJaccard: z.number().nullable(),
    hardViolations: z.number().int().describe('Hard rules broken by the returned sets (an infeasible show without a set breaks none; see infeasibleShows)'),
    infeasibleShows: z.number().int().describe('Shows for which no set keeps every rule'),
    evaluations: z.number().int(),
    elapsedMs: z.number(),
    seed: z.number().int(),
    steps: z.number().int().describe('Step count of the whole tour'),
    capped: z.boolean().describe('The clock cap stopped some show before its steps'),
  }),
}) satisfies z.ZodType<TourPlanResult>
