import fc from 'fast-check'
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { formatUtcOffset, offsetSecondsAt, parseUtcOffset, transitionsBetween, zoneClock } from './zone-transitions.ts'

const ZONES = ['America/New_York', 'America/Sao_Paulo', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Chatham']
const FROM = Date.UTC(2012, 11, 30)
const TO = Date.UTC(2014, 0, 3)

/** The slow, obvious answer: does the wall clock of this instant resolve to two instants? */
function repeatedByTemporal(ms: number, zone: string): boolean {
  const plain = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).toPlainDateTime()
  return (
    plain.toZonedDateTime(zone, { disambiguation: 'earlier' }).epochMilliseconds !== plain.toZonedDateTime(zone, { disambiguation: 'later' }).epochMilliseconds
  )
}

describe('a zone clock', () => {
  it('gives the tz database offset and repeated hours for any instant of its span', () => {
    const clocks = new Map(ZONES.map((z) => [z, zoneClock(z, FROM, TO)]))
    // Half the instants within a few hours of a transition, where mistakes would hide.
    const near = ZONES.flatMap((z) => transitionsBetween(z, FROM, TO).map((t) => ({ zone: z, at: t.at })))
    const instant = fc.oneof(
      fc.record({ zone: fc.constantFrom(...ZONES), ms: fc.integer({ min: FROM, max: TO - 1 }) }),
      fc
        .record({ pick: fc.constantFrom(...near), delta: fc.integer({ min: -3 * 3600_000, max: 3 * 3600_000 }) })
        .map(({ pick, delta }) => ({ zone: pick.zone, ms: pick.at + delta })),
    )
    fc.assert(
      fc.property(instant, ({ zone, ms }) => {
        const clock = clocks.get(zone)!
        expect(clock.offsetAt(ms)).toBe(offsetSecondsAt(zone, ms))
        expect(clock.isRepeated(ms)).toBe(repeatedByTemporal(ms, zone))
      }),
      { numRuns: 400 },
    )
  })

  it('writes and reads RFC 5545 offsets, seconds and "-0000" included', () => {
    expect([formatUtcOffset(-3 * 3600), formatUtcOffset(5.5 * 3600), formatUtcOffset(-(44 * 60 + 30))]).toEqual(['-0300', '+0530', '-004430'])
    expect([parseUtcOffset('-0000'), parseUtcOffset('+1245'), parseUtcOffset('-004430'), parseUtcOffset('0100')]).toEqual([0, 45900, -2670, null])
  })
})
