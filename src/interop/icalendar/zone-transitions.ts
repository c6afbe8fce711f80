import { Temporal } from 'temporal-polyfill'

/** A change of a zone's UTC offset: at `at` (epoch ms) the offset goes from `offsetBefore` to `offsetAfter` (seconds east of UTC). */
export interface OffsetTransition {
  at: number
  offsetBefore: number
  offsetAfter: number
}

function zoned(zone: string, epochMs: number): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone)
}

/** The zone's UTC offset at an instant, in seconds east of UTC, by the runtime's tz database. */
export function offsetSecondsAt(zone: string, epochMs: number): number {
  return Math.round(zoned(zone, epochMs).offsetNanoseconds / 1e9)
}

const transitionCache = new Map<string, OffsetTransition[]>()

/**
 * Every offset change of the zone in [fromMs, toMs), by the runtime's tz database (the one the
 * domain uses). Remembered per zone and span: the database does not change while the process runs.
 */
export function transitionsBetween(zone: string, fromMs: number, toMs: number): OffsetTransition[] {
  const key = `${zone}|${fromMs}|${toMs}`
  const cached = transitionCache.get(key)
  if (cached) return cached
  const found: OffsetTransition[] = []
  let cursor: Temporal.ZonedDateTime | null = zoned(zone, fromMs)
  for (;;) {
    const next: Temporal.ZonedDateTime | null = cursor.getTimeZoneTransition('next')
    if (!next || next.epochMilliseconds >= toMs) break
    found.push({
      at: next.epochMilliseconds,
      offsetBefore: offsetSecondsAt(zone, next.epochMilliseconds - 1),
      offsetAfter: Math.round(next.offsetNanoseconds / 1e9),
    })
    cursor = next
  }
  transitionCache.set(key, found)
  return found
}

/** A zone's wall clock over a span, read from its transitions by arithmetic (a tz lookup per instant costs ~20 µs). */
export interface ZoneClock {
  /** Seconds east of UTC at an instant. */
  offsetAt(epochMs: number): number
  /** Whether the wall-clock time of an instant happens twice (the hour repeated when clocks go back). */
  isRepeated(epochMs: number): boolean
}

export function zoneClock(zone: string, fromMs: number, toMs: number): ZoneClock {
  const transitions = transitionsBetween(zone, fromMs, toMs)
  const initial = offsetSecondsAt(zone, fromMs)
  const inside = (ms: number) => ms >= fromMs && ms < toMs
  return {
    offsetAt(ms) {
      if (!inside(ms)) return offsetSecondsAt(zone, ms)
      let offset = initial
      for (const t of transitions) if (t.at <= ms) offset = t.offsetAfter
      return offset
    },
    isRepeated(ms) {
      if (!inside(ms)) return transitionsBetween(zone, ms - 2 * 86_400_000, ms + 2 * 86_400_000).some((t) => repeats(t, ms))
      return transitions.some((t) => repeats(t, ms))
    },
  }
}

/** Going back by d, the wall clocks of the d before the change come again in the d after it. */
function repeats(t: OffsetTransition, ms: number): boolean {
  const back = (t.offsetBefore - t.offsetAfter) * 1000
  return back > 0 && ms >= t.at - back && ms < t.at + back
}

/** An RFC 5545 UTC offset: +0530, -0300, or with seconds (-004430) when there are any. */
export function formatUtcOffset(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+'
  const abs = Math.abs(seconds)
  const [h, m, s] = [Math.floor(abs / 3600), Math.floor((abs % 3600) / 60), abs % 60].map((n) => String(n).padStart(2, '0'))
  return `${sign}${h}${m}${s === '00' ? '' : s}`
}

/** Reads an RFC 5545 UTC offset (+0100, -0000, +053000) as seconds east of UTC; null when malformed. */
export function parseUtcOffset(text: string): number | null {
  const m = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec(text.trim())
  if (!m) return null
  const seconds = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0)
  return m[1] === '-' && seconds !== 0 ? -seconds : seconds
}

/** An RFC 5545 local DATE-TIME (YYYYMMDDTHHMMSS) for the wall clock `offsetSeconds` east of UTC at an instant. */
export function formatLocalDateTime(epochMs: number, offsetSeconds: number): string {
  return new Date(epochMs + offsetSeconds * 1000).toISOString().slice(0, 19).replace(/[-:]/g, '')
}
