import fc from 'fast-check'
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { airportByIata, allAirports } from './airports.ts'
import { timeZoneProblem } from './local-time.ts'
import { resolveSegments, type SegmentInput } from './travel.ts'

const ZONES = ['Europe/London', 'America/Los_Angeles', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/Sao_Paulo', 'Pacific/Auckland', 'UTC']

/** The offset of a zone at an instant, in minutes, read by Intl (independently of Temporal). */
function offsetMinutes(zone: string, ms: number): number {
  const parts: Record<string, string> = {}
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
  for (const p of f.formatToParts(new Date(ms))) parts[p.type] = p.value
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute))
  return Math.round((wall - Math.floor(ms / 60_000) * 60_000) / 60_000)
}

const local = (ms: number, zone: string) => {
  const z = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone)
  return { date: z.toPlainDate().toString(), time: z.toPlainTime().toString({ smallestUnit: 'minute' }) }
}

const segment = (fromZone: string, toZone: string, departs: number, arrives: number): SegmentInput => {
  const d = local(departs, fromZone)
  const a = local(arrives, toZone)
  return {
    mode: 'air',
    from: { name: 'A', timeZone: fromZone },
    to: { name: 'B', timeZone: toZone },
    departureDate: d.date,
    departureTime: d.time,
    arrivalDate: a.date,
    arrivalTime: a.time,
  }
}

// Whole minutes across 2013, DST changes of both hemispheres included.
const instantArb = fc.integer({ min: Date.UTC(2013, 0, 1) / 60_000, max: Date.UTC(2014, 0, 1) / 60_000 }).map((m) => m * 60_000)

describe('travel segments across zones', () => {
  it('takes as long as the instants say, whichever zones its ends are read in (DST changes included)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ZONES),
        instantArb,
        fc.integer({ min: 1, max: 40 * 60 }),
        (fromZone, toZone, departs, minutes) => {
          const arrives = departs + minutes * 60_000
          const { segments, issues } = resolveSegments([segment(fromZone, toZone, departs, arrives)])
          // Only an arrival in the second pass of a repeated hour, read as the first (ADR 005), can fall before a departure just before it.
          if (issues.length) return expect(issues.map((i) => i.path)).toEqual(['segments.0.arrivalDate'])
          const s = segments[0]!
          // A wall time in the hour a fall-back repeats is read as the earlier one (ADR 005): only then may the instants differ.
          if (s.departsAt.getTime() === departs && s.arrivesAt.getTime() === arrives) expect(s.durationMinutes).toBe(minutes)
          // Duration = the difference of the wall clocks, less the change of offset between the two ends.
          const d = local(s.departsAt.getTime(), fromZone)
          const a = local(s.arrivesAt.getTime(), toZone)
          const wall = (Date.parse(`${a.date}T${a.time}Z`) - Date.parse(`${d.date}T${d.time}Z`)) / 60_000
          const offsets = offsetMinutes(toZone, s.arrivesAt.getTime()) - offsetMinutes(fromZone, s.departsAt.getTime())
          expect(s.durationMinutes).toBe(wall - offsets)
        },
      ),
      { numRuns: 400 },
    )
  })

  it('counts the hour a clock loses or gains overnight within one zone', () => {
    // London springs forward on 2013-03-31 at 01:00 UTC: 00:30 → 03:30 local is two hours.
    const spring = resolveSegments([
      {
        ...segment('Europe/London', 'Europe/London', 0, 0),
        departureDate: '2013-03-31',
        departureTime: '00:30',
        arrivalDate: '2013-03-31',
        arrivalTime: '03:30',
      },
    ])
    expect(spring.segments[0]!.durationMinutes).toBe(120)
    // And falls back on 2013-10-27: 00:30 → 03:30 local is four hours.
    const autumn = resolveSegments([
      {
        ...segment('Europe/London', 'Europe/London', 0, 0),
        departureDate: '2013-10-27',
        departureTime: '00:30',
        arrivalDate: '2013-10-27',
        arrivalTime: '03:30',
      },
    ])
    expect(autumn.segments[0]!.durationMinutes).toBe(240)
  })

  it('flies LHR 10:00 to LAX 13:00 in eleven hours in summer', () => {
    const { segments, issues } = resolveSegments([
      {
        mode: 'air',
        from: { iata: 'lhr' },
        to: { iata: 'LAX' },
        departureDate: '2013-06-20',
        departureTime: '10:00',
        arrivalDate: '2013-06-20',
        arrivalTime: '13:00',
      },
    ])
    expect(issues).toEqual([])
    expect(segments[0]).toMatchObject({
      durationMinutes: 11 * 60,
      from: { iata: 'LHR', timeZone: 'Europe/London' },
      to: { iata: 'LAX', timeZone: 'America/Los_Angeles' },
    })
  })

  it('names the field of every bad segment', () => {
    const base = { mode: 'air' as const, departureDate: '2013-06-20', departureTime: '10:00', arrivalDate: '2013-06-20', arrivalTime: '13:00' }
    const { issues } = resolveSegments([
      { ...base, from: { iata: 'ZZZ' }, to: { iata: 'LAX' } },
      { ...base, from: { name: 'Depot', timeZone: 'Mars/Olympus' }, to: { name: '', timeZone: 'Europe/London' } },
      // Lands at 09:00 Los Angeles time: before it left London (10:00 London is 02:00 there).
      { ...base, from: { iata: 'LHR' }, to: { iata: 'LAX' }, arrivalTime: '01:00' },
      { ...base, from: { iata: 'LHR' }, to: { iata: 'LAX' }, departureDate: '2013-03-31', departureTime: '01:30' },
    ])
    expect(issues.map((i) => i.path)).toEqual([
      'segments.0.from.iata',
      'segments.1.from.timeZone',
      'segments.1.to.name',
      'segments.2.arrivalDate',
      'segments.3.departureTime',
    ])
  })

  it('refuses a connection leaving before the segment before it lands', () => {
    const { issues } = resolveSegments([
      {
        mode: 'air',
        from: { iata: 'LHR' },
        to: { iata: 'JFK' },
        departureDate: '2013-06-20',
        departureTime: '15:00',
        arrivalDate: '2013-06-20',
        arrivalTime: '18:00',
      },
      {
        mode: 'air',
        from: { iata: 'JFK' },
        to: { iata: 'BUR' },
        departureDate: '2013-06-20',
        departureTime: '17:00',
        arrivalDate: '2013-06-20',
        arrivalTime: '20:30',
      },
    ])
    expect(issues).toEqual([expect.objectContaining({ path: 'segments.1.departureDate' })])
  })
})

describe('the airport table', () => {
  it('holds only known zones, coordinates on Earth and unique three-letter codes', () => {
    const codes = allAirports().map((a) => a.iata)
    expect(new Set(codes).size).toBe(codes.length)
    for (const a of allAirports()) {
      expect(a.iata).toMatch(/^[A-Z]{3}$/)
      expect(timeZoneProblem(a.timeZone), a.iata).toBeNull()
      expect(Math.abs(a.latitude)).toBeLessThanOrEqual(90)
      expect(Math.abs(a.longitude)).toBeLessThanOrEqual(180)
    }
    expect(airportByIata(' bur ')).toMatchObject({ city: 'Burbank', timeZone: 'America/Los_Angeles' })
    expect(airportByIata('XXX')).toBeNull()
  })
})
