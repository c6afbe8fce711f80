import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import type { Database } from '../../db/client.ts'
import { shows } from '../../db/schema/index.ts'
import { fixedClock } from '../../domain/clock.ts'
import { DEFAULT_TRAVEL_POLICY } from '../../domain/travel-estimate.ts'
import { localToInstant } from '../../domain/local-time.ts'
import { freshDatabase } from '../../test/test-database.ts'
import { readWithIcalJs, readWithNodeIcal, tzidsWithoutVtimezone, type ReadEvent } from '../../test/ical-readers.ts'
import { addAct, addShow, claimHandle, addVenue, addWorkspace, showSpanOf, type ShowInput } from '../../test/public-show-rows.ts'
import { publicShowsCalendar } from '../../usecases/public/list-public-shows.ts'
import type { Deps } from '../../usecases/deps.ts'

const NOW = new Date('2013-04-15T12:00:00Z')
const at = (date: string, time: string, zone: string) => {
  const r = localToInstant(date, time, zone)
  if (!r.ok) throw new Error(r.message)
  return r.instant
}

describe('the public iCalendar feed of an act', () => {
  let database: Database
  let workspaceId: string
  const expected = new Map<string, { input: ShowInput; start?: Date; end?: Date; date?: string }>()
  const hidden: string[] = []
  const deps = (now = NOW): Deps => ({ db: database.db, clock: fixedClock(now), travel: DEFAULT_TRAVEL_POLICY })
  const exportFeed = async (now = NOW) => (await publicShowsCalendar(deps(now), { handle: 'big-time-rush' })).ics

  beforeAll(async () => {
    database = await freshDatabase()
    const db = database.db
    workspaceId = await addWorkspace(db)
    const btr = await addAct(db, workspaceId, { slug: 'big-time-rush', name: 'Big Time Rush' })
    await claimHandle(db, workspaceId, btr, 'big-time-rush')
    const vj = await addAct(db, workspaceId, { slug: 'victoria-justice', name: 'Victoria Justice', isInternal: false })
    const venue = async (name: string, city: string, country: string, timeZone: string, latitude: number, longitude: number) => ({
      venueId: await addVenue(db, workspaceId, { name, city, country, timeZone, latitude, longitude, address: `1 ${name} Street` }),
      timeZone,
    })
    const nyc = await venue('Terminal 5', 'New York', 'US', 'America/New_York', 40.7699, -73.9927)
    const berlin = await venue('Columbiahalle', 'Berlin', 'DE', 'Europe/Berlin', 52.4837, 13.3883)
    const saoPaulo = await venue('Espaço das Américas', 'São Paulo', 'BR', 'America/Sao_Paulo', -23.5263, -46.6703)
    const london = await venue('O2 Shepherd’s Bush Empire', 'London', 'GB', 'Europe/London', 51.5033, -0.2244)
    const base = { actId: btr, billing: [{ actId: vj, role: 'support' as const }] }
    const shows: ShowInput[] = [
      // Across the spring-forward gap (02:00 → 03:00): 3 h on the wall, 2 h of real time.
      { ...base, ...nyc, localDate: '2013-03-10', doors: '00:30', setStart: '01:30', curfew: '03:30' },
      // Set start in the repeated hour (01:00-02:00 happens twice): the earlier one, ADR 005.
      { ...base, ...nyc, localDate: '2013-11-03', doors: '01:30', setStart: '01:45', curfew: '03:00' },
      { ...base, ...berlin, localDate: '2013-03-31', doors: '01:00', setStart: '01:45', curfew: '03:30' },
      // Brazil observed DST in January 2013 (UTC-2), not in August (UTC-3).
      { ...base, ...saoPaulo, localDate: '2013-01-19', doors: '20:00', curfew: '23:00' },
      { ...base, ...saoPaulo, localDate: '2013-08-17', doors: '19:00', setStart: '20:30', curfew: '23:00' },
      // No public times yet: the whole local day (which starts at 01:00 that day in São Paulo).
      { ...base, ...saoPaulo, localDate: '2013-10-20', loadIn: '10:00' },
      // No curfew: set start + 2 h.
      { ...base, ...london, localDate: '2013-06-20', doors: '18:30', setStart: '20:00' },
      { ...base, ...london, localDate: '2013-10-27', doors: '19:00', curfew: '23:00' },
      { ...base, ...nyc, localDate: '2013-07-04', doors: '18:00', curfew: '22:00', status: 'cancelled' },
      // A club show past midnight (issue 15): the curfew at 00:30 is on the next day, and so is DTEND.
      { ...base, ...berlin, localDate: '2013-09-20', doors: '20:00', setStart: '22:45', curfew: '00:30' },
    ]
    for (const input of shows) {
      const { id } = await addShow(db, workspaceId, input)
      const start = input.doors ?? input.setStart
      expected.set(
        id,
        start
          ? {
              input,
              start: at(input.localDate, start, input.timeZone),
              end: showSpanOf(input).endsAt,
            }
          : { input, date: input.localDate },
      )
    }
    for (const extra of [
      { announcement: 'unannounced' as const },
      { status: 'hold' as const },
      { announcement: 'embargoed' as const, announceAt: new Date('2013-05-01T00:00:00Z') },
    ]) {
      hidden.push((await addShow(db, workspaceId, { ...base, ...saoPaulo, localDate: '2013-08-20', doors: '19:00', ...extra })).id)
    }
  })
  afterAll(() => database.close())

  const readers: [string, (text: string) => ReadEvent[]][] = [
    ['ical.js', readWithIcalJs],
    ['node-ical', readWithNodeIcal],
  ]

  it.each(readers)('gives %s the instants the domain computed, across zones and DST changes', async (_, read) => {
    const events = new Map(read(await exportFeed()).map((e) => [e.uid, e]))
    expect(events.size).toBe(expected.size)
    for (const [id, show] of expected) {
      const event = events.get(`${id}@greenroom`)
      const label = `${show.input.timeZone} ${show.input.localDate}`
      expect(event, label).toBeDefined()
      if (show.date) {
        expect(event!.isAllDay, label).toBe(true)
        expect([event!.startDate, event!.endDate], label).toEqual([show.date, '2013-10-21'])
      } else {
        expect([event!.start.toISOString(), event!.end.toISOString()], label).toEqual([show.start!.toISOString(), show.end!.toISOString()])
      }
    }
  })

  it('never lists unannounced, embargoed or pencilled shows', async () => {
    const text = await exportFeed()
    for (const id of hidden) expect(text).not.toContain(id)
  })

  it('defines a VTIMEZONE for every TZID it uses, once each', async () => {
    const text = await exportFeed()
    expect(tzidsWithoutVtimezone(text)).toEqual([])
    const defined = [...text.matchAll(/^BEGIN:VTIMEZONE\r\nTZID:(.+)\r$/gm)].map((m) => m[1]).sort()
    expect(defined).toEqual(['America/New_York', 'America/Sao_Paulo', 'Europe/Berlin', 'Europe/London'])
  })

  it('writes the shows on the venue clock, except a time in a repeated hour, which it writes in UTC', async () => {
    const text = await exportFeed()
    expect(text).toContain('DTSTART;TZID=America/New_York:20130310T003000\r\nDTEND;TZID=America/New_York:20130310T033000')
    expect(text).toContain('DTSTART:20131103T053000Z\r\nDTEND:20131103T080000Z')
    expect(text).toContain('DTSTART;TZID=America/Sao_Paulo:20130119T200000')
    expect(text).toContain('DTSTART;VALUE=DATE:20131020\r\nDTEND;VALUE=DATE:20131021')
    // Past midnight: DTEND on the next day at the venue.
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20130920T200000\r\nDTEND;TZID=Europe/Berlin:20130921T003000')
  })

  it('keeps UIDs across exports and stamps each export with the clock', async () => {
    const first = readWithIcalJs(await exportFeed())
    const later = await exportFeed(new Date('2013-04-16T08:00:00Z'))
    expect(
      readWithIcalJs(later)
        .map((e) => e.uid)
        .sort(),
    ).toEqual(first.map((e) => e.uid).sort())
    expect(later).toMatch(/^DTSTAMP:20130416T080000Z\r$/m)
  })

  it('raises SEQUENCE when a show changes', async () => {
    const id = [...expected.keys()][0]!
    const sequenceOf = async () => readWithNodeIcal(await exportFeed()).find((e) => e.uid === `${id}@greenroom`)!.sequence
    expect(await sequenceOf()).toBe(0)
    await database.db.update(shows).set({ version: 3 }).where(eq(shows.id, id))
    expect(await sequenceOf()).toBe(2)
  })

  it('keeps a cancelled show, marked STATUS:CANCELLED, and the others CONFIRMED', async () => {
    const events = readWithIcalJs(await exportFeed())
    const cancelled = [...expected].find(([, s]) => s.input.status === 'cancelled')![0]
    expect(events.find((e) => e.uid === `${cancelled}@greenroom`)!.status).toBe('CANCELLED')
    expect(events.filter((e) => e.status === 'CONFIRMED')).toHaveLength(expected.size - 1)
  })

  it('names the bill, the place and its coordinates', async () => {
    const text = await exportFeed()
    const event = readWithNodeIcal(text).find((e) => e.start.toISOString() === '2013-01-19T22:00:00.000Z')!
    expect(event.summary).toBe('Big Time Rush with Victoria Justice')
    expect(event.geo).toEqual({ lat: -23.5263, lon: -46.6703 })
    expect(text.replace(/\r\n /g, '')).toContain('LOCATION:Espaço das Américas\\, 1 Espaço das Américas Street\\, São Paulo\\, BR')
  })

  it('follows RFC 5545 lines: CRLF only, folded at 75 octets', async () => {
    const text = await exportFeed()
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(text.split('\r\n').filter((line) => Buffer.byteLength(line) > 75)).toEqual([])
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true)
  })
})
