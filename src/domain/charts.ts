/** Vocabulary and rules of chart entries and award nominations. */

/** What a chart counts: the band follows e.g. the iTunes Pop *pre-order* chart, not the overall sales chart. */
export const CHART_KINDS = ['sales', 'pre-order', 'streaming', 'airplay', 'combined'] as const
export type ChartKind = (typeof CHART_KINDS)[number]

/** `nominated`: the outcome is not known (or not decided) yet. */
export const AWARD_RESULTS = ['nominated', 'won', 'lost'] as const
export type AwardResult = (typeof AWARD_RESULTS)[number]

export const AWARD_YEAR_MIN = 1900
/** Nominations are announced before the ceremony, so next year's awards may already be known. */
export const AWARD_YEARS_AHEAD = 1

/** The same chart on different days: its name, genre, territory and kind. */
export interface ChartIdentity {
  chart: string
  genre: string | null
  territory: string | null
  kind: ChartKind
}

/** "iTunes Pop pre-order (US)": how a chart is named to people. */
export function chartLabel(c: ChartIdentity): string {
  const kind = c.kind === 'sales' ? '' : ` ${c.kind}`
  return `${c.chart}${c.genre ? ` ${c.genre}` : ''}${kind}${c.territory ? ` (${c.territory})` : ''}`
}

/** A key that is equal for entries of the same chart, whatever the letter case. */
export function chartKey(c: ChartIdentity): string {
  return JSON.stringify([c.chart.toLowerCase(), (c.genre ?? '').toLowerCase(), c.territory ?? '', c.kind])
}

export interface ChartPosition {
  /** YYYY-MM-DD */
  chartDate: string
  /** 1 is the top. */
  position: number
}

export interface ChartRunSummary<T extends ChartPosition> {
  /** Oldest first; entries of the same day keep their order. */
  entries: T[]
  peakPosition: number
  /** The first day the peak was reached. */
  peakDate: string
  firstDate: string
  lastDate: string
  /** Distinct ISO weeks (Monday to Sunday) with at least one entry. */
  weeksOnChart: number
}

/**
 * One subject's run on one chart: its entries by date, its peak (the lowest position number, first
 * reached) and the weeks it was on the chart. Null for no entries.
 * @example summariseChartRun([{ chartDate: '2013-06-04', position: 5 }]).peakPosition // 5
 */
export function summariseChartRun<T extends ChartPosition>(points: readonly T[]): ChartRunSummary<T> | null {
  if (points.length === 0) return null
  const entries = [...points].sort((a, b) => (a.chartDate < b.chartDate ? -1 : a.chartDate > b.chartDate ? 1 : 0))
  let peak = entries[0]!
  for (const e of entries) if (e.position < peak.position) peak = e
  return {
    entries,
    peakPosition: peak.position,
    peakDate: peak.chartDate,
    firstDate: entries[0]!.chartDate,
    lastDate: entries[entries.length - 1]!.chartDate,
    weeksOnChart: new Set(entries.map((e) => isoWeek(e.chartDate))).size,
  }
}

/** "2013-W23": the ISO 8601 week of a YYYY-MM-DD day (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  const weekday = (date.getUTCDay() + 6) % 7 // Monday 0 … Sunday 6
  const thursday = new Date(date.getTime() + (3 - weekday) * 86_400_000)
  const year = thursday.getUTCFullYear()
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

/** A year an award can sensibly be for, given today's year; a message when it is not. */
export function awardYearProblem(year: number, currentYear: number): string | null {
  if (!Number.isInteger(year)) return 'a year like 2013'
  if (year < AWARD_YEAR_MIN) return `a year from ${AWARD_YEAR_MIN}`
  if (year > currentYear + AWARD_YEARS_AHEAD) return `no later than ${currentYear + AWARD_YEARS_AHEAD}`
  return null
}
