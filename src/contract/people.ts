import { z } from 'zod'
import { IdSchema, NameSchema, NotesSchema, PartialDateSchema, SlugSchema, VersionSchema, lineText } from './common.ts'
import { ACT_KINDS, MEMBERSHIP_ROLES } from '../domain/catalog.ts'

export const PersonBodySchema = z.object({
  name: NameSchema,
  email: z.email('enter an email address like name@example.com').max(320).nullable().optional(),
  notes: NotesSchema.optional(),
})
export type PersonBody = z.infer<typeof PersonBodySchema>
export const UpdatePersonBodySchema = PersonBodySchema.extend({ version: VersionSchema })
export type UpdatePersonBody = z.infer<typeof UpdatePersonBodySchema>

export const PersonMembershipSchema = z.object({
  membershipId: IdSchema,
  actId: IdSchema,
  actSlug: z.string(),
  actName: z.string(),
  role: z.string(),
  instruments: z.array(z.string()),
  beginDate: z.string().nullable(),
  endDate: z.string().nullable(),
})

export const PersonSchema = z.object({
  id: IdSchema,
  name: z.string(),
  email: z.string().nullable(),
  notes: z.string(),
  hasAccount: z.boolean(),
  version: z.number().int(),
  memberships: z.array(PersonMembershipSchema),
})
export type Person = z.infer<typeof PersonSchema>

export const ActBodySchema = z.object({
  name: NameSchema,
  slug: SlugSchema.optional().describe('Defaults to one made from the name'),
  kind: z.enum(ACT_KINDS),
  isInternal: z.boolean().describe('Ours (true) or an outside act: support, featured artist, artist pitched to'),
  description: NotesSchema.optional(),
})
export type ActBody = z.infer<typeof ActBodySchema>
export const UpdateActBodySchema = ActBodySchema.extend({ version: VersionSchema })
export type UpdateActBody = z.infer<typeof UpdateActBodySchema>

export const MembershipBodySchema = z.object({
  personId: IdSchema,
  role: z.enum(MEMBERSHIP_ROLES),
  instruments: z.array(lineText(60).trim().min(1)).max(20).default([]),
  beginDate: PartialDateSchema.nullable().optional(),
  endDate: PartialDateSchema.nullable().optional(),
})
/** PUT replaces the whole membership (ADR 014): instruments are required, so leaving them out is a 400, not a deletion. */
export const UpdateMembershipBodySchema = MembershipBodySchema.extend({
  instruments: z
    .array(lineText(60).trim().min(1), {
      error: (issue) => (issue.input === undefined ? 'required: PUT replaces the whole list; send the current one to keep it' : undefined),
    })
    .max(20),
  version: VersionSchema,
})

export const MembershipSchema = z.object({
  id: IdSchema,
  actId: IdSchema,
  personId: IdSchema,
  personName: z.string(),
  role: z.string(),
  instruments: z.array(z.string()),
  beginDate: z.string().nullable(),
  endDate: z.string().nullable(),
  version: z.number().int(),
})
export type Membership = z.infer<typeof MembershipSchema>

export const ActSchema = z.object({
  id: IdSchema,
  slug: z.string(),
  name: z.string(),
  kind: z.enum(ACT_KINDS),
  isInternal: z.boolean(),
  description: z.string(),
  version: z.number().int(),
  memberships: z.array(MembershipSchema),
})
export type Act = z.infer<typeof ActSchema>
