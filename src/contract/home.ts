import { z } from 'zod'
import { AVAILABILITY_ANSWERS } from '../domain/availability-requests.ts'
import { NotificationSchema } from './notifications.ts'
import { IdSchema } from './common.ts'
import { TimelineEntrySchema } from './touring.ts'

/** A set list that waits for the reader's answer: they vote on its act and have not answered its latest version. */
export const WaitingProposalSchema = z.object({
  proposalId: IdSchema,
  title: z.string(),
  actName: z.string(),
  targetLabel: z.string().nullable().describe('The show, leg or tour it is for, when it is for one'),
  versionNumber: z.number().int(),
  versionAuthorName: z.string(),
  since: z.string().describe('When the version waiting for an answer was written'),
})
export type WaitingProposal = z.infer<typeof WaitingProposalSchema>

/** An open availability request the reader is asked in (ADR 042), with their answer so far (null: not answered). */
export const WaitingAvailabilitySchema = z.object({
  requestId: IdSchema,
  title: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  answerBy: z.string(),
  answer: z.enum(AVAILABILITY_ANSWERS).nullable(),
  comment: z.string(),
})

/**
 * How much the workspace's catalog and address book hold, for home's "in the catalog" line: the
 * number of entries the lists GET /works, /recordings, /release-groups and /people give this reader,
 * without downloading them (ADR 054). Null where the reader's role may not read that list.
 */
export const CatalogCountsSchema = z.object({
  works: z.number().int().nullable(),
  recordings: z.number().int().nullable(),
  releases: z.number().int().nullable(),
  people: z.number().int().nullable(),
})
export type CatalogCounts = z.infer<typeof CatalogCountsSchema>

/**
 * The signed-in person's home in a workspace (issue 14): what waits for their answer, their next
 * shows and commitments, and what changed lately. Only their own, and only what their role may read.
 */
export const HomeSchema = z.object({
  person: z.object({ id: IdSchema, name: z.string() }).nullable().describe('Null for an account with no person in this workspace'),
  waiting: z.array(WaitingProposalSchema),
  availability: z.array(WaitingAvailabilitySchema).describe('Open availability requests I am asked in, the nearest answer-by first (at most 10)'),
  next: z.array(TimelineEntrySchema).describe('Shows and commitments from now, at most 10 within the next 14 days, each with its conflicts'),
  changes: z.array(NotificationSchema).describe('The newest notifications, read or not, at most 8'),
  unread: z.number().int(),
  counts: CatalogCountsSchema,
})
export type Home = z.infer<typeof HomeSchema>
