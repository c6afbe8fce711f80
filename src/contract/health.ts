import { z } from 'zod'

export const HealthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  schemaVersion: z.number().int(),
  now: z.string().describe('The server clock (may be pinned by GREENROOM_NOW)'),
})
export type Health = z.infer<typeof HealthSchema>
