import type { AwardResult, ChartKind } from '../../domain/charts.ts'
import type { Invented } from './types.ts'

// world.md: on pre-order, 24/Seven reached No. 5 on the iTunes Pop pre-order chart (the band
// follows the genre chart, not the overall one), and Big Time Rush was nominated for a Teen Choice
// Award in the category Choice Music Group. The day of the chart position and the year of the
// nomination are ours; the outcome of the nomination is not known, so it stays "nominated".

/** A position on a chart on one day; the subject is exactly one of a release (by ref) or a recording (by ref). */
export interface DemoChartEntry extends Invented {
  chart: string
  genre?: string
  territory?: string
  kind: ChartKind
  position: number
  /** YYYY-MM-DD */
  chartDate: string
  release?: string
  recording?: string
  notes?: string
}

/** A nomination of an act, a person, a recording or a release (refs; at least one). */
export interface DemoAwardNomination extends Invented {
  award: string
  category: string
  year: number
  result: AwardResult
  act?: string
  person?: string
  recording?: string
  release?: string
  /** YYYY-MM-DD */
  ceremonyDate?: string
  notes?: string
}

export interface DemoCharts {
  entries: readonly DemoChartEntry[]
  nominations: readonly DemoAwardNomination[]
}

export const chartEntries: readonly DemoChartEntry[] = [
  {
    chart: 'iTunes',
    genre: 'Pop',
    kind: 'pre-order',
    position: 5,
    chartDate: '2013-04-09',
    release: 'album-24-seven',
    notes: 'Its peak while on pre-order. The band follows the genre chart, not the overall chart.',
    invented: ['chartDate'],
  },
]

export const awardNominations: readonly DemoAwardNomination[] = [
  { award: 'Teen Choice Awards', category: 'Choice Music Group', year: 2013, result: 'nominated', act: 'btr', invented: ['year'] },
]

export const charts: DemoCharts = { entries: chartEntries, nominations: awardNominations }
