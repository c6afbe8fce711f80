/**
 * Tickets and a show's public status (issue 16, point 1; ADR 035). An offer is a way to get in:
 * tickets, a presale, a VIP package or free entry, with a link, the instant it goes on sale (entered
 * on the venue's clock) and a sold-out flag. What the public may see of them is decided in
 * public-shows.ts (`offerAvailability`), by the same rule as the show itself (`isPublic`).
 */
import { localToInstant } from './local-time.ts'
import { currencyProblem } from './currency.ts'
import type { FieldIssue } from './errors.ts'

export const OFFER_KINDS = ['tickets', 'presale', 'vip', 'free'] as const
export type OfferKind = (typeof OFFER_KINDS)[number]

/**
 * What happened to the show's date or place, as the band tells the public. `rescheduled` and `moved`
 * are written by the show's own edits (a public show's date or venue changed); `postponed` (the date
 * is to be announced) is set by hand. A cancelled show is the show's status `cancelled`.
 */
export const SHOW_LIFECYCLES = ['scheduled', 'postponed', 'rescheduled', 'moved'] as const
export type ShowLifecycle = (typeof SHOW_LIFECYCLES)[number]

/** The one word the public reads beside a show (page, shows.json, shows.ics, JSON-LD). */
export const PUBLIC_STATUSES = ['scheduled', 'on-sale', 'sold-out', 'postponed', 'rescheduled', 'moved', 'cancelled'] as const
export type PublicStatus = (typeof PUBLIC_STATUSES)[number]

/** hidden: not in any public output; pre-order: listed, not on sale yet; in-stock: on sale now. */
export type OfferAvailability = 'hidden' | 'pre-order' | 'in-stock' | 'sold-out'

export interface TicketOffer {
  kind: OfferKind
  /** "General admission", "Fan club presale"; may be empty. */
  label: string
  url: string
  /** On sale from, on the venue's clock ("YYYY-MM-DDTHH:MM"); null: on sale as soon as the show is public. */
  onSaleLocal: string | null
  /** The instant `onSaleLocal` stands for at the venue (derived on every write). */
  onSaleAt: Date | null
  soldOut: boolean
  /** The face price in minor units of `currency` (ISO 4217); null when not given. */
  priceMinor: number | null
  currency: string | null
}

/** A date the show had before it was rescheduled, as it was announced. */
export interface PreviousDate {
  localDate: string
  /** The instant it started (ISO 8601). */
  startsAt: string
}

/** Where a moved show was before. */
export interface PreviousPlace {
  name: string
  city: string
  country: string
}

/** The business side of a show that public outputs read. */
export interface ShowBusiness {
  lifecycle: ShowLifecycle
  /** Every earlier date, oldest first. */
  previousDates: PreviousDate[]
  movedFrom: PreviousPlace | null
  offers: TicketOffer[]
}

export const NO_BUSINESS: ShowBusiness = { lifecycle: 'scheduled', previousDates: [], movedFrom: null, offers: [] }

/** "2013-07-01T10:00" on the venue's clock. */
export const LOCAL_DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/

/** Null for an absolute http(s) address; a message otherwise. */
export function ticketUrlProblem(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'not an address: give the full https:// link of the ticket page'
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'only http and https links can be ticket links'
  if (!parsed.hostname) return 'the link has no host'
  if (parsed.username || parsed.password) return 'a ticket link must not carry a user name or password'
  return null
}

export interface OfferInput {
  kind: OfferKind
  label: string
  url: string
  onSale: string | null
  soldOut: boolean
  priceMinor: number | null
  currency: string | null
}

/**
 * The offers as stored, with their on-sale instants on the venue's clock, or the problems naming
 * each field: a link that is not http(s), an on-sale time that does not exist there or comes after
 * the show has ended, a price without a currency.
 */
export function checkOffers(offers: readonly OfferInput[], show: { timeZone: string; endsAt: Date }): { offers: TicketOffer[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = []
  const checked = offers.map((o, n): TicketOffer => {
    const at = (field: string) => `offers.${n}.${field}`
    const urlProblem = ticketUrlProblem(o.url)
    if (urlProblem) issues.push({ path: at('url'), message: urlProblem })
    let onSaleAt: Date | null = null
    if (o.onSale !== null) {
      const [date, time] = o.onSale.split('T') as [string, string]
      const resolved = localToInstant(date, time, show.timeZone)
      if (!resolved.ok) issues.push({ path: at('onSale'), message: resolved.message })
      else if (resolved.instant.getTime() >= show.endsAt.getTime())
        issues.push({ path: at('onSale'), message: 'tickets cannot go on sale after the show is over' })
      else onSaleAt = resolved.instant
    }
    if ((o.priceMinor === null) !== (o.currency === null))
      issues.push({ path: at(o.currency === null ? 'currency' : 'priceMinor'), message: 'a price needs both an amount and a currency' })
    if (o.currency !== null) {
      const problem = currencyProblem(o.currency)
      if (problem) issues.push({ path: at('currency'), message: problem })
    }
    if (o.kind === 'free' && o.priceMinor !== null && o.priceMinor !== 0) issues.push({ path: at('priceMinor'), message: 'free entry has no price' })
    return { kind: o.kind, label: o.label, url: o.url, onSaleLocal: o.onSale, onSaleAt, soldOut: o.soldOut, priceMinor: o.priceMinor, currency: o.currency }
  })
  return { offers: checked, issues }
}

/**
 * What a show's edit tells the public: a public show given another date is rescheduled (its earlier
 * date kept, with every one before it), one given another venue is moved (the earlier place kept).
 * A show that was not public yet just changes; null when nothing is to be recorded.
 */
export function businessAfterEdit(
  before: { localDate: string; startsAt: Date; venueId: string; venue: PreviousPlace; business: ShowBusiness },
  after: { localDate: string; venueId: string },
  wasPublic: boolean,
): Pick<ShowBusiness, 'lifecycle' | 'previousDates' | 'movedFrom'> | null {
  if (!wasPublic) return null
  const dateChanged = before.localDate !== after.localDate
  const venueChanged = before.venueId !== after.venueId
  if (!dateChanged && !venueChanged) return null
  const { business } = before
  return {
    lifecycle: dateChanged ? 'rescheduled' : 'moved',
    previousDates: dateChanged ? [...business.previousDates, { localDate: before.localDate, startsAt: before.startsAt.toISOString() }] : business.previousDates,
    movedFrom: venueChanged ? before.venue : business.movedFrom,
  }
}
