import type { MusicEvent, Offer, Place, PostalAddress, WithContext } from 'schema-dts'

/**
 * Google's event structured data (developers.google.com/search/docs/appearance/structured-data/event),
 * checked on a parsed schema.org MusicEvent: every required property (name, startDate, location with
 * its address) and every recommended one (description, endDate, eventStatus with previousStartDate
 * when rescheduled, eventAttendanceMode, organizer, performer, offers with availability, price,
 * priceCurrency, url and validFrom), except `image`: Greenroom keeps no image of a show. The problems
 * are named by property; none means valid. Used by the public page's test and by the bench.
 */
export function googleEventProblems(event: WithContext<MusicEvent>): string[] {
  const problems: string[] = []
  const need = (ok: boolean, property: string, what: string) => {
    if (!ok) problems.push(`${property}: ${what}`)
  }
  const text = (v: unknown) => typeof v === 'string' && v.trim().length > 0
  const list = <T>(v: T | readonly T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? [...(v as readonly T[])] : [v as T])

  need(event['@context'] === 'https://schema.org', '@context', 'https://schema.org')
  need(event['@type'] === 'MusicEvent', '@type', 'MusicEvent')
  // Required.
  need(text(event.name), 'name', 'a name')
  const start = list(event.startDate)[0]
  need(typeof start === 'string' && (DATE.test(start) || DATE_TIME.test(start)), 'startDate', 'ISO 8601, a date or a time with its offset')
  const location = list(event.location)[0] as Place | undefined
  need(typeof location === 'object' && location['@type'] === 'Place', 'location', 'a Place')
  if (typeof location === 'object' && location['@type'] === 'Place') {
    need(text(list(location.name)[0]), 'location.name', 'the venue’s name')
    const address = list(location.address)[0] as PostalAddress | undefined
    need(typeof address === 'object' && address['@type'] === 'PostalAddress', 'location.address', 'a PostalAddress')
    if (typeof address === 'object' && address['@type'] === 'PostalAddress') {
      need(text(list(address.addressLocality)[0]), 'location.address.addressLocality', 'the city')
      need(/^[A-Z]{2}$/.test(String(list(address.addressCountry)[0])), 'location.address.addressCountry', 'an ISO 3166 country code')
    }
  }
  // Recommended.
  need(text(event.description), 'description', 'a description')
  const end = list(event.endDate)[0]
  if (typeof start === 'string' && DATE_TIME.test(start)) {
    need(typeof end === 'string' && DATE_TIME.test(end), 'endDate', 'a time with its offset')
    if (typeof end === 'string') need(Date.parse(end) > Date.parse(start), 'endDate', 'after startDate')
  }
  const door = list(event.doorTime)[0]
  if (door !== undefined) need(typeof door === 'string' && DATE_TIME.test(door), 'doorTime', 'a time with its offset')
  const status = String(list(event.eventStatus)[0])
  need(STATUSES.includes(status), 'eventStatus', 'one of schema.org’s EventStatusType')
  const previous = list(event.previousStartDate)
  if (status === 'https://schema.org/EventRescheduled')
    need(previous.length > 0 && previous.every((d) => typeof d === 'string' && DATE_TIME.test(d)), 'previousStartDate', 'every earlier start, with its offset')
  else need(previous.length === 0, 'previousStartDate', 'only on a rescheduled event')
  need(list(event.eventAttendanceMode)[0] === 'https://schema.org/OfflineEventAttendanceMode', 'eventAttendanceMode', 'offline')
  const organizer = list(event.organizer)[0]
  need(typeof organizer === 'object' && text((organizer as { name?: unknown }).name), 'organizer', 'an organizer with a name')
  const performers = list(event.performer)
  need(
    performers.length > 0 &&
      performers.every((p) => typeof p === 'object' && (p as { '@type'?: unknown })['@type'] === 'MusicGroup' && text((p as { name?: unknown }).name)),
    'performer',
    'every performer a MusicGroup with a name',
  )
  list(event.offers).forEach((raw, n) => {
    const o = raw as Offer
    const at = `offers.${n}`
    need(o['@type'] === 'Offer', `${at}.@type`, 'Offer')
    need(/^https?:\/\//.test(String(list(o.url)[0])), `${at}.url`, 'an http(s) link')
    need(AVAILABILITY.includes(String(list(o.availability)[0])), `${at}.availability`, 'InStock, PreOrder or SoldOut')
    const validFrom = list(o.validFrom)[0]
    if (validFrom !== undefined) need(typeof validFrom === 'string' && DATE_TIME.test(validFrom), `${at}.validFrom`, 'a time with its offset')
    const price = list(o.price)[0]
    const currency = list(o.priceCurrency)[0]
    need((price === undefined) === (currency === undefined), `${at}.price`, 'a price and its currency together')
    if (price !== undefined) need(/^\d+(\.\d+)?$/.test(String(price)), `${at}.price`, 'a decimal in the major unit')
    if (currency !== undefined) need(/^[A-Z]{3}$/.test(String(currency)), `${at}.priceCurrency`, 'ISO 4217')
  })
  return problems
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/
const STATUSES = ['EventScheduled', 'EventCancelled', 'EventPostponed', 'EventRescheduled', 'EventMovedOnline'].map((s) => `https://schema.org/${s}`)
const AVAILABILITY = ['InStock', 'PreOrder', 'SoldOut'].map((s) => `https://schema.org/${s}`)

/** Every JSON-LD block of an HTML page, parsed. */
export function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as unknown)
}
