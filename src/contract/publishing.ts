import { z } from 'zod'
import { IdSchema, lineText, multiLineText, nameText } from './common.ts'
import { IPI_NAME_NUMBER_PATTERN } from '../domain/organizations.ts'
import { REGISTRATION_STATES } from '../domain/registration-status.ts'

export { REGISTRATION_STATE_LABELS, type RegistrationState } from '../domain/registration-status.ts'

export const RegistrationStateSchema = z
  .enum(REGISTRATION_STATES)
  .describe(
    'submitted (in a CWR file we sent), received (RA), registered (AS/SR), registered_with_changes (AC/CR), conflict (CO), duplicate (DU), rejected (RJ/RC), no_participation (NP)',
  )

const SharePercentSchema = z
  .number()
  .describe('Percent of the WORK the publisher collects, to 0.01 (PR at most half the writer’s share; MR and SR at most the writer’s share)')
const IpiSchema = z.string().trim().regex(IPI_NAME_NUMBER_PATTERN, 'an IPI name number is 11 digits, e.g. 00014107338')
const SocietySchema = nameText(60).min(1, 'leave empty or name the society')

export const WriterPublishingBodySchema = z.object({
  personId: IdSchema,
  publisherId: IdSchema.nullable().default(null),
  administratorId: IdSchema.nullable().default(null),
  controlled: z.boolean().default(false).describe('Signed to our side: written as SWR (controlled writer) in CWR, else OWR'),
  prSharePercent: SharePercentSchema.default(0),
  mrSharePercent: SharePercentSchema.default(0),
  srSharePercent: SharePercentSchema.default(0),
  /** The writer's own identifiers, kept for every work of theirs. */
  ipiNameNumber: IpiSchema.nullable().optional(),
  society: SocietySchema.nullable().optional().describe('Performing-rights society, e.g. ASCAP, BMI, PRS'),
})

export const WorkPublishingBodySchema = z.object({
  version: z.number().int().min(0).describe('The version you read; 0 when no publishing was saved yet. A stale one is refused with 409'),
  writers: z.array(WriterPublishingBodySchema).max(50),
})
export type WorkPublishingBody = z.input<typeof WorkPublishingBodySchema>

export const PartySchema = z.object({ id: IdSchema, name: z.string(), ipiNameNumber: z.string().nullable(), society: z.string().nullable() })
export type Party = z.infer<typeof PartySchema>

export const WorkRegistrationSchema = z.object({
  id: IdSchema,
  society: z.string().describe("'CWR' for our own submission, else the acknowledging society"),
  submitterWorkCode: z.string(),
  status: RegistrationStateSchema,
  statusCode: z.string().nullable(),
  statusDate: z.string(),
  societyWorkCode: z.string().nullable(),
  message: z.string(),
  transmissionFile: z.string(),
  updatedAt: z.string(),
})
export type WorkRegistration = z.infer<typeof WorkRegistrationSchema>

export const WriterPublishingSchema = z.object({
  personId: IdSchema,
  personName: z.string(),
  role: z.string(),
  sharePercent: z.number().nullable().describe("The writer's share of the work; null while splits are pending"),
  ipiNameNumber: z.string().nullable(),
  society: z.string().nullable(),
  publisher: PartySchema.nullable(),
  administrator: PartySchema.nullable(),
  controlled: z.boolean(),
  prSharePercent: z.number(),
  mrSharePercent: z.number(),
  srSharePercent: z.number(),
  /** What the writer keeps of each right (their share minus the publisher's). */
  writerPrSharePercent: z.number().nullable(),
  writerMrSharePercent: z.number().nullable(),
  writerSrSharePercent: z.number().nullable(),
})
export type WriterPublishing = z.infer<typeof WriterPublishingSchema>

export const WorkPublishingSchema = z.object({
  workId: IdSchema,
  title: z.string(),
  iswc: z.string().nullable(),
  version: z.number().int(),
  submitterWorkCode: z.string().nullable(),
  writers: z.array(WriterPublishingSchema),
  registrations: z.array(WorkRegistrationSchema),
  /** The most recent registration status across societies; null when never submitted. */
  registrationStatus: RegistrationStateSchema.nullable(),
})
export type WorkPublishing = z.infer<typeof WorkPublishingSchema>

export const RegistrationOverviewSchema = z.object({
  workId: IdSchema,
  title: z.string(),
  submitterWorkCode: z.string().nullable(),
  writerCount: z.number().int(),
  registrationStatus: RegistrationStateSchema.nullable(),
  registrations: z.array(WorkRegistrationSchema),
})
export type RegistrationOverview = z.infer<typeof RegistrationOverviewSchema>

export const PublishingSettingsSchema = z.object({
  submitter: PartySchema.nullable(),
  senderCode: z.string(),
  lastTransmissionYear: z.number().int(),
  lastTransmissionSequence: z.number().int(),
  version: z.number().int().describe('0 when never saved'),
})
export type PublishingSettings = z.infer<typeof PublishingSettingsSchema>

export const PublishingSettingsBodySchema = z.object({
  version: z.number().int().min(0),
  submitterId: IdSchema.nullable(),
  senderCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{2,3}$/, 'two or three letters or digits, e.g. GRN'),
})
export type PublishingSettingsBody = z.input<typeof PublishingSettingsBodySchema>

export const CwrExportResultSchema = z.object({
  fileName: z.string(),
  text: z.string(),
  works: z.array(z.object({ workId: IdSchema, title: z.string(), submitterWorkCode: z.string(), transactionType: z.enum(['NWR', 'REV']) })),
  skipped: z.array(z.object({ workId: IdSchema, title: z.string(), reason: z.string() })),
})
export type CwrExportResult = z.infer<typeof CwrExportResultSchema>

export const CwrAckImportBodySchema = z.object({
  fileName: lineText(200).trim().default('acknowledgement.V21'),
  text: multiLineText(4_000_000).min(1, 'the file is empty'),
})

export const CwrAckResultSchema = z.object({
  line: z.number().int(),
  title: z.string(),
  submitterWorkCode: z.string(),
  societyWorkCode: z.string(),
  statusCode: z.string(),
  status: RegistrationStateSchema.nullable(),
  workId: IdSchema.nullable(),
  workTitle: z.string().nullable(),
  matchedBy: z.enum(['code', 'title']).nullable(),
  messages: z.array(z.string()),
})
export type CwrAckResult = z.infer<typeof CwrAckResultSchema>

export const CwrAckImportResultSchema = z.object({
  fileName: z.string(),
  society: z.string(),
  results: z.array(CwrAckResultSchema),
  updated: z.number().int(),
  unmatched: z.number().int(),
  warnings: z.array(z.string()),
})
export type CwrAckImportResult = z.infer<typeof CwrAckImportResultSchema>
