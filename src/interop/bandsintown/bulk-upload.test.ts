import { describe, expect, it } from 'vitest'
import type { FeedShow } from '../../domain/feeds.ts'
import { showSpan } from '../../domain/show-times.ts'
import { bandsintownFiles } from './bulk-upload.ts'

const NOW = new Date('2013-04-15T12:00:00Z')
const VENUE = { name: 'Arena, "Main" Hall', address: '1 Lake St', city: 'Chicago', country: 'US', latitude: null, longitude: null, timeZone: 'America/Chicago' }

function show(n: number, extra: Partial<FeedShow> = {}): FeedShow {
  const localDate = `2013-${String(7 + Math.floor(n / 28)).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`
  const times = { loadIn: null, soundcheck: null, doors: '18:30', setStart: '20:00', curfew: '23:00' }
  const span = showSpan(localDate, times, VENUE.timeZone)
  if (!span.ok) throw new Error('bad span')
  return {
    id: `s${n}`,
    headliner: { actId: 'btr', name: 'Big Time Rush' },
    billing: [{ actId: 'vj', name: 'Victoria Justice', role: 'support' }],
    localDate,
    times,
    startsAt: span.startsAt,
    endsAt: span.endsAt,
    status: 'confirmed',
    announcement: 'announced',
    announceAt: null,
    version: 1,
    venue: VENUE,
    ...extra,
  }
}

/** A tiny RFC 4180 reader, written here so the export is read back by something other than itself. */
function parse(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  while (i < csv.length) {
    const c = csv[i]!
    const next = csv[i + 1]
    i += 1
    if (quoted && c === '"' && next === '"') {
      field += '"'
      i += 1
    } else if (quoted && c === '"') quoted = false
    else if (quoted) field += c
    else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' && next === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i += 1
    } else field += c
  }
  return rows
}

describe('Bandsintown bulk upload', () => {
  it('writes at most 50 dates a file, each with the header, upcoming and not cancelled, in time order', () => {
    const shows = Array.from({ length: 120 }, (_, n) => show(n))
    shows.push(show(130, { id: 'off', status: 'cancelled' }))
    const files = bandsintownFiles(shows.reverse(), NOW)
    expect(files.map((f) => parse(f).length - 1)).toEqual([50, 50, 20])
    const all = files.flatMap((f) => parse(f).slice(1))
    expect(all.map((r) => r[0])).toEqual([...all.map((r) => r[0]!)].sort())
    expect(parse(files[0]!)[0]).toEqual([
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
    ])
  })

  it('quotes what needs it, defuses spreadsheet formulas, and gives the ticket link and its type', () => {
    const [file] = bandsintownFiles(
      [
        show(1, {
          billing: [{ actId: 'x', name: '=HYPERLINK("evil")', role: 'support' }],
          business: {
            lifecycle: 'scheduled',
            previousDates: [],
            movedFrom: null,
            offers: [
              {
                kind: 'presale',
                label: '',
                url: 'https://tickets.example.com/p',
                onSaleLocal: '2013-05-01T10:00',
                onSaleAt: new Date('2013-05-01T15:00:00Z'),
                soldOut: false,
                priceMinor: null,
                currency: null,
              },
            ],
          },
        }),
      ],
      NOW,
    )
    const [, row] = parse(file!)
    expect(row).toEqual([
      '2013-07-02',
      '20:00',
      'Arena, "Main" Hall',
      'US',
      '',
      'Chicago',
      '',
      '1 Lake St',
      'Big Time Rush with =HYPERLINK("evil")',
      '',
      '\'=HYPERLINK("evil")',
      'https://tickets.example.com/p',
      'Presale',
      '2013-05-01',
      '10:00',
    ])
  })

  it('gives one header-only file when there is nothing to upload', () => {
    expect(bandsintownFiles([], NOW).map(parse)).toEqual([[expect.arrayContaining(['Date', 'Venue'])]])
  })
})
