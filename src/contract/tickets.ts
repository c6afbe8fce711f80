import { z } from 'zod'
import { IdSchema, VersionSchema, lineText } from './common.ts'
import { LOCAL_DATE_TIME_PATTERN, OFFER_KINDS, PUBLIC_STATUSES, SHOW_LIFECYCLES } from '../domain/tickets.ts'

/** Largest price in minor units (a million in a two-decimal currency). */
export const PRICE_MINOR_MAX = 100_000_000

export const OfferBodySchema = z.object({
  kind: z.enum(OFFER_KINDS),
  label: lineText(80).trim().default('').describe('"General admission", "Fan club presale"'),
  url: lineText(2000).trim().min(1, 'required').describe('The ticket page, http(s) only'),
  onSale: z
    .string()
    .regex(LOCAL_DATE_TIME_PATTERN, 'use YYYY-MM-DDTHH:MM on the venue clock')
    .nullable()
    .default(null)
    .describe("On sale from, on the venue's clock (YYYY-MM-DDTHH:MM); null: as soon as the show is public"),
  soldOut: z.boolean().default(false),
  priceMinor: z.number().int().min(0).max(PRICE_MINOR_MAX).nullable().default(null).describe('Face price in minor units of `currency`'),
  currency: lineText(3).nullable().default(null).describe('ISO 4217, e.g. EUR'),
})

export const TicketsBodySchema = z.object({
  version: VersionSchema.describe("The show's version this write is based on; a stale one is refused with 409"),
  lifecycle: z
    .enum(SHOW_LIFECYCLES)
    .describe('postponed: date to be announced; rescheduled and moved are set when a public show’s date or venue changes, and may be kept or cleared'),
  offers: z.array(OfferBodySchema).max(20),
})

const PreviousDateSchema = z.object({ localDate: z.string(), startsAt: z.string() })
const PreviousPlaceSchema = z.object({ name: z.string(), city: z.string(), country: z.string() })

export const OfferSchema = z.object({
  kind: z.enum(OFFER_KINDS),
  label: z.string(),
  url: z.string(),
  onSale: z.string().nullable(),
  onSaleAt: z.string().nullable().describe('The instant on sale (ISO 8601 UTC)'),
  soldOut: z.boolean(),
  priceMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  availability: z.enum(['hidden', 'pre-order', 'in-stock', 'sold-out']).describe('What the public sees now; hidden while the show is not public'),
})

export const ShowTicketsSchema = z.object({
  showId: IdSchema,
  version: z.number().int(),
  lifecycle: z.enum(SHOW_LIFECYCLES),
  status: z.enum(PUBLIC_STATUSES).describe('The word the public reads now'),
  isPublic: z.boolean(),
  previousDates: z.array(PreviousDateSchema),
  movedFrom: PreviousPlaceSchema.nullable(),
  offers: z.array(OfferSchema),
})
export type ShowTickets = z.infer<typeof ShowTicketsSchema>

/** An offer as the public outputs carry it (shows.json). */
export const PublicOfferSchema = z.object({
  kind: z.enum(OFFER_KINDS),
  label: z.string(),
  url: z.string(),
  onSaleAt: z.string().nullable().describe('On sale from (ISO 8601 UTC); null: on sale'),
  onSale: z.string().nullable().describe("The same on the venue's clock"),
  availability: z.enum(['pre-order', 'in-stock', 'sold-out']),
  price: z.object({ amountMinor: z.number().int(), currency: z.string() }).nullable(),
})
export const PublicBusinessShape = {
  publicStatus: z.enum(PUBLIC_STATUSES).describe('scheduled, on-sale, sold-out, postponed (date to be announced), rescheduled, moved, cancelled'),
  previousDates: z.array(PreviousDateSchema).describe('Earlier dates of a rescheduled show, oldest first'),
  movedFrom: PreviousPlaceSchema.nullable().describe('Where a moved show was before'),
  offers: z.array(PublicOfferSchema),
}
