import type { FeedAct, FeedShow } from '../domain/feeds.ts'
import { publicShowTiming, showTitle } from '../domain/public-show-timing.ts'
import { publicBusinessOf } from '../domain/public-shows.ts'
import { PUBLIC_SHOWS_FORMAT, PUBLIC_SHOWS_FORMAT_VERSION, type PublicShow, type PublicShowsDocument } from '../contract/public-shows.ts'

/** The public shows of an act as JSON (the document contract/public-shows.ts describes): the same shows, ids, times and sequence numbers as the .ics feed. */
export function publicShowJson(show: FeedShow, now: Date): PublicShow {
  const timing = publicShowTiming(show)
  const business = publicBusinessOf(show, now)
  const { name, address, city, country, latitude, longitude } = show.venue
  return {
    id: show.id,
    title: showTitle(show),
    date: show.localDate,
    doors: show.times.doors,
    setStart: show.times.setStart,
    curfew: show.times.curfew,
    timeZone: show.venue.timeZone,
    allDay: timing.allDay,
    startsAt: timing.start.toISOString(),
    endsAt: timing.end.toISOString(),
    status: show.status as PublicShow['status'],
    venue: { name, address, city, country, latitude, longitude },
    billing: [{ name: show.headliner.name, role: 'headliner' as const }, ...show.billing.map((b) => ({ name: b.name, role: b.role }))],
    sequence: Math.max(0, show.version - 1),
    publicStatus: business.status,
    previousDates: business.previousDates,
    movedFrom: business.movedFrom,
    offers: business.offers.map((o) => ({
      kind: o.kind,
      label: o.label,
      url: o.url,
      onSaleAt: o.onSaleAt?.toISOString() ?? null,
      onSale: o.onSaleLocal,
      availability: o.availability,
      price: o.priceMinor !== null && o.currency !== null ? { amountMinor: o.priceMinor, currency: o.currency } : null,
    })),
  }
}

/** The JSON document of an act's public shows. The caller passes only shows that are public now (isPublic). */
export function publicShowsDocument(opts: { act: Pick<FeedAct, 'slug' | 'name'>; shows: FeedShow[]; generatedAt: Date }): PublicShowsDocument {
  return {
    format: PUBLIC_SHOWS_FORMAT,
    formatVersion: PUBLIC_SHOWS_FORMAT_VERSION,
    act: { slug: opts.act.slug, name: opts.act.name },
    generatedAt: opts.generatedAt.toISOString(),
    shows: opts.shows.map((show) => publicShowJson(show, opts.generatedAt)),
  }
}
