import type { FeedShow } from './feeds.ts'
import { NO_BUSINESS, type OfferAvailability, type PublicStatus, type ShowBusiness, type TicketOffer } from './tickets.ts'
import type { AnnouncementState, ShowStatus } from './touring.ts'

export interface ShowVisibility {
  status: ShowStatus
  announcement: AnnouncementState
  announceAt: Date | null
}

/**
 * Whether a show may appear in any public output at `now`: announced, or embargoed with its
 * announce time passed; holds and offers never. A cancelled show that was public stays public as
 * cancelled, so calendars that had it can remove it (STATUS:CANCELLED).
 */
export function isPublic(show: ShowVisibility, now: Date): boolean {
  if (show.status === 'hold' || show.status === 'offer') return false
  switch (show.announcement) {
    case 'announced':
      return true
    case 'embargoed':
      return show.announceAt !== null && show.announceAt.getTime() <= now.getTime()
    case 'unannounced':
      return false
    default:
      return exhaustive(show.announcement)
  }
}

function exhaustive(value: never): never {
  throw new Error(`unexpected announcement state ${String(value)}`)
}

/**
 * The same rule for a show's ticket offers: an offer exists publicly only while its show is public
 * (isPublic), not cancelled and not over; it is on sale from its on-sale instant, so nothing of an
 * unannounced or embargoed show is ever on sale or even listed, whatever its on-sale time says.
 */
export function offerAvailability(show: ShowVisibility & { endsAt: Date }, offer: Pick<TicketOffer, 'onSaleAt' | 'soldOut'>, now: Date): OfferAvailability {
  if (!isPublic(show, now) || show.status === 'cancelled' || show.endsAt.getTime() <= now.getTime()) return 'hidden'
  if (offer.soldOut) return 'sold-out'
  if (offer.onSaleAt !== null && offer.onSaleAt.getTime() > now.getTime()) return 'pre-order'
  return 'in-stock'
}

/** The offers of a public show the public may see now, with their availability; none for a show that is not public. */
export function publicOffers(
  show: ShowVisibility & { endsAt: Date },
  offers: readonly TicketOffer[],
  now: Date,
): (TicketOffer & { availability: Exclude<OfferAvailability, 'hidden'> })[] {
  return offers.flatMap((offer) => {
    const availability = offerAvailability(show, offer, now)
    return availability === 'hidden' ? [] : [{ ...offer, availability }]
  })
}

/**
 * The word beside a public show: cancelled, then what happened to its date or place (postponed,
 * rescheduled, moved), then sold out (every listed offer sold out), on sale (one on sale now), else scheduled.
 */
export function publicStatusOf(show: ShowVisibility & { endsAt: Date }, business: ShowBusiness, now: Date): PublicStatus {
  if (show.status === 'cancelled') return 'cancelled'
  if (business.lifecycle !== 'scheduled') return business.lifecycle
  const listed = publicOffers(show, business.offers, now)
  if (listed.length > 0 && listed.every((o) => o.availability === 'sold-out')) return 'sold-out'
  if (listed.some((o) => o.availability === 'in-stock')) return 'on-sale'
  return 'scheduled'
}

/** What every public output says of a public show's business: its status word, earlier dates and place, and the offers listed now. */
export function publicBusinessOf(show: FeedShow, now: Date) {
  const business = show.business ?? NO_BUSINESS
  return {
    status: publicStatusOf(show, business, now),
    previousDates: business.previousDates,
    movedFrom: business.movedFrom,
    offers: publicOffers(show, business.offers, now),
  }
}
