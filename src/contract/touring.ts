import { z } from 'zod'
import { FullDateSchema, IdSchema, InstantSchema, NameSchema, NotesSchema, VersionSchema, lineText, multiLineText, nameText } from './common.ts'
import { ANNOUNCEMENT_STATES, BILLING_ROLES, COMMITMENT_KINDS, LOCAL_TIME_PATTERN, SHOW_STATUSES } from '../domain/touring.ts'
import { SHOW_TIME_FIELDS } from '../domain/show-time-days.ts'

export const LocalTimeSchema = z.string().regex(LOCAL_TIME_PATTERN, 'a time like 19:30 (24-hour clock)').describe('Local wall-clock time HH:MM at the place')
export const TimeZoneSchema = lineText(64).min(1).describe('IANA time zone, e.g. America/Chicago')
const Latitude = z.number().min(-90, 'latitude is between -90 and 90').max(90, 'latitude is between -90 and 90')
const Longitude = z.number().min(-180, 'longitude is between -180 and 180').max(180, 'longitude is between -180 and 180')

// ── venues ──────────────────────────────────────────────────────────────
export const VenueBodySchema = z.object({
  name: NameSchema,
  address: multiLineText(500).optional(),
  city: NameSchema,
  country: z.string().regex(/^[A-Z]{2}$/, 'a two-letter country code like US or GB'),
  latitude: Latitude.nullable().optional(),
  longitude: Longitude.nullable().optional(),
  timeZone: TimeZoneSchema,
})
export const UpdateVenueBodySchema = VenueBodySchema.extend({ version: VersionSchema })
export const VenueSchema = z.object({
  id: IdSchema,
  name: z.string(),
  address: z.string(),
  city: z.string(),
  country: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  timeZone: z.string(),
  version: z.number().int(),
})
export type Venue = z.infer<typeof VenueSchema>

