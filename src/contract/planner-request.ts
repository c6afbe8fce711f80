import { z } from 'zod'
import { FullDateSchema, IdSchema, PartialDateSchema, lineText, nameText } from './common.ts'
import { SetlistRulesSchema } from './setlists.ts'
import { MODES, PITCH_CLASSES } from '../domain/catalog.ts'
import { ValidationError } from '../domain/errors.ts'
import {
  ROTATION_MODES,
  TEMPLATE_KINDS,
  TEMPLATE_PLACES,
  type PlannerHistory,
  type PlannerPin,
  type PlannerRules,
  type PlannerShow,
  type PlannerSong,
  type PlannerWeights,
  type PlanShowRequest,
  type PlanTourRequest,
  type Rotation,
  type TemplateItem,
} from '../domain/planner.ts'

/**
 * The planner's request schemas (a show, a tour) and their parsers: what the CLI, the HTTP API and
 * the worker thread accept. Each schema is checked against its type in src/domain/planner.ts
 * (`satisfies`); the result schemas are in planner-result.ts, and planner.ts exports both.
 */

export const PLANNER_MAX_SONGS = 400
export const PLANNER_MAX_SHOWS = 200
export const PLANNER_MAX_BUDGET_MS = 60_000
export const PLANNER_DEFAULT_BUDGET_MS = 1_000
export const PLANNER_MAX_STEPS = 50_000_000

const PersonRef = lineText(64).trim().min(1)

/** One recording of the act's repertoire, as the planner sees it. */
export const PlannerSongSchema = z.object({
  recordingId: IdSchema,
  title: nameText(200).min(1, 'required'),
  durationSeconds: z.number().int().min(1, 'a song lasts at least 1 second').max(3600),
  key: z.enum(PITCH_CLASSES).nullable().default(null),
  mode: z.enum(MODES).nullable().default(null),
  tempoBpm: z.number().min(20).max(320).nullable().default(null),
  energy: z.number().min(1, 'energy is 1 to 10').max(10, 'energy is 1 to 10').nullable().default(null).describe('1 (ballad) to 10 (closer)'),
  leadPersonIds: z.array(PersonRef).max(10).default([]).describe('Lead singers (for the singer-run rule)'),
  needs: z
    .array(lineText(40).trim().min(1))
    .max(10)
    .default([])
    .describe("Stage needs, the same words as lineup roles: 'acoustic-guitar', 'guest', 'dj-track' …"),
  guests: z
    .array(nameText(200).min(1))
    .max(10)
    .default([])
    .describe('Guests who can join this song (a song that needs a guest is playable only when one of them is billed)'),
  releasedOn: PartialDateSchema.nullable().default(null).describe('Earliest release; null when unreleased'),
  fanDemand: z.number().min(0).max(1).nullable().default(null).describe('0 (nobody asks) to 1 (everybody asks); unknown counts as 0.5'),
  single: z.boolean().default(false).describe('Released as a single (a default core song of the rotation)'),
}) satisfies z.ZodType<PlannerSong>

const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 20:00')
const Window = z
  .object({ minSeconds: z.number().int().min(0, 'not negative'), maxSeconds: z.number().int().min(0, 'not negative') })
  .refine((w) => w.minSeconds <= w.maxSeconds, { message: 'minSeconds is more than maxSeconds', path: ['maxSeconds'] })

/** One show to plan. */
export const PlannerShowSchema = z.object({
  id: lineText(64).trim().min(1).optional().describe('The show id (kept in the answer)'),
  date: FullDateSchema,
  city: nameText(200).nullable().default(null).describe('For the same-city rules (compared case-insensitively)'),
  lineupRoles: z.array(lineText(40).trim().min(1)).max(50).default([]).describe("Roles of the people in the lineup, e.g. 'acoustic-guitar'"),
  lineup: z
    .array(z.object({ name: nameText(200).min(1), role: lineText(40).trim().min(1) }))
    .max(50)
    .default([])
    .describe('Who plays which role, for the explanation ("Dustin is in the lineup"); their roles count as lineup roles too'),
  billedGuests: z.array(nameText(200).min(1)).max(50).default([]).describe('Names of the acts billed at the show'),
  setStartLocal: LocalTime.optional(),
  durationWindow: Window.nullable().optional().describe("This show's own window (a festival slot); the act's rule otherwise"),
}) satisfies z.ZodType<PlannerShow>

