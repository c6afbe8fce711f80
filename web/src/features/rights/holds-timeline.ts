import type { Hold } from '../../api/rights-api.ts'

/** One bar of the holds picture: positions as fractions (0–1) of the width. */
export interface TimelineBar {
  hold: Hold
  start: number
  /** End of the days really held. */
  end: number
  /** End by the terms alone, when a release cut the hold short. */
  nominalEnd: number | null
}

export interface TimelineScale {
  first: string
  last: string
  bars: TimelineBar[]
  releases: number[]
  today: number | null
  /** 1 January of each year inside the range, for tick marks. */
  years: { label: string; at: number }[]
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000

/**
 * Places holds, releases and today on one line of days, padded by a month on each side.
 * Null when there are no holds to draw.
 */
export function timelineScale(holds: readonly Hold[], releaseDays: readonly string[], today: string): TimelineScale | null {
  const drawn = holds.filter((h) => h.effectiveEndsOn >= h.startsOn)
  if (drawn.length === 0) return null
  const from = Math.min(...drawn.map((h) => dayNumber(h.startsOn))) - 30
  const to = Math.max(...drawn.map((h) => dayNumber(h.nominalEndsOn) + 1)) + 30
  const at = (day: number) => (day - from) / (to - from)
  const inside = (day: number) => day >= from && day <= to
  const years: { label: string; at: number }[] = []
  for (let year = new Date(from * 86_400_000).getUTCFullYear() + 1; dayNumber(`${year}-01-01`) < to; year++)
    years.push({ label: String(year), at: at(dayNumber(`${year}-01-01`)) })
  return {
    first: new Date(from * 86_400_000).toISOString().slice(0, 10),
    last: new Date(to * 86_400_000).toISOString().slice(0, 10),
    bars: drawn.map((hold) => ({
      hold,
      start: at(dayNumber(hold.startsOn)),
      end: at(dayNumber(hold.effectiveEndsOn) + 1),
      nominalEnd: hold.endedByRelease ? at(dayNumber(hold.nominalEndsOn) + 1) : null,
    })),
    releases: releaseDays.map(dayNumber).filter(inside).map(at),
    today: inside(dayNumber(today)) ? at(dayNumber(today)) : null,
    years,
  }
}