// ── tours and legs ──────────────────────────────────────────────────────
export const LegBodySchema = z.object({
  id: IdSchema.optional().describe('Keep an existing leg; omit for a new one'),
  name: NameSchema,
  notes: NotesSchema.optional(),
})
export const TourBodySchema = z.object({ actId: IdSchema, name: NameSchema, notes: NotesSchema.optional(), legs: z.array(LegBodySchema).max(50).default([]) })
/** PUT replaces the whole resource (ADR 014): child lists are required, so leaving one out is a 400, not a deletion. */
const replaced = 'required: PUT replaces the whole list; send the current one to keep it'
const replacedList = { error: (issue: { input: unknown }) => (issue.input === undefined ? replaced : undefined) }
export const UpdateTourBodySchema = TourBodySchema.extend({ legs: z.array(LegBodySchema, replacedList).max(50), version: VersionSchema })
export const LegSchema = z.object({
  id: IdSchema,
  name: z.string(),
  notes: z.string(),
  showCount: z.number().int(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
})
export const TourSchema = z.object({
  id: IdSchema,
  actId: IdSchema,
  actName: z.string(),
  name: z.string(),
  notes: z.string(),
  version: z.number().int(),
  legs: z.array(LegSchema),
  shows: z.array(z.lazy(() => ShowSummarySchema)),
})
export type Tour = z.infer<typeof TourSchema>
export const TourListEntrySchema = z.object({
  id: IdSchema,
  name: z.string(),
  actName: z.string(),
  showCount: z.number().int(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
})

// ── shows ───────────────────────────────────────────────────────────────
export const ShowBodySchema = z.object({
  actId: IdSchema.describe('The headliner'),
  tourId: IdSchema.nullable().optional(),
  legId: IdSchema.nullable().optional(),
  venueId: IdSchema,
  localDate: FullDateSchema.describe("The show's date at the venue"),
  loadIn: LocalTimeSchema.nullable().optional(),
  soundcheck: LocalTimeSchema.nullable().optional(),
  doors: LocalTimeSchema.nullable().optional(),
  setStart: LocalTimeSchema.nullable().optional(),
  curfew: LocalTimeSchema.nullable().optional(),
  status: z.enum(SHOW_STATUSES),
  announcement: z.enum(ANNOUNCEMENT_STATES),
  announceAt: InstantSchema.nullable().optional().describe('When an embargoed show becomes public (required for embargoed)'),
  billing: z
    .array(z.object({ actId: IdSchema, role: z.enum(BILLING_ROLES) }))
    .max(20)
    .default([]),
  lineup: z
    .array(z.object({ personId: IdSchema, role: lineText(60).trim().min(1) }))
    .max(100)
    .default([]),
  notes: NotesSchema.optional(),
  acknowledgeConflicts: z.boolean().default(false).describe('Save even though the lineup has conflicts; the decision is recorded'),
})
export const UpdateShowBodySchema = ShowBodySchema.extend({
  billing: z.array(ShowBodySchema.shape.billing.unwrap().element, replacedList).max(20),
  lineup: z.array(ShowBodySchema.shape.lineup.unwrap().element, replacedList).max(100),
  version: VersionSchema,
})
export type UpdateShowBody = z.input<typeof UpdateShowBodySchema>

export const ShowTimesSchema = z.object({
  loadIn: z.string().nullable(),
  soundcheck: z.string().nullable(),
  doors: z.string().nullable(),
  setStart: z.string().nullable(),
  curfew: z.string().nullable(),
})
export const ShowSummarySchema = z.object({
  id: IdSchema,
  actId: IdSchema,
  actName: z.string(),
  localDate: z.string(),
  status: z.enum(SHOW_STATUSES),
  announcement: z.enum(ANNOUNCEMENT_STATES),
  venueName: z.string(),
  city: z.string(),
  country: z.string(),
  timeZone: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  legId: IdSchema.nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
})
export type ShowSummary = z.infer<typeof ShowSummarySchema>

export const ConflictSchema = z.object({
  kind: z.enum(['overlap', 'blockout', 'travel']),
  personId: IdSchema,
  personName: z.string(),
  message: z.string(),
  with: z.object({ kind: z.enum(['show', 'commitment']), id: IdSchema, title: z.string(), startsAt: z.string(), endsAt: z.string() }).optional(),
  blockoutId: IdSchema.optional(),
  reason: z.string().nullable().optional().describe('Blockout reason, shown to managers only'),
  distanceKm: z.number().optional(),
  neededMinutes: z.number().optional(),
  availableMinutes: z.number().optional(),
  journeyId: IdSchema.optional().describe('The booked journey between the two bookings that replaced the travel estimate (ADR 036)'),
})
export type ConflictView = z.infer<typeof ConflictSchema>

export const ShowSchema = ShowSummarySchema.extend({
  tourId: IdSchema.nullable(),
  venueId: IdSchema,
  address: z.string(),
  times: ShowTimesSchema,
  timesAfterMidnight: z
    .array(z.enum(SHOW_TIME_FIELDS))
    .describe("The times that fall on the day after the show's date: a time earlier than the one before it is after midnight, up to 06:00 (a curfew of 00:30)"),
  announceAt: z.string().nullable(),
  billing: z.array(z.object({ actId: IdSchema, actName: z.string(), role: z.enum(BILLING_ROLES) })),
  lineup: z.array(z.object({ personId: IdSchema, personName: z.string(), role: z.string() })),
  notes: z.string(),
  version: z.number().int(),
  conflicts: z.array(ConflictSchema).describe('Current conflicts of the lineup'),
  isPublic: z.boolean().describe('Whether the show appears on public pages and feeds now'),
  setlistVersionId: IdSchema.nullable().describe(
    'The agreed set-list version applied to the show (GET /shows/{id}/setlist); null when none is, and then that address answers 404',
  ),
  playedRecorded: z.boolean().describe('Whether what was played is recorded (GET /shows/{id}/played); when false that address answers 404'),
})
export type Show = z.infer<typeof ShowSchema>

// ── commitments and blockouts ───────────────────────────────────────────
export const CommitmentBodySchema = z.object({
  kind: z.enum(COMMITMENT_KINDS),
  title: NameSchema,
  actId: IdSchema.nullable().optional(),
  venueId: IdSchema.nullable().optional(),
  locationName: lineText(200).optional(),
  latitude: Latitude.nullable().optional(),
  longitude: Longitude.nullable().optional(),
  timeZone: TimeZoneSchema,
  startDate: FullDateSchema,
  startTime: LocalTimeSchema.nullable().optional().describe('Omit for an all-day commitment'),
  endDate: FullDateSchema,
  endTime: LocalTimeSchema.nullable().optional(),
  outlet: nameText(200).nullable().optional(),
  journalist: nameText(200).nullable().optional(),
  embargoNotes: multiLineText(2000).nullable().optional(),
  notes: NotesSchema.optional(),
  personIds: z.array(IdSchema).max(100).default([]),
  acknowledgeConflicts: z.boolean().default(false),
})
export const UpdateCommitmentBodySchema = CommitmentBodySchema.extend({ personIds: z.array(IdSchema, replacedList).max(100), version: VersionSchema })
export type UpdateCommitmentBody = z.input<typeof UpdateCommitmentBodySchema>
export const CommitmentSchema = z.object({
  id: IdSchema,
  kind: z.enum(COMMITMENT_KINDS),
  title: z.string(),
  actId: IdSchema.nullable(),
  actName: z.string().nullable(),
  venueId: IdSchema.nullable(),
  locationName: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  timeZone: z.string(),
  startDate: z.string(),
  startTime: z.string().nullable(),
  endDate: z.string(),
  endTime: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  outlet: z.string().nullable(),
  journalist: z.string().nullable(),
  embargoNotes: z.string().nullable(),
  notes: z.string(),
  people: z.array(z.object({ personId: IdSchema, personName: z.string() })),
  version: z.number().int(),
  conflicts: z.array(ConflictSchema),
})
export type Commitment = z.infer<typeof CommitmentSchema>

export const BlockoutBodySchema = z.object({ personId: IdSchema, startDate: FullDateSchema, endDate: FullDateSchema, reason: multiLineText(500).optional() })
export const UpdateBlockoutBodySchema = BlockoutBodySchema.extend({ version: VersionSchema })
export const BlockoutSchema = z.object({
  id: IdSchema,
  personId: IdSchema,
  personName: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  reason: z.string().nullable().describe('Only managers and owners see the reason'),
  version: z.number().int(),
})

/** One entry of a person's or an act's timeline. */
export const TimelineEntrySchema = z.object({
  kind: z.enum(['show', 'commitment', 'blockout']),
  id: IdSchema,
  title: z.string(),
  actId: IdSchema.nullable(),
  actName: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  localStart: z.string().describe('YYYY-MM-DD HH:MM at the place'),
  localEnd: z.string(),
  place: z.string(),
  status: z.string().nullable(),
  conflicts: z.array(ConflictSchema),
})
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>
