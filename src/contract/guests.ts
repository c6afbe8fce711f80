import { z } from 'zod'
import { IdSchema, InstantSchema, NameSchema, VersionSchema, lineText, multiLineText } from './common.ts'
import { LocalTimeSchema } from './touring.ts'
import { HEAD_LIMIT_MAX, PASS_TYPES, PLUS_N_MAX, REQUEST_STATUSES } from '../domain/guests.ts'
import { LOCAL_DATE_TIME_PATTERN } from '../domain/tickets.ts'

/** A show's guest list (issue 16, point 3; ADR 038). */
export const PassTypeSchema = z.enum(PASS_TYPES).describe('guest, press, industry, vip, meet-and-greet or working')

export const AllotmentBodySchema = z.object({
  personId: IdSchema.nullable().optional().describe("A person's own allotment"),
  actId: IdSchema.nullable().optional().describe("A party's allotment (an act's: its members share it)"),
  headLimit: z.number().int().min(0).max(HEAD_LIMIT_MAX).describe('Places in all (a guest +2 takes three)'),
  passTypes: z.array(PassTypeSchema).min(1, 'at least one pass type').max(PASS_TYPES.length),
})

export const GuestListSettingsBodySchema = z.object({
  version: z.number().int().min(0).max(2_147_483_647).describe("The guest list's version (0 before the first save); a stale one is refused with 409"),
  cutoff: z
    .string()
    .regex(LOCAL_DATE_TIME_PATTERN, "use YYYY-MM-DDTHH:MM on the venue's clock")
    .nullable()
    .default(null)
    .describe("No requests from members after this, on the venue's clock (YYYY-MM-DDTHH:MM); null: none"),
  locked: z.boolean().default(false).describe('Locked: no request is made, changed or decided until unlocked'),
  allotments: z.array(AllotmentBodySchema).max(200).default([]),
})

const requestFields = {
  name: NameSchema.describe("The guest's name as the door reads it"),
  plusN: z.number().int().min(0).max(PLUS_N_MAX).default(0).describe('Companions beyond the named guest'),
  passType: PassTypeSchema.default('guest'),
  note: multiLineText(1000).default(''),
  meetAndGreetTime: LocalTimeSchema.nullable().default(null).describe("A meet & greet pass's slot on the day, on the venue's clock"),
}

export const GuestRequestBodySchema = z.object({
  ...requestFields,
  onBehalfOf: z
    .object({ personId: IdSchema.optional(), actId: IdSchema.optional() })
    .optional()
    .describe("Managers only: charge this person's or party's allotment (the managers' own list otherwise)"),
})

export const UpdateGuestRequestBodySchema = z.object({ version: VersionSchema, ...requestFields })

export const GuestDecisionBodySchema = z.object({
  version: VersionSchema,
  decision: z.enum(REQUEST_STATUSES).describe('approved, denied, or pending again'),
})

export const CheckInBodySchema = z.object({
  checkInId: lineText(100)
    .min(8)
    .regex(/^[\x21-\x7e]+$/, 'visible ASCII only')
    .describe('Names this tap on this phone: the same tap sent again is the same admission; another one is a conflict'),
  device: lineText(80).default('').describe('Which phone, as the door staff named it'),
  admittedAt: InstantSchema.optional().describe('When the phone admitted the guest (offline, earlier than sent); now when left out'),
})

export const AllotmentSchema = z.object({
  personId: IdSchema.nullable(),
  actId: IdSchema.nullable(),
  holderName: z.string(),
  headLimit: z.number().int(),
  passTypes: z.array(PassTypeSchema),
  used: z.number().int(),
})

export const CheckInSchema = z.object({
  checkInId: z.string(),
  device: z.string(),
  admittedAt: z.string(),
  recordedAt: z.string(),
})

export const GuestRequestSchema = z.object({
  id: IdSchema,
  showId: IdSchema,
  version: z.number().int(),
  name: z.string(),
  plusN: z.number().int(),
  passType: PassTypeSchema,
  note: z.string(),
  meetAndGreetTime: z.string().nullable(),
  status: z.enum(REQUEST_STATUSES),
  allotment: z.string().describe('person:<id>, act:<id>, user:<id> or managers'),
  requesterPersonId: IdSchema.nullable(),
  requesterName: z.string(),
  mine: z.boolean(),
  checkIn: CheckInSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})

export const TypeCountSchema = z.object({
  passType: PassTypeSchema,
  requests: z.number().int(),
  heads: z.number().int(),
  approvedHeads: z.number().int(),
  pendingHeads: z.number().int(),
  admitted: z.number().int(),
})

export const GuestListSchema = z.object({
  showId: IdSchema,
  version: z.number().int().describe('0 while nothing is saved'),
  cutoff: z.string().nullable(),
  cutoffAt: z.string().nullable(),
  locked: z.boolean(),
  /** Open for my requests now. */
  open: z.boolean(),
  closedBecause: z.string().nullable(),
  timeZone: z.string(),
  manages: z.boolean().describe('The reader decides, sets allotments and checks guests in'),
  /** Every allotment for managers; only the reader's own (or their party's) for others. */
  allotments: z.array(AllotmentSchema),
  /** The allotment the reader's own requests go to. */
  myAllotment: AllotmentSchema.extend({ key: z.string(), isDefault: z.boolean() }).nullable(),
  /** Every request for managers; only the reader's own for others (guests' names are personal data). */
  requests: z.array(GuestRequestSchema),
  counts: z.array(TypeCountSchema),
})

export const CheckInResultSchema = z.object({
  outcome: z.enum(['admitted', 'already-admitted-by-this-tap']),
  request: GuestRequestSchema,
})

export type GuestList = z.infer<typeof GuestListSchema>
export type GuestRequest = z.infer<typeof GuestRequestSchema>
