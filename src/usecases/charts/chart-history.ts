import type { ChartEntry, ChartEntryListQuery, ChartHistory, ChartRun } from '../../contract/charts.ts'
import { listChartEntries } from '../../db/queries/charts.ts'
import { chartKey, summariseChartRun } from '../../domain/charts.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'

/** Entries grouped into runs, one per subject and chart; each run's entries by date, with its peak and weeks on chart. */
export function chartRuns(entries: readonly ChartEntry[]): ChartRun[] {
  const groups = new Map<string, ChartEntry[]>()
  for (const e of entries) {
    const key = `${e.subject.kind}:${e.subject.id}:${chartKey(e)}`
    groups.set(key, [...(groups.get(key) ?? []), e])
  }
  const runs = [...groups.values()].map((group): ChartRun => {
    const first = group[0]!
    const summary = summariseChartRun(group)!
    return {
      chart: first.chart,
      genre: first.genre,
      territory: first.territory,
      kind: first.kind,
      label: first.label,
      subject: first.subject,
      entries: summary.entries.map((e) => ({ id: e.id, chartDate: e.chartDate, position: e.position })),
      peakPosition: summary.peakPosition,
      peakDate: summary.peakDate,
      firstDate: summary.firstDate,
      lastDate: summary.lastDate,
      weeksOnChart: summary.weeksOnChart,
    }
  })
  return runs.sort((a, b) => a.peakPosition - b.peakPosition || a.peakDate.localeCompare(b.peakDate) || a.label.localeCompare(b.label))
}

/** The chart history of an act, a release (with its editions), an edition or a recording. */
export async function chartHistory(deps: Deps, actor: Actor, filter: ChartEntryListQuery = {}): Promise<ChartHistory> {
  await readerOf(deps, actor, 'charts')
  const runs = chartRuns(await listChartEntries(deps.db, actor.workspaceId, filter))
  return { runs, best: runs[0] ?? null }
}
