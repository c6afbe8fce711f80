import { z } from 'zod'
import { SlugSchema } from './common.ts'

export const PublicHandleSchema = z.object({
  handle: z.string().nullable().describe("The act's public page is /public/{handle}; null: the act has no public page"),
})
export type PublicHandleAnswer = z.infer<typeof PublicHandleSchema>

export const ClaimPublicHandleBodySchema = z.object({
  handle: SlugSchema.min(3, 'use at least 3 characters').describe('Unique on this server; lowercase letters, digits and dashes'),
})
