import { z } from 'zod'
import { FullDateSchema, IdSchema, NameSchema, NotesSchema, VersionSchema, lineText } from './common.ts'
import { AWARD_RESULTS, AWARD_YEAR_MIN, CHART_KINDS } from '../domain/charts.ts'

/** The vocabulary the web forms offer. */
export { AWARD_RESULTS, CHART_KINDS } from '../domain/charts.ts'

/** Shared limits, so the web forms and the API agree. */
export const CHART_POSITION_MAX = 10_000
export const CHART_SUBJECT_KINDS = ['release-group', 'edition', 'recording'] as const

const OptionalText = lineText(100).trim().nullable().optional()

// ── chart entries ───────────────────────────────────────────────────────
export const ChartEntryBodySchema = z.object({
  chart: NameSchema.describe('The chart or store, e.g. "iTunes" or "Billboard 200"'),
  genre: OptionalText.describe('The genre chart, e.g. "Pop"; omit for the overall chart'),
  territory: z
    .string()
    .regex(/^[A-Z]{2}$/, 'a two-letter country code like US or GB')
    .nullable()
    .optional()
    .describe('ISO 3166-1 alpha-2; omit for a worldwide chart'),
  kind: z.enum(CHART_KINDS).default('sales'),
  position: z
    .number()
    .int('a whole number like 5')
    .min(1, 'No. 1 is the top: a position is 1 or more')
    .max(CHART_POSITION_MAX)
    .describe('1 is the top of the chart'),
  chartDate: FullDateSchema.describe('The day (or week start) of the chart, YYYY-MM-DD'),
  releaseGroupId: IdSchema.nullable().optional().describe('The release on the chart; give exactly one of releaseGroupId, editionId and recordingId'),
  editionId: IdSchema.nullable().optional().describe('One edition of a release on the chart (e.g. the deluxe)'),
  recordingId: IdSchema.nullable().optional().describe('A recording (song) on the chart'),
  notes: NotesSchema.optional(),
})
export type ChartEntryBody = z.input<typeof ChartEntryBodySchema>
export const UpdateChartEntryBodySchema = ChartEntryBodySchema.extend({ version: VersionSchema })
export type UpdateChartEntryBody = z.input<typeof UpdateChartEntryBodySchema>

export const ChartSubjectSchema = z.object({
  kind: z.enum(CHART_SUBJECT_KINDS),
  id: IdSchema,
  title: z.string().describe('The release or recording title; for an edition, the release title'),
  editionName: z.string().nullable(),
  /** The release the subject is or belongs to; null for a recording. */
  releaseGroupId: IdSchema.nullable(),
})
export type ChartSubject = z.infer<typeof ChartSubjectSchema>

export const ChartEntrySchema = z.object({
  id: IdSchema,
  chart: z.string(),
  genre: z.string().nullable(),
  territory: z.string().nullable(),
  kind: z.enum(CHART_KINDS),
  label: z.string().describe('The chart as people name it, e.g. "iTunes Pop pre-order"'),
  position: z.number().int(),
  chartDate: z.string(),
  subject: ChartSubjectSchema,
  actId: IdSchema,
  actName: z.string(),
  notes: z.string(),
  version: z.number().int(),
})
export type ChartEntry = z.infer<typeof ChartEntrySchema>

export const ChartEntryListQuerySchema = z.object({
  actId: IdSchema.optional().describe("Entries of this act's releases, editions and recordings"),
  releaseGroupId: IdSchema.optional().describe('Entries of this release and of its editions'),
  editionId: IdSchema.optional(),
  recordingId: IdSchema.optional(),
})
export type ChartEntryListQuery = z.infer<typeof ChartEntryListQuerySchema>

/** One subject's run on one chart. */
export const ChartRunSchema = z.object({
  chart: z.string(),
  genre: z.string().nullable(),
  territory: z.string().nullable(),
  kind: z.enum(CHART_KINDS),
  label: z.string(),
  subject: ChartSubjectSchema,
  entries: z.array(z.object({ id: IdSchema, chartDate: z.string(), position: z.number().int() })).describe('Oldest first'),
  peakPosition: z.number().int(),
  peakDate: z.string().describe('The first day at the peak'),
  firstDate: z.string(),
  lastDate: z.string(),
  weeksOnChart: z.number().int().describe('Distinct ISO weeks with an entry'),
})
export type ChartRun = z.infer<typeof ChartRunSchema>

export const ChartHistorySchema = z.object({
  runs: z.array(ChartRunSchema).describe('Best peak first'),
  best: ChartRunSchema.nullable().describe('The run with the best peak (earliest on a tie)'),
})
export type ChartHistory = z.infer<typeof ChartHistorySchema>

// ── award nominations ───────────────────────────────────────────────────
export const AwardNominationBodySchema = z.object({
  award: NameSchema.describe('e.g. "Teen Choice Awards"'),
  category: NameSchema.describe('e.g. "Choice Music Group"'),
  year: z.number().int('a year like 2013').min(AWARD_YEAR_MIN, `a year from ${AWARD_YEAR_MIN}`).max(2999),
  result: z.enum(AWARD_RESULTS).default('nominated'),
  actId: IdSchema.nullable().optional(),
  personId: IdSchema.nullable().optional(),
  recordingId: IdSchema.nullable().optional(),
  releaseGroupId: IdSchema.nullable().optional(),
  ceremonyDate: FullDateSchema.nullable().optional(),
  notes: NotesSchema.optional(),
})
export type AwardNominationBody = z.input<typeof AwardNominationBodySchema>
export const UpdateAwardNominationBodySchema = AwardNominationBodySchema.extend({ version: VersionSchema })
export type UpdateAwardNominationBody = z.input<typeof UpdateAwardNominationBodySchema>

export const AwardNominationSchema = z.object({
  id: IdSchema,
  award: z.string(),
  category: z.string(),
  year: z.number().int(),
  result: z.enum(AWARD_RESULTS),
  actId: IdSchema.nullable(),
  actName: z.string().nullable(),
  personId: IdSchema.nullable(),
  personName: z.string().nullable(),
  recordingId: IdSchema.nullable(),
  recordingTitle: z.string().nullable(),
  releaseGroupId: IdSchema.nullable(),
  releaseGroupTitle: z.string().nullable(),
  ceremonyDate: z.string().nullable(),
  notes: z.string(),
  version: z.number().int(),
})
export type AwardNomination = z.infer<typeof AwardNominationSchema>

export const AwardNominationListQuerySchema = z.object({
  actId: IdSchema.optional().describe("The act's own nominations and those of its recordings, releases and members"),
  personId: IdSchema.optional(),
  recordingId: IdSchema.optional(),
  releaseGroupId: IdSchema.optional(),
})
export type AwardNominationListQuery = z.infer<typeof AwardNominationListQuerySchema>
