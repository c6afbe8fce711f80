import { z } from 'zod'
import { FullDateSchema, IdSchema, NameSchema, NotesSchema, VersionSchema } from './common.ts'
import { HOLD_KINDS, HOLD_PERIOD_MAX_DAYS, HOLD_PERIOD_MAX_MONTHS, HOLDER_KINDS, PITCH_STATUSES } from '../domain/rights.ts'

// ── holds ───────────────────────────────────────────────────────────────
export const HoldKindSchema = z.enum(HOLD_KINDS).describe('option, hold, first-use or exclusive')
export const HolderKindSchema = z.enum(HOLDER_KINDS)
export const HolderRefSchema = z.object({ kind: HolderKindSchema, id: IdSchema }).describe('Who holds the work: an organisation, an act or a person')
export const HolderSchema = z.object({ kind: HolderKindSchema, id: IdSchema, name: z.string() })
export const HoldPeriodSchema = z
  .object({
    months: z.number().int().min(0).max(HOLD_PERIOD_MAX_MONTHS).default(0),
    days: z.number().int().min(0).max(HOLD_PERIOD_MAX_DAYS).default(0),
  })
  .describe('Counted from startsOn on the calendar: "6 months" from 2013-01-31 ends on 2013-07-31 (inclusive)')

export const HoldBodySchema = z.object({
  holder: HolderRefSchema,
  kind: HoldKindSchema,
  startsOn: FullDateSchema.describe('First day held'),
  period: HoldPeriodSchema.nullable().optional().describe('Give a period or endsOn'),
  endsOn: FullDateSchema.nullable().optional().describe('Last day held (inclusive); give a period or endsOn'),
  endsOnRelease: z.boolean().default(false).describe('Ends the day before the first release of the work on or after startsOn'),
  notes: NotesSchema.optional(),
})
export type HoldBody = z.input<typeof HoldBodySchema>
export const UpdateHoldBodySchema = HoldBodySchema.extend({ version: VersionSchema })
export type UpdateHoldBody = z.input<typeof UpdateHoldBodySchema>

export const HoldSchema = z.object({
  id: IdSchema,
  workId: IdSchema,
  holder: HolderSchema,
  kind: HoldKindSchema,
  startsOn: z.string(),
  period: z.object({ months: z.number().int(), days: z.number().int() }).nullable(),
  endsOn: z.string().nullable().describe('The end day as given, or null when a period was given'),
  endsOnRelease: z.boolean(),
  nominalEndsOn: z.string().describe('Last day held by the terms alone'),
  effectiveEndsOn: z.string().describe('Last day held, after an early end on release (before startsOn when a release spent it)'),
  endedByRelease: z.boolean(),
  notes: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Hold = z.infer<typeof HoldSchema>

// ── availability ────────────────────────────────────────────────────────
export const AvailabilityStateSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('held'),
    by: HolderSchema,
    kind: HoldKindSchema,
    until: z.string().describe('Last day held'),
    holdId: IdSchema,
    text: z.string(),
  }),
  z.object({ state: z.literal('free'), since: z.string().nullable().describe('First free day after the last hold; null when never held'), text: z.string() }),
])
export type AvailabilityState = z.infer<typeof AvailabilityStateSchema>
export const AvailabilitySegmentSchema = z.object({ from: z.string().nullable(), to: z.string().nullable(), availability: AvailabilityStateSchema })
export const WorkAvailabilitySchema = z.object({
  workId: IdSchema,
  on: z.string().describe('The day the availability is for (today unless asked)'),
  availability: AvailabilityStateSchema,
  freeOn: z.string().describe('The first day on or after `on` that no hold covers (across back-to-back holds)'),
  timeline: z.array(AvailabilitySegmentSchema).describe('Availability over all time, oldest first; from/to null when unbounded'),
  releaseDays: z.array(z.string()).describe('Days the work was certainly out (partial dates counted from their last day)'),
  holds: z.array(HoldSchema),
})
export type WorkAvailability = z.infer<typeof WorkAvailabilitySchema>
export const AvailabilityQuerySchema = z.object({ on: FullDateSchema.optional().describe('Defaults to today') })

export const FreeWorkSchema = z.object({ workId: IdSchema, title: z.string(), writers: z.array(z.string()), availability: AvailabilityStateSchema })
export const FreeWorksSchema = z.object({
  personId: IdSchema.nullable().describe('Your person in this workspace; null when you have none'),
  on: z.string(),
  works: z.array(FreeWorkSchema),
})
export type FreeWorks = z.infer<typeof FreeWorksSchema>

export const ExpiringQuerySchema = z.object({
  withinDays: z.coerce.number().int().min(0).max(366).default(30).describe('Holds ending from today to today + withinDays'),
})
export const ExpiringHoldSchema = z.object({
  holdId: IdSchema,
  workId: IdSchema,
  workTitle: z.string(),
  holder: HolderSchema,
  kind: HoldKindSchema,
  endsOn: z.string().describe('Last day held'),
  daysLeft: z.number().int().describe('Days from today to the last day held'),
  isMine: z.boolean().describe('You are one of the writers'),
})
export type ExpiringHold = z.infer<typeof ExpiringHoldSchema>

// ── pitches ─────────────────────────────────────────────────────────────
export const PitchStatusSchema = z.enum(PITCH_STATUSES)
export const PitchBodySchema = z.object({
  actId: IdSchema.nullable().optional().describe('The artist as an act of the workspace; or artistName'),
  artistName: NameSchema.nullable().optional().describe('The artist by name when not an act here'),
  status: PitchStatusSchema.default('pitched'),
  pitchedOn: FullDateSchema.describe('Day the work was offered'),
  statusOn: FullDateSchema.nullable().optional().describe('Day the status took effect; defaults to pitchedOn'),
  notes: NotesSchema.optional(),
})
export type PitchBody = z.input<typeof PitchBodySchema>
export const UpdatePitchBodySchema = PitchBodySchema.extend({ version: VersionSchema })
export type UpdatePitchBody = z.input<typeof UpdatePitchBodySchema>

export const PitchSchema = z.object({
  id: IdSchema,
  workId: IdSchema,
  workTitle: z.string(),
  actId: IdSchema.nullable(),
  artistName: z.string().describe("The act's name, or the name given"),
  status: PitchStatusSchema,
  pitchedOn: z.string(),
  statusOn: z.string(),
  notes: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Pitch = z.infer<typeof PitchSchema>
