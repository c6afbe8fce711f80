import { z } from 'zod'
import { IdSchema } from './common.ts'
import { SettingsVersionSchema } from './setlists.ts'
import { DEFAULT_ROTATION } from '../domain/planner.ts'
import {
  PinnedSchema,
  PLANNER_MAX_BUDGET_MS,
  PlannerWeightsSchema,
  PlanResultSchema,
  RotationSchema,
  TemplateItemSchema,
  TourPlanResultSchema,
} from './planner.ts'

/**
 * The planner in the product (issue 5): an act's planner settings, and planner runs, which write
 * proposals authored by the planner. The planner's own input and output are in ./planner.ts.
 */

export const PLANNER_RUN_STATUSES = ['queued', 'running', 'done', 'infeasible', 'failed', 'cancelled'] as const
export const PLANNER_TARGETS = ['show', 'leg', 'tour'] as const

const SizeRange = z
  .object({ min: z.number().int().min(0, 'not negative').max(100), max: z.number().int().min(1).max(100) })
  .refine((r) => r.min <= r.max, { message: 'min is more than max', path: ['max'] })

/** What an act tells the planner beyond its set-list rules (which stay in the set-list settings). */
export const PlannerSettingsBodySchema = z.object({
  weights: PlannerWeightsSchema.default({ keys: 1, tempo: 1, energyFlow: 1, energyArc: 2, fanDemand: 2, freshness: 1, variety: 2 }),
  energyArc: z
    .array(z.number().min(0).max(1))
    .min(2)
    .max(20)
    .nullable()
    .default(null)
    .describe('Energy template over the set (0–1, first to last song); null: a build-up with a peak at the end'),
  setSize: SizeRange.nullable().default(null).describe('Number of songs'),
  acousticBlock: SizeRange.nullable().default(null).describe('Songs in the acoustic section'),
  encoreSongs: z.number().int().min(1).max(6).nullable().default(null).describe('The last N songs form the encore'),
  pinned: z.array(PinnedSchema).max(20).default([]),
  excluded: z.array(IdSchema).max(200).default([]).describe('Recordings the planner never picks'),
  fanDemand: z.record(IdSchema, z.number().min(0).max(1)).default({}).describe('Recording id → how much fans ask for it (0–1); unknown counts as 0.5'),
  rotation: RotationSchema.default(DEFAULT_ROTATION).describe(
    "How the shows of a tour relate (a tour may choose its own); by default a core of the act's singles and fan favourites with 2 rotating slots",
  ),
  showTemplate: z
    .array(TemplateItemSchema)
    .max(30)
    .default([])
    .describe(
      'The parts of the show that are not songs (intro tape, talks, DJ interludes, a costume change, the encore break), placed by the planner and counted in the running time',
    ),
  version: SettingsVersionSchema.optional(),
})
export type PlannerSettingsBody = z.input<typeof PlannerSettingsBodySchema>

export const PlannerSettingsSchema = PlannerSettingsBodySchema.omit({ version: true }).extend({
  actId: IdSchema,
  version: z.number().int().describe('0 when the act has none yet (defaults shown)'),
})
export type PlannerSettings = z.infer<typeof PlannerSettingsSchema>

/** A tour's own rotation (issue 13): null follows the act's planner settings. */
export const TourRotationBodySchema = z.object({
  rotation: RotationSchema.nullable().describe("The tour's rotation; null: the act's"),
  version: SettingsVersionSchema.optional(),
})
export type TourRotationBody = z.input<typeof TourRotationBodySchema>
export const TourRotationSchema = z.object({
  tourId: IdSchema,
  rotation: RotationSchema.nullable().describe("The tour's own rotation; null when it follows the act's"),
  actRotation: RotationSchema.describe("The act's rotation (what the tour follows when it has none)"),
  version: z.number().int().describe('0 when the tour has none yet'),
})
export type TourRotation = z.infer<typeof TourRotationSchema>

export const StartPlannerRunBodySchema = z.object({
  actId: IdSchema,
  targetKind: z.enum(PLANNER_TARGETS).describe('show: one suggestion; leg or tour: one per show'),
  targetId: IdSchema,
  budgetMs: z
    .number()
    .int()
    .min(100, 'at least 100 ms')
    .max(PLANNER_MAX_BUDGET_MS)
    .default(3000)
    .describe('Time budget of the search (the whole tour for a leg or tour)'),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional()
    .describe('Same seed, same plan; random when absent'),
})
export type StartPlannerRunBody = z.input<typeof StartPlannerRunBodySchema>

/** One show of a run's outcome. */
export const PlannerRunShowSchema = z.object({
  showId: IdSchema,
  label: z.string(),
  status: z.enum(['optimal', 'feasible', 'infeasible']),
  proposalId: IdSchema.nullable(),
  versionId: IdSchema.nullable(),
  scoreTotal: z.number().nullable(),
  songCount: z.number().int(),
  recordingIds: z.array(IdSchema).describe('The planned songs in order'),
  conflictingRules: z.array(z.string()).optional(),
  explanation: z.string(),
})

export const PlannerRunSchema = z.object({
  id: IdSchema,
  actId: IdSchema,
  targetKind: z.enum(PLANNER_TARGETS),
  targetId: IdSchema,
  targetLabel: z.string().nullable(),
  requestedByName: z.string(),
  status: z.enum(PLANNER_RUN_STATUSES),
  progress: z.number().min(0).max(1),
  seed: z.number().int(),
  budgetMs: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  result: z
    .object({
      shows: z.array(PlannerRunShowSchema),
      tour: TourPlanResultSchema.shape.stats.nullable().describe('Tour statistics (leg or tour runs)'),
      titles: z.record(z.string(), z.string()).describe('Recording id → title, for the pictures'),
      warnings: z.array(z.string()).describe('What the planner could not use, e.g. recordings without a duration'),
    })
    .nullable(),
})
export type PlannerRun = z.infer<typeof PlannerRunSchema>

/** The planner's explanation of a version it wrote. */
export const PlannerSuggestionSchema = z.object({
  versionId: IdSchema,
  runId: IdSchema.nullable().describe('null when a person wrote the version'),
  plan: PlanResultSchema.nullable().describe('null when a person wrote the version'),
})
export type PlannerSuggestion = z.infer<typeof PlannerSuggestionSchema>
