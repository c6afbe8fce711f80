import { describe, expect, it } from 'vitest'
import type { FeedShow } from '../../domain/feeds.ts'
import { showSpan } from '../../domain/show-times.ts'
import type { ShowBusiness, TicketOffer } from '../../domain/tickets.ts'
import { jsonLdForHtml, musicEvents, withOffset } from './music-events.ts'

const CHICAGO = {
  name: 'Rosemont Theatre',
  address: '5400 N River Rd',
  city: 'Rosemont',
  country: 'US',
  latitude: 41.98,
  longitude: -87.87,
  timeZone: 'America/Chicago',
}
const BERLIN = { name: 'Columbiahalle', address: '', city: 'Berlin', country: 'DE', latitude: null, longitude: null, timeZone: 'Europe/Berlin' }

function show(id: string, localDate: string, times: Partial<FeedShow['times']>, extra: Partial<FeedShow> = {}): FeedShow {
  const venue = extra.venue ?? CHICAGO
  const all = { loadIn: null, soundcheck: null, doors: null, setStart: null, curfew: null, ...times }
  const span = showSpan(localDate, all, venue.timeZone)
  if (!span.ok) throw new Error(JSON.stringify(span.issues))
  return {
    id,
    headliner: { actId: 'btr', name: 'Big Time Rush' },
    billing: [{ actId: 'vj', name: 'Victoria Justice', role: 'support' }],
    localDate,
    times: all,
    startsAt: span.startsAt,
    endsAt: span.endsAt,
    status: 'confirmed',
    announcement: 'announced',
    announceAt: null,
    version: 1,
    venue,
    ...extra,
  }
}

const NOW = new Date('2013-04-15T12:00:00Z')
const offer = (over: Partial<TicketOffer> = {}): TicketOffer => ({
  kind: 'tickets',
  label: '',
  url: 'https://tickets.example.com/a',
  onSaleLocal: null,
  onSaleAt: null,
  soldOut: false,
  priceMinor: null,
  currency: null,
  ...over,
})
const business = (over: Partial<ShowBusiness>): ShowBusiness => ({ lifecycle: 'scheduled', previousDates: [], movedFrom: null, offers: [], ...over })

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/