const SizeRange = z
  .object({ min: z.number().int().min(0, 'not negative'), max: z.number().int().min(1).max(100) })
  .refine((r) => r.min <= r.max, { message: 'min is more than max', path: ['max'] })

export const PinnedSchema = z.object({
  recordingId: IdSchema,
  position: z
    .union([z.number().int().min(1).max(100), z.enum(['opener', 'closer', 'encore'])])
    .describe("1-based song position, 'opener', 'closer' (the last song of the show) or 'encore'"),
}) satisfies z.ZodType<PlannerPin>

/** The act's rules (the set-list rule engine's) plus planner-only hard rules. */
export const PlannerRulesSchema = SetlistRulesSchema.extend({
  setSize: SizeRange.nullable().optional().describe('Number of songs'),
  pinned: z.array(PinnedSchema).max(50).default([]),
  excluded: z.array(IdSchema).max(PLANNER_MAX_SONGS).default([]),
  encore: z
    .object({ songs: z.number().int().min(1).max(6) })
    .nullable()
    .optional()
    .describe('The last N songs form the encore'),
  acousticBlock: SizeRange.nullable().optional().describe('Songs in the acoustic section (needs the acousticSection rule)'),
}) satisfies z.ZodType<PlannerRules>

export const PlannerWeightsSchema = z.object({
  keys: z.number().min(0).max(100).default(1).describe('Smooth key changes on the circle of fifths'),
  tempo: z.number().min(0).max(100).default(1).describe('Small tempo jumps'),
  energyFlow: z.number().min(0).max(100).default(1).describe('Small energy jumps'),
  energyArc: z.number().min(0).max(100).default(2).describe('Energy follows the arc template'),
  fanDemand: z.number().min(0).max(100).default(2).describe('Songs the fans ask for'),
  freshness: z.number().min(0).max(100).default(1).describe('Songs not played lately; fair rotation on a tour'),
  variety: z.number().min(0).max(100).default(2).describe('Little overlap with the previous show'),
}) satisfies z.ZodType<PlannerWeights>

export const PlayedSchema = z.object({ recordingId: IdSchema, date: FullDateSchema, city: nameText(200).nullable().default(null) })

export const PlannerHistorySchema = z.object({
  lastTourSongKeys: z
    .array(z.string().min(1).max(300))
    .max(500)
    .nullable()
    .default(null)
    .describe('Song keys (rec:<recordingId> or title:<lowercase title>) of the last tour'),
  sameCitySets: z
    .record(z.string(), z.array(z.string().min(1).max(300)).max(200))
    .default({})
    .describe('City → song keys of the set last played there'),
  plays: z.array(PlayedSchema).max(20_000).default([]).describe('Past performances, for freshness and the previous show'),
}) satisfies z.ZodType<PlannerHistory>

/**
 * How the shows of a tour relate (issue 13, ADR 017): `fixed` (one set for the tour, changed only
 * where a rule forces it), `core-rotating` (the core every night, `slots` songs rotating among the
 * other songs with no repeat within `noRepeatWithin` shows of the run or in the same city), `free`
 * (variety between consecutive shows as a goal).
 */
export const RotationSchema = z.object({
  mode: z.enum(ROTATION_MODES).default('core-rotating'),
  core: z
    .array(IdSchema)
    .max(60)
    .nullable()
    .default(null)
    .describe('Core songs, played every night unless a rule makes it impossible; null: the singles and fan favourites (fan demand ≥ 0.8)'),
  slots: z.number().int().min(0).max(20).default(2).describe('core-rotating: songs that change from show to show'),
  noRepeatWithin: z
    .number()
    .int()
    .min(1)
    .max(100)
    .default(4)
    .describe('core-rotating: a rotating song does not come back within this many shows (nor twice in one city)'),
}) satisfies z.ZodType<Rotation>

/** One part of the show that is not a song (intro tape, a talk, a DJ interlude, a costume change, the encore break). */
export const TemplateItemSchema = z.object({
  kind: z.enum(TEMPLATE_KINDS),
  title: lineText(200).trim().min(1),
  durationSeconds: z.number().int().min(0).max(3600),
  at: z
    .union([z.enum(TEMPLATE_PLACES), z.number().int().min(1).max(100)])
    .nullable()
    .default(null)
    .describe("Where: 'start', 'mid-set', 'after-acoustic', 'before-encore', 'end', after song N, or null: where the energy arc is lowest (a breather)"),
}) satisfies z.ZodType<TemplateItem>

