import { z } from 'zod'
import { IdSchema, lineText } from './common.ts'
import { MAX_MINOR } from '../domain/settlement.ts'

// Bounds here are the coarse ones of the wire; the domain (settlementIssues) refuses the rest naming the field.
const Minor = z.number().int().describe('Minor units of the settlement currency (cents), a whole number')
const Percent = z.number().describe('0 to 100, at most two decimals')
const Label = lineText(80).trim().default('')
const Timing = z.enum(['before-split', 'after-split'])

const DealSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('flat'), guaranteeMinor: Minor }),
  z.object({
    kind: z.literal('versus'),
    guaranteeMinor: Minor,
    artistPercent: Percent.describe('The artist’s percentage of net after expenses and promoter profit'),
    promoterProfitPercent: Percent.describe('Promoter profit, a percentage of expenses before the split plus the guarantee'),
  }),
  z.object({ kind: z.literal('door'), artistPercent: Percent.describe('The artist’s percentage of net after expenses') }),
])

const TermsShape = {
  currency: lineText(3).describe('ISO 4217, e.g. EUR'),
  deal: DealSchema,
  tickets: z
    .array(
      z.object({
        type: lineText(80).trim().min(1, 'required').describe('"GA", "VIP"'),
        sold: z.number().int(),
        comps: z.number().int().default(0),
        priceMinor: Minor,
      }),
    )
    .max(50),
  taxes: z
    .array(
      z.discriminatedUnion('kind', [
        z.object({ label: Label, kind: z.literal('percent'), percent: Percent.describe('Of the gross') }),
        z.object({ label: Label, kind: z.literal('fixed'), amountMinor: Minor }),
      ]),
    )
    .max(20),
  expenses: z
    .array(
      z.discriminatedUnion('kind', [
        z.object({ label: Label, kind: z.literal('fixed'), amountMinor: Minor, timing: Timing }),
        z.object({ label: Label, kind: z.literal('capped'), actualMinor: Minor, capMinor: Minor, timing: Timing }),
      ]),
    )
    .max(100),
}

export const SettlementBodySchema = z.object({
  version: z
    .number()
    .int()
    .min(0)
    .max(2_147_483_647)
    .describe('The settlement’s version this write is based on (0 for the first); a stale one is refused with 409'),
  ...TermsShape,
})

const LineSchema = z.object({ key: z.string(), label: z.string(), amountMinor: z.number().int() })

export const ShowSettlementSchema = z.object({
  showId: IdSchema,
  version: z.number().int().describe('0 while no settlement is written'),
  terms: z.object(TermsShape).nullable().describe('What was agreed and what happened, as written; null while none is'),
  sheet: z
    .object({
      currency: z.string(),
      grossMinor: z.number().int(),
      taxesMinor: z.number().int(),
      netMinor: z.number().int(),
      expensesBeforeSplitMinor: z.number().int(),
      expensesAfterSplitMinor: z.number().int(),
      artistTakeMinor: z.number().int(),
      promoterTakeMinor: z.number().int(),
      lines: z.array(LineSchema),
    })
    .nullable()
    .describe(
      `Every line from gross to the artist's and promoter's take, in minor units (at most ${MAX_MINOR}); percentages rounded half to even, the remainder to the promoter`,
    ),
})
export type ShowSettlement = z.infer<typeof ShowSettlementSchema>