/** Google's event structured data: the required properties, and the recommended ones Greenroom has data for (it keeps no image). */
export function checkGoogleEvent(event: Record<string, any>) {
  expect(event['@context']).toBe('https://schema.org')
  expect(event['@type']).toBe('MusicEvent')
  // Required.
  expect(typeof event.name).toBe('string')
  expect(event.name.length).toBeGreaterThan(0)
  expect(event.startDate).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/)
  expect(event.location['@type']).toBe('Place')
  expect(event.location.name.length).toBeGreaterThan(0)
  expect(event.location.address['@type']).toBe('PostalAddress')
  expect(event.location.address.addressLocality.length).toBeGreaterThan(0)
  expect(event.location.address.addressCountry).toMatch(/^[A-Z]{2}$/)
  // Recommended.
  expect(event.description.length).toBeGreaterThan(0)
  expect([
    'https://schema.org/EventScheduled',
    'https://schema.org/EventCancelled',
    'https://schema.org/EventPostponed',
    'https://schema.org/EventRescheduled',
  ]).toContain(event.eventStatus)
  if (event.eventStatus === 'https://schema.org/EventRescheduled') {
    expect(event.previousStartDate.length).toBeGreaterThan(0)
    for (const d of event.previousStartDate) expect(d).toMatch(ISO_WITH_OFFSET)
  } else expect(event.previousStartDate).toBeUndefined()
  expect(event.organizer.name.length).toBeGreaterThan(0)
  for (const o of event.offers ?? []) {
    expect(o['@type']).toBe('Offer')
    expect(o.url).toMatch(/^https?:\/\//)
    expect(['https://schema.org/InStock', 'https://schema.org/SoldOut', 'https://schema.org/PreOrder']).toContain(o.availability)
    if (o.validFrom !== undefined) expect(o.validFrom).toMatch(ISO_WITH_OFFSET)
    if (o.price !== undefined) expect(o.price).toMatch(/^\d+(\.\d+)?$/)
    expect(o.price === undefined).toBe(o.priceCurrency === undefined)
  }
  expect(event.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode')
  expect(event.performer.length).toBeGreaterThan(0)
  for (const p of event.performer) expect(p).toMatchObject({ '@type': 'MusicGroup', name: expect.any(String) })
  if (event.startDate.includes('T')) {
    expect(event.endDate).toMatch(ISO_WITH_OFFSET)
    expect(Date.parse(event.endDate)).toBeGreaterThan(Date.parse(event.startDate))
  }
}

describe('musicEvents', () => {
  it('gives each show the required and recommended properties, times on the venue clock with its offset', () => {
    const [summer, winter] = musicEvents(
      [
        show('a', '2013-07-12', { doors: '18:30', setStart: '20:00', curfew: '23:00' }),
        show('b', '2013-12-14', { doors: '18:30', setStart: '20:00', curfew: '23:00' }),
      ],
      { pageUrl: 'https://example.org/public/big-time-rush', now: NOW },
    ) as Record<string, any>[]
    for (const e of [summer!, winter!]) checkGoogleEvent(e)
    expect(summer).toMatchObject({
      name: 'Big Time Rush with Victoria Justice',
      startDate: '2013-07-12T20:00:00-05:00',
      doorTime: '2013-07-12T18:30:00-05:00',
      endDate: '2013-07-12T23:00:00-05:00',
      eventStatus: 'https://schema.org/EventScheduled',
      url: 'https://example.org/public/big-time-rush#show-a',
      location: {
        name: 'Rosemont Theatre',
        address: { streetAddress: '5400 N River Rd', addressLocality: 'Rosemont', addressCountry: 'US' },
        geo: { '@type': 'GeoCoordinates', latitude: 41.98, longitude: -87.87 },
      },
      performer: [
        { '@type': 'MusicGroup', name: 'Big Time Rush' },
        { '@type': 'MusicGroup', name: 'Victoria Justice' },
      ],
    })
    // Central Standard Time in December.
    expect(winter!.startDate).toBe('2013-12-14T20:00:00-06:00')
    // The same instant as the domain's (offsets are right, not only well formed).
    expect(Date.parse(summer!.endDate)).toBe(show('a', '2013-07-12', { doors: '18:30', setStart: '20:00', curfew: '23:00' }).endsAt.getTime())
  })

  it('ends a show past midnight on the next day, marks a cancelled one, and gives a show without public times its date', () => {
    const [late, cancelled, dateOnly] = musicEvents(
      [
        show('late', '2013-09-20', { doors: '20:00', setStart: '22:45', curfew: '00:30' }, { venue: BERLIN }),
        show('off', '2013-07-04', { doors: '18:00', curfew: '22:00' }, { status: 'cancelled' }),
        show('tba', '2013-10-20', { loadIn: '10:00' }),
      ],
      { now: NOW },
    ) as Record<string, any>[]
    for (const e of [late!, cancelled!, dateOnly!]) checkGoogleEvent(e)
    expect(late).toMatchObject({ startDate: '2013-09-20T22:45:00+02:00', endDate: '2013-09-21T00:30:00+02:00' })
    expect(late!.location.geo).toBeUndefined()
    expect(late!.location.address.streetAddress).toBeUndefined()
    expect(cancelled!.eventStatus).toBe('https://schema.org/EventCancelled')
    expect(dateOnly).toMatchObject({ startDate: '2013-10-20' })
    expect(dateOnly!.endDate).toBeUndefined()
    expect(dateOnly!.doorTime).toBeUndefined()
  })
})

describe('musicEvents offers and status', () => {
  it('gives offers availability, validFrom on the venue clock and prices in major units; rescheduled shows their earlier dates', () => {
    const [onSale, rescheduled, postponed, cancelled] = musicEvents(
      [
        show(
          'a',
          '2013-07-12',
          { doors: '18:30', setStart: '20:00', curfew: '23:00' },
          {
            business: business({
              offers: [
                offer({ onSaleAt: new Date('2013-04-13T15:00:00Z'), priceMinor: 4950, currency: 'USD', label: 'GA' }),
                offer({ kind: 'vip', onSaleAt: new Date('2013-05-03T15:00:00Z') }),
                offer({ kind: 'presale', soldOut: true, priceMinor: 5000, currency: 'JPY' }),
              ],
            }),
          },
        ),
        show(
          'b',
          '2013-07-14',
          { setStart: '20:00' },
          {
            business: business({ lifecycle: 'rescheduled', previousDates: [{ localDate: '2013-07-10', startsAt: '2013-07-11T01:00:00.000Z' }] }),
          },
        ),
        show('c', '2013-07-15', { setStart: '20:00' }, { business: business({ lifecycle: 'postponed' }) }),
        show('d', '2013-07-16', { setStart: '20:00' }, { status: 'cancelled', business: business({ offers: [offer()] }) }),
      ],
      { now: NOW },
    ) as Record<string, any>[]
    for (const e of [onSale!, rescheduled!, postponed!, cancelled!]) checkGoogleEvent(e)
    expect(onSale!.offers).toEqual([
      expect.objectContaining({
        availability: 'https://schema.org/InStock',
        validFrom: '2013-04-13T10:00:00-05:00',
        price: '49.50',
        priceCurrency: 'USD',
        name: 'GA',
      }),
      expect.objectContaining({ availability: 'https://schema.org/PreOrder', validFrom: '2013-05-03T10:00:00-05:00', category: 'VIP' }),
      expect.objectContaining({ availability: 'https://schema.org/SoldOut', price: '5000', priceCurrency: 'JPY' }),
    ])
    expect(rescheduled).toMatchObject({ eventStatus: 'https://schema.org/EventRescheduled', previousStartDate: ['2013-07-10T20:00:00-05:00'] })
    expect(postponed!.eventStatus).toBe('https://schema.org/EventPostponed')
    // A cancelled show sells nothing.
    expect(cancelled).toMatchObject({ eventStatus: 'https://schema.org/EventCancelled' })
    expect(cancelled!.offers).toBeUndefined()
  })
})

describe('withOffset', () => {
  it('writes half-hour and negative offsets, and the offset of the instant, not of the day', () => {
    expect(withOffset(new Date('2013-07-12T14:30:00Z'), 'Asia/Kolkata')).toBe('2013-07-12T20:00:00+05:30')
    expect(withOffset(new Date('2013-03-10T06:59:00Z'), 'America/New_York')).toBe('2013-03-10T01:59:00-05:00')
    expect(withOffset(new Date('2013-03-10T07:00:00Z'), 'America/New_York')).toBe('2013-03-10T03:00:00-04:00')
  })
})

describe('jsonLdForHtml', () => {
  it('cannot end its script element or break the page, whatever an act is called', () => {
    const hostile = '</script><script>alert(1)</script> & \u2028'
    const text = jsonLdForHtml(musicEvents([show('x', '2013-07-12', { doors: '19:00' }, { headliner: { actId: 'h', name: hostile } })], { now: NOW }))
    expect(text).not.toMatch(/[<>&\u2028]/)
    expect((JSON.parse(text) as Record<string, any>[])[0]!.performer[0].name).toBe(hostile)
  })
})