const PlannerCommon = {
  repertoire: z.array(PlannerSongSchema).min(1, 'the repertoire is empty').max(PLANNER_MAX_SONGS),
  rules: PlannerRulesSchema.default({ guestSongsNeedBilledGuest: true, pinned: [], excluded: [] }),
  weights: PlannerWeightsSchema.default({ keys: 1, tempo: 1, energyFlow: 1, energyArc: 2, fanDemand: 2, freshness: 1, variety: 2 }),
  energyArc: z
    .array(z.number().min(0).max(1))
    .min(2)
    .max(50)
    .nullable()
    .default(null)
    .describe('Energy template over the set, points 0–1 spread evenly from first to last song; a build-up with a peak at the end by default'),
  history: PlannerHistorySchema.default({ lastTourSongKeys: null, sameCitySets: {}, plays: [] }),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(1),
  budgetMs: z
    .number()
    .int()
    .min(1)
    .max(PLANNER_MAX_BUDGET_MS)
    .default(PLANNER_DEFAULT_BUDGET_MS)
    .describe(
      'Time budget (a whole tour for plan tour): sets the default step count (1000 steps per ms for a show, 300 for a leg or tour) and caps the run at 10 × budgetMs, at least 10 s',
    ),
  steps: z
    .number()
    .int()
    .min(1)
    .max(PLANNER_MAX_STEPS)
    .nullable()
    .default(null)
    .describe(
      'Search steps of the whole plan (a whole tour for plan tour); the same input, seed and steps give the same plan on any machine. Default budgetMs × 300',
    ),
  personNames: z.record(z.string(), z.string()).default({}).describe('Person id → name, for messages'),
  rotation: RotationSchema.nullable().default(null).describe('How shows of a tour relate; null: free rotation'),
  showTemplate: z
    .array(TemplateItemSchema)
    .max(30)
    .default([])
    .describe('The parts of the show that are not songs, placed where they say, counted in the duration window'),
}

/** Checks that every recordingId a rule names is in the repertoire (each issue names its field). */
function knownSongs(value: { repertoire: PlannerSong[]; rules: PlannerRules; rotation: Rotation | null }, ctx: z.RefinementCtx) {
  const ids = new Set<string>()
  value.repertoire.forEach((s, i) => {
    if (ids.has(s.recordingId)) ctx.addIssue({ code: 'custom', message: 'this recording is in the repertoire twice', path: ['repertoire', i, 'recordingId'] })
    ids.add(s.recordingId)
  })
  value.rules.pinned.forEach((p, i) => {
    if (!ids.has(p.recordingId)) ctx.addIssue({ code: 'custom', message: 'not a song of the repertoire', path: ['rules', 'pinned', i, 'recordingId'] })
  })
  value.rules.excluded.forEach((id, i) => {
    if (!ids.has(id)) ctx.addIssue({ code: 'custom', message: 'not a song of the repertoire', path: ['rules', 'excluded', i] })
  })
  value.rotation?.core?.forEach((id, i) => {
    if (!ids.has(id)) ctx.addIssue({ code: 'custom', message: 'not a song of the repertoire', path: ['rotation', 'core', i] })
  })
}

export const PlanShowInputSchema = z.object({ ...PlannerCommon, show: PlannerShowSchema }).superRefine(knownSongs) satisfies z.ZodType<PlanShowRequest>
export type PlanShowInput = z.input<typeof PlanShowInputSchema>

export const PlanTourInputSchema = z
  .object({ ...PlannerCommon, shows: z.array(PlannerShowSchema).min(1, 'no shows to plan').max(PLANNER_MAX_SHOWS).describe('In date order') })
  .superRefine(knownSongs) satisfies z.ZodType<PlanTourRequest>
export type PlanTourInput = z.input<typeof PlanTourInputSchema>

/** zod issues → a ValidationError naming each field (the HTTP layer answers 400, the CLI exits 2). */
export function validationErrorOf(error: z.ZodError): ValidationError {
  return new ValidationError(error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })))
}

/** A show request, validated (throws a ValidationError naming each field). */
export function parsePlanShowInput(raw: unknown): PlanShowRequest {
  const r = PlanShowInputSchema.safeParse(raw)
  if (!r.success) throw validationErrorOf(r.error)
  return r.data
}

/** A tour request, validated (throws a ValidationError naming each field). */
export function parsePlanTourInput(raw: unknown): PlanTourRequest {
  const r = PlanTourInputSchema.safeParse(raw)
  if (!r.success) throw validationErrorOf(r.error)
  return r.data
}
