import { z } from 'zod'
import { FullDateSchema, IdSchema, lineText, multiLineText } from './common.ts'
import { CHECKLIST_CATEGORIES, CHECKLIST_STATUSES, CONTACT_ROLES, VENUE_FACT_FIELDS } from '../domain/advance.ts'

// ── contacts and venue facts (issue 15 point 6), advancing (issue 16 point 4); ADR 037 ──
/** A phone number as people write it: digits, spaces, + ( ) . - / and an extension. */
const PHONE_PATTERN = /^\+?[0-9 ().\-/]{3,40}(\s*(x|ext\.?)\s*[0-9]{1,6})?$/i

export const ContactBodySchema = z.object({
  role: z.enum(CONTACT_ROLES),
  name: lineText(200).trim().min(1, 'required'),
  phone: z
    .union([z.literal(''), lineText(60).trim().regex(PHONE_PATTERN, 'a phone number like +1 212 555 0100')])
    .optional()
    .describe('Left out: the stored one of this person (same role and name) stays, for an editor who may not read it'),
  email: z
    .union([z.literal(''), z.email('an email address like name@example.com').max(320)])
    .optional()
    .describe('Left out: the stored one of this person (same role and name) stays'),
})
export const ContactsBodySchema = z.array(ContactBodySchema).max(30)

/** A fact left out keeps its stored value (the wifi, for an editor who may not read it). */
export const VenueFactsSchema = z.object(
  Object.fromEntries(VENUE_FACT_FIELDS.map((f) => [f, multiLineText(2000).optional()])) as Record<
    (typeof VENUE_FACT_FIELDS)[number],
    z.ZodOptional<z.ZodString>
  >,
)

export const ContactSchema = z.object({
  role: z.enum(CONTACT_ROLES),
  name: z.string(),
  phone: z.string().nullable().describe('Null for a reader who may not read it (readsContactDetails)'),
  email: z.string().nullable().describe('Null for a reader who may not read it (readsContactDetails)'),
  source: z.enum(['show', 'venue']).describe('Whether the person belongs to this show or to the venue'),
})

export const VenueAdvanceSchema = z.object({
  venueId: IdSchema,
  version: z.number().int().describe('0: nothing saved yet'),
  facts: z.object({
    loadInAddress: z.string(),
    parking: z.string(),
    power: z.string(),
    stageSize: z.string(),
    wifi: z.string().nullable().describe('Null for a reader who may not read it'),
    hospitality: z.string(),
  }),
  contacts: z.array(ContactSchema),
  detailsHidden: z.boolean().describe('True when phone numbers, emails and the wifi are withheld from this reader'),
  updatedAt: z.string().nullable(),
})
export type VenueAdvance = z.infer<typeof VenueAdvanceSchema>

export const VenueAdvanceBodySchema = z.object({
  version: z.number().int().min(0).max(2_147_483_647).describe('The version read (0 for the first save)'),
  facts: VenueFactsSchema,
  contacts: ContactsBodySchema,
})

export const ChecklistItemBodySchema = z.object({
  id: lineText(60).min(1).optional().describe('An item of this checklist (a default one included), kept with who did it; none: a new item'),
  category: z.enum(CHECKLIST_CATEGORIES),
  title: lineText(300).trim().min(1, 'required'),
  dueDate: FullDateSchema.nullable().default(null),
  status: z.enum(CHECKLIST_STATUSES).default('todo'),
})
export const ChecklistItemSchema = z.object({
  id: z.string(),
  category: z.enum(CHECKLIST_CATEGORIES),
  title: z.string(),
  dueDate: z.string().nullable(),
  status: z.enum(CHECKLIST_STATUSES),
  doneBy: z.object({ personId: IdSchema.nullable(), name: z.string() }).nullable().describe('Who marked it done (set by the server)'),
  doneAt: z.string().nullable(),
})

export const ShowAdvanceSchema = z.object({
  showId: IdSchema,
  venueId: IdSchema,
  version: z.number().int().describe('0: nothing saved yet (the checklist is the default one)'),
  checklist: z.array(ChecklistItemSchema).describe('Empty for a reader who reads only their own (a viewer)'),
  contacts: z.array(ContactSchema).describe("The show's people, then the venue's"),
  detailsHidden: z.boolean().describe('True when phone numbers and emails are withheld from this reader'),
  updatedAt: z.string().nullable(),
})
export type ShowAdvance = z.infer<typeof ShowAdvanceSchema>

export const ShowAdvanceBodySchema = z.object({
  version: z.number().int().min(0).max(2_147_483_647).describe('The version read (0 for the first save)'),
  checklist: z.array(ChecklistItemBodySchema).max(100),
  contacts: ContactsBodySchema,
})

export const FieldChangeSchema = z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() })
export const PromoterLinkSchema = z.object({
  id: IdSchema,
  showId: IdSchema,
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  state: z.enum(['open', 'expired', 'revoked']),
  submittedAt: z.string().nullable(),
  decision: z.enum(['waiting', 'accepted', 'dismissed']).nullable().describe('Null until the promoter answers'),
  changes: z.array(FieldChangeSchema).describe('What the answer would change on the venue, field by field (before and after)'),
})
export type PromoterLink = z.infer<typeof PromoterLinkSchema>
export const CreatedPromoterLinkSchema = PromoterLinkSchema.extend({
  token: z.string().describe('Shown once, to the manager who creates the link; only its hash is stored'),
  url: z.string().describe('The address to send the promoter'),
})
export const CreatePromoterLinkBodySchema = z.object({
  expiresInDays: z.number().int().min(1).max(90).default(14),
})
export const AcceptAnswerBodySchema = z.object({
  venueVersion: z.number().int().min(0).max(2_147_483_647).describe('The venue facts version the diff was read against'),
  fields: z
    .array(z.string().regex(/^(facts|contacts)\.[a-zA-Z-]+$/, 'a field of the diff, like facts.parking'))
    .max(20)
    .optional()
    .describe('The fields to take (default: all of them)'),
})
