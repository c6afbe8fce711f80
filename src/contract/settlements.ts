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
        kills: z.number().int().default(0).describe('Tickets taken off sale, never sold'),
        scanned: z.number().int().nullable().default(null).describe('Tickets scanned at the door, at most sold + comps; null when not counted'),
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
        z.object({
          label: Label,
          kind: z.literal('fixed'),
          amountMinor: Minor,
          timing: Timing,
          actualMinor: Minor.nullable().default(null).describe('What was really spent, shown beside the agreed amount'),
        }),
        z.object({ label: Label, kind: z.literal('capped'), actualMinor: Minor, capMinor: Minor, timing: Timing }),
      ]),
    )
    .max(100),
  merch: z
    .array(z.object({ label: Label, grossMinor: Minor, venuePercent: Percent.describe('The venue’s fee, a percentage of the merch gross') }))
    .max(20)
    .default([]),
  deposits: z
    .array(
      z.object({
        label: Label,
        amountMinor: Minor,
        dueDate: lineText(10).describe('YYYY-MM-DD'),
        paidOn: lineText(10).nullable().default(null).describe('YYYY-MM-DD; null while unpaid'),
      }),
    )
    .max(20)
    .default([]),
  adjustments: z
    .array(
      z.object({
        reason: lineText(200).trim().describe('Why: shown on the sheet'),
        amountMinor: z.number().int().describe('To the artist: positive, the promoter pays more; negative, the artist gives back'),
      }),
    )
    .max(50)
    .default([]),
  exchangeRate: z
    .string()
    .max(24)
    .regex(/^[0-9.,eE+-]*$/, 'an exact decimal like 1.0825')
    .nullable()
    .default(null)
    .describe('One unit of this currency in the tour’s home currency, an exact decimal ("1.0825", at most 10 decimals); no rate is fetched'),
}

/** The terms as stored (src/db/schema/business.ts `terms` with the currency); reading through it fills the fields added since a row was written. */
export const SettlementTermsSchema = z.object(TermsShape)

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

const DealView = z.object({ currency: z.string(), deal: DealSchema })

export const ShowSettlementSchema = z.object({
  showId: IdSchema,
  version: z.number().int().describe('0 while no settlement is written'),
  show: z.object({ actName: z.string(), localDate: z.string(), venueName: z.string(), city: z.string() }),
  deal: DealView.nullable().describe(
    'The deal alone: what a member on the show’s lineup reads when the act lets its members see their show’s deal (owners and managers read everything)',
  ),
  approval: z
    .object({ approvedAt: z.string().datetime({ offset: true }), approvedBy: z.object({ userId: IdSchema, name: z.string() }) })
    .nullable()
    .describe('Who approved the settlement and when; an approved settlement is read-only until a manager reopens it'),
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
      adjustmentsMinor: z.number().int(),
      merchGrossMinor: z.number().int(),
      merchVenueFeesMinor: z.number().int(),
      merchArtistMinor: z.number().int(),
      depositsPaidMinor: z.number().int(),
      balanceDueMinor: z.number().int(),
      artistTotalMinor: z.number().int(),
      lines: z.array(LineSchema),
    })
    .nullable()
    .describe(
      `Every line from gross to the artist's and promoter's take, in minor units (at most ${MAX_MINOR}); percentages rounded half to even, the remainder to the promoter`,
    ),
})
export type ShowSettlement = z.infer<typeof ShowSettlementSchema>

export const SettlementVersionBodySchema = z.object({
  version: z.number().int().min(0).max(2_147_483_647).describe('The settlement’s version this decision is based on; a stale one is refused with 409'),
})

export const MoneySettingsSchema = z.object({
  actId: IdSchema,
  version: z.number().int().describe('0 while the defaults apply'),
  membersSeeDeal: z.boolean().describe('Members on a show’s lineup see that show’s deal (default off: members see no money)'),
})
export type MoneySettings = z.infer<typeof MoneySettingsSchema>
export const MoneySettingsBodySchema = z.object({
  version: z.number().int().min(0).max(2_147_483_647),
  membersSeeDeal: z.boolean(),
})

export const TourHomeCurrencyBodySchema = z.object({ homeCurrency: lineText(3).describe('ISO 4217, e.g. USD') })

export const TourMoneySchema = z.object({
  tourId: IdSchema,
  name: z.string(),
  homeCurrency: z.string().nullable(),
  shows: z.array(
    z.object({
      showId: IdSchema,
      localDate: z.string(),
      city: z.string(),
      venueName: z.string(),
      currency: z.string(),
      exchangeRate: z.string().nullable(),
      approved: z.boolean(),
      grossMinor: z.number().int(),
      artistTotalMinor: z.number().int(),
      home: z
        .object({ grossMinor: z.number().int(), artistTotalMinor: z.number().int() })
        .nullable()
        .describe('In the home currency at the settlement’s rate, each rounded half to even; null while a rate is missing'),
    }),
  ),
  totals: z
    .object({ grossMinor: z.number().int(), artistTotalMinor: z.number().int(), missingRates: z.number().int() })
    .nullable()
    .describe('The sum of the converted amounts (each rounded once, then added); shows without a rate are left out and counted; null without a home currency'),
})
export type TourMoney = z.infer<typeof TourMoneySchema>
