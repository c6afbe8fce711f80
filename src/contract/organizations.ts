import { z } from 'zod'
import { IdSchema, NameSchema, NotesSchema, VersionSchema, lineText, nameText } from './common.ts'
import { IPI_NAME_NUMBER_PATTERN, ORGANIZATION_KINDS } from '../domain/organizations.ts'

export const OrganizationKindSchema = z.enum(ORGANIZATION_KINDS).describe('label, network, publisher, administrator, management or other')

export const OrganizationBodySchema = z.object({
  name: NameSchema,
  kind: OrganizationKindSchema,
  /** IPI name number for CWR: 11 digits. */
  ipiNameNumber: z.string().trim().regex(IPI_NAME_NUMBER_PATTERN, 'an IPI name number is 11 digits, e.g. 00014107338').nullable().optional(),
  /** Performing-rights society, e.g. ASCAP, BMI, PRS. */
  society: nameText(60).min(1, 'leave empty or name the society').nullable().optional(),
  notes: NotesSchema.optional(),
})
export const UpdateOrganizationBodySchema = OrganizationBodySchema.extend({ version: VersionSchema })

export const OrganizationSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: OrganizationKindSchema,
  ipiNameNumber: z.string().nullable(),
  society: z.string().nullable(),
  notes: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Organization = z.infer<typeof OrganizationSchema>

export const OrganizationListQuerySchema = z.object({
  q: lineText(200).optional().describe('Case-insensitive search in the name'),
  kind: OrganizationKindSchema.optional(),
})
