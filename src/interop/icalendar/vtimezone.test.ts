import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readWithIcalJs, readWithNodeIcal } from '../../test/ical-readers.ts'
import { parseObservances, reproducesTzdb } from './vtimezone-rules.ts'
import { tzlibVtimezone, vtimezone } from './vtimezone.ts'
import { writeCalendar, type CalendarEvent } from './write-calendar.ts'

const SAMPLES = '/work/shared/interop-samples/icalendar/'
const sample = (path: string) => readFileSync(SAMPLES + path, 'utf8')
const year = (y: number) => [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)] as const

/** Every `stepHours` through a year, an event at that instant written in `zone`, read back by both readers. */
function roundTrip(zone: string, y: number, stepHours: number) {
  const events: CalendarEvent[] = []
  for (let t = Date.UTC(y, 0, 1); t < Date.UTC(y + 1, 0, 1); t += stepHours * 3600_000) {
    const start = new Date(t)
    events.push({
      uid: `${t}@test`,
      sequence: 0,
      summary: 'tick',
      status: 'CONFIRMED',
      when: { kind: 'timed', timeZone: zone, start, end: new Date(t + 3600_000) },
    })
  }
  const text = writeCalendar({ name: 'ticks', stamp: new Date(), events })
  return { events, readers: [readWithIcalJs(text), readWithNodeIcal(text)] }
}

describe('the VTIMEZONE of a zone', () => {
  it('has the same rules for America/New_York as the real sample definition', () => {
    const ours = parseObservances(vtimezone('America/New_York', { from: new Date('2013-03-10'), to: new Date('2013-11-03') }))
    const theirs = parseObservances(sample('timezones/America/New_York.ics'))
    const rules = (obs: ReturnType<typeof parseObservances>) =>
      obs!
        .map(({ kind, offsetFrom, offsetTo, rule, start }) => ({ kind, offsetFrom, offsetTo, rule, onsetTime: start.slice(3) }))
        .sort((a, b) => a.kind.localeCompare(b.kind))
    expect(rules(ours)).toEqual(rules(theirs))
    expect(rules(ours)).toHaveLength(2)
  })

  it('reads the real samples of Google Calendar, Zimbra and tzurl.org and finds them true to the tz database in their years', () => {
    const block = (text: string) => text.slice(text.indexOf('BEGIN:VTIMEZONE'), text.indexOf('END:VTIMEZONE') + 'END:VTIMEZONE'.length)
    expect(reproducesTzdb(block(sample('minimal.ics')), 'America/Los_Angeles', ...year(2012))).toBe(true)
    expect(reproducesTzdb(block(sample('parserv2.ics')), 'America/Los_Angeles', ...year(2012))).toBe(true)
    // Denver's sample lists 2003-2006 in RDATEs: right in 2006 too.
    expect(reproducesTzdb(sample('timezones/America/Denver.ics'), 'America/Denver', ...year(2006))).toBe(true)
    for (const zone of ['New_York', 'Denver', 'Los_Angeles'])
      expect(reproducesTzdb(sample(`timezones/America/${zone}.ics`), `America/${zone}`, ...year(2013)), zone).toBe(true)
    // "-0000" (Zimbra) is UTC.
    expect(reproducesTzdb(block(sample('utc_negative_zero.ics')), 'Etc/GMT', ...year(2012))).toBe(true)
    // A made-up zone with an odd offset reads as what it says.
    expect(parseObservances(sample('timezone_from_file.ics'))![0]).toMatchObject({
      offsetFrom: -(7 * 3600 + 41 * 60),
      offsetTo: -(7 * 3600 + 41 * 60),
      rule: null,
    })
  })

  it('notices that definitions stating only current rules are wrong for years whose rules differed', () => {
    // US rules changed in 2007; Brazil dropped DST in 2019. The sample and the library state today's rules only.
    expect(reproducesTzdb(sample('timezones/America/New_York.ics'), 'America/New_York', ...year(2006))).toBe(false)
    expect(reproducesTzdb(tzlibVtimezone('America/Sao_Paulo')!, 'America/Sao_Paulo', ...year(2013))).toBe(false)
    expect(reproducesTzdb(tzlibVtimezone('Europe/Berlin')!, 'Europe/Berlin', ...year(2013))).toBe(true)
  })

  it('is written from the tz database when the library would be wrong, and then says what the tz database says', () => {
    const block = vtimezone('America/Sao_Paulo', { from: new Date('2013-01-19'), to: new Date('2013-08-17') })
    expect(block).not.toBe(tzlibVtimezone('America/Sao_Paulo'))
    expect(reproducesTzdb(block, 'America/Sao_Paulo', ...year(2013))).toBe(true)
  })

  it('keeps the name a zone was given, even a link to another zone', () => {
    expect(vtimezone('Asia/Calcutta', { from: new Date('2013-05-01'), to: new Date('2013-05-02') })).toMatch(/^TZID:Asia\/Calcutta\r$/m)
  })

  it.each([
    ['America/Sao_Paulo', 2013],
    ['America/New_York', 2013],
    ['Europe/Berlin', 2013],
    ['Europe/London', 2013],
    ['America/Mexico_City', 2013],
    ['Australia/Lord_Howe', 2013],
    ['America/New_York', 2006],
  ])('round-trips an instant every 3 hours of a year in %s (%i), repeated hours included, through ical.js and node-ical', (zone, y) => {
    const { events, readers } = roundTrip(zone, y, 3)
    for (const read of readers) {
      const byUid = new Map(read.map((e) => [e.uid, e]))
      const wrong = events
        .filter((e) => byUid.get(e.uid)?.start.getTime() !== (e.when as { start: Date }).start.getTime())
        .map((e) => `${(e.when as { start: Date }).start.toISOString()} read as ${byUid.get(e.uid)?.start.toISOString()}`)
      expect(wrong.slice(0, 5)).toEqual([])
    }
  })
})
