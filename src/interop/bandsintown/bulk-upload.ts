import type { FeedShow } from '../../domain/feeds.ts'
import { publicBusinessOf } from '../../domain/public-shows.ts'
import { showTitle } from '../../domain/public-show-timing.ts'

/**
 * An act's public dates as Bandsintown's event bulk-upload CSV. Based on Bandsintown's public
 * "Event Upload" help pages (artists.bandsintown.com/event-upload, 2019 template, and
 * manager.bandsintown.com/support/bulk-upload): one row per event; Date YYYY-MM-DD and Time HH:MM
 * (24 h, the venue's clock; Bandsintown uses 19:00 when empty); Venue, Country, Region, City
 * required; Postal Code, Address, Event Name, Description, Lineup (other artists, comma separated),
 * Ticket Link; ticket types as Bandsintown names them (Tickets, Presale, VIP, Free, Sold Out) with an
 * on-sale date and time; at most 50 events a file. Greenroom keeps no region or postal code: those
 * cells stay empty (Bandsintown asks a region for the US and Canada; add it in the sheet). The column
 * names follow the help pages' wording; the downloadable template itself was not available to check.
 */
const BANDSINTOWN_COLUMNS = [
  'Date',
  'Time',
  'Venue',
  'Country',
  'Region',
  'City',
  'Postal Code',
  'Address',
  'Event Name',
  'Description',
  'Lineup',
  'Ticket Link',
  'Ticket Type',
  'On Sale Date',
  'On Sale Time',
] as const

export const BANDSINTOWN_ROWS_PER_FILE = 50

const TICKET_TYPES = { tickets: 'Tickets', presale: 'Presale', vip: 'VIP', free: 'Free' } as const

/** RFC 4180: quoted when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

function row(show: FeedShow, now: Date): string[] {
  const business = publicBusinessOf(show, now)
  // Bandsintown takes one ticket link a row: the first offer on sale, else the first listed.
  const offer = business.offers.find((o) => o.availability === 'in-stock') ?? business.offers[0]
  const onSale = offer?.onSaleLocal?.split('T') ?? ['', '']
  return [
    show.localDate,
    show.times.setStart ?? show.times.doors ?? '',
    show.venue.name,
    show.venue.country,
    '',
    show.venue.city,
    '',
    show.venue.address,
    showTitle(show),
    business.status === 'scheduled' || business.status === 'on-sale' ? '' : business.status.replace('-', ' '),
    show.billing.map((b) => b.name).join(', '),
    offer?.url ?? '',
    offer ? (offer.availability === 'sold-out' ? 'Sold Out' : TICKET_TYPES[offer.kind]) : '',
    onSale[0] ?? '',
    onSale[1] ?? '',
  ]
}

/**
 * The files to upload: upcoming public shows that are not cancelled (Bandsintown lists dates to
 * come), in time order, 50 rows a file, each with the header. The caller passes only shows that are
 * public now (isPublic). With nothing to upload, one file with the header alone.
 */
export function bandsintownFiles(shows: readonly FeedShow[], now: Date): string[] {
  const rows = shows
    .filter((s) => s.status !== 'cancelled' && s.endsAt.getTime() > now.getTime())
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((s) => row(s, now).map(cell).join(','))
  const header = BANDSINTOWN_COLUMNS.join(',')
  if (rows.length === 0) return [`${header}\r\n`]
  const files: string[] = []
  for (let i = 0; i < rows.length; i += BANDSINTOWN_ROWS_PER_FILE) files.push([header, ...rows.slice(i, i + BANDSINTOWN_ROWS_PER_FILE)].join('\r\n') + '\r\n')
  return files
}
