import { z } from 'zod'
import { AVAILABILITY_ANSWERS } from '../domain/availability-requests.ts'
import { COMMITMENT_KINDS } from '../domain/touring.ts'
import { FullDateSchema, IdSchema, NameSchema, multiLineText } from './common.ts'
import { CommitmentSchema, TimeZoneSchema } from './touring.ts'

/** Availability requests (issue 14, point 4; ADR 042): people asked whether they can do a date or a range. */
export const AvailabilityAnswerValueSchema = z.enum(AVAILABILITY_ANSWERS).describe('yes, maybe or no')

export const AvailabilityRequestBodySchema = z.object({
  title: NameSchema.describe('What it is: "South America leg", "TV shoot", "Promo trip to New York"'),
  note: multiLineText(2000).default(''),
  startDate: FullDateSchema.describe('The first day'),
  endDate: FullDateSchema.describe('The last day (the first day again for one date); not before startDate'),
  timeZone: TimeZoneSchema.default('UTC').describe('The clock of the dates and of the answer-by deadline (the end of that day)'),
  answerBy: FullDateSchema.describe('Answers are taken until the end of this day; not after startDate'),
  personIds: z.array(IdSchema).max(200).default([]).describe('People asked by name'),
  actIds: z.array(IdSchema).max(20).default([]).describe('Every current member of these acts is asked'),
  showIds: z.array(IdSchema).max(20).default([]).describe("Everyone on these shows' lineups is asked"),
})
export type AvailabilityRequestBody = z.output<typeof AvailabilityRequestBodySchema>

export const AnswerBodySchema = z.object({ answer: AvailabilityAnswerValueSchema, comment: multiLineText(1000).default('') })

export const AnswerCountsSchema = z.object({ yes: z.number().int(), maybe: z.number().int(), no: z.number().int(), unanswered: z.number().int() })

export const AvailabilityAnswerSchema = z.object({
  personId: IdSchema,
  personName: z.string(),
  answer: AvailabilityAnswerValueSchema.nullable().describe('Null: not answered yet'),
  comment: z.string(),
  answeredAt: z.string().nullable(),
  commitmentId: IdSchema.nullable().describe('The commitment this "yes" became'),
})

export const AvailabilityRequestSchema = z.object({
  id: IdSchema,
  title: z.string(),
  note: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  timeZone: z.string(),
  answerBy: z.string(),
  deadlineAt: z.string(),
  closedAt: z.string().nullable(),
  open: z.boolean().describe('Answers are taken: not closed and before the deadline'),
  createdByPersonId: IdSchema.nullable(),
  counts: AnswerCountsSchema,
  /** Managers and owners: everyone asked. Someone asked: only their own answer. */
  answers: z.array(AvailabilityAnswerSchema).describe("Everyone's answers for owners and managers; only the reader's own for someone asked"),
  myAnswer: AvailabilityAnswerSchema.nullable().describe('The reader’s own answer when they are asked'),
  createdAt: z.string(),
})
export type AvailabilityRequest = z.infer<typeof AvailabilityRequestSchema>

export const MakeCommitmentBodySchema = z.object({
  personIds: z.array(IdSchema).max(200).optional().describe('Who of those who said yes (all of them when left out)'),
  kind: z.enum(COMMITMENT_KINDS).default('other'),
  acknowledgeConflicts: z.boolean().default(false),
})
export const MadeCommitmentSchema = z.object({ commitment: CommitmentSchema, request: AvailabilityRequestSchema })
