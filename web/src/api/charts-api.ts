// Chart entries, chart history and award nominations: typed calls and the types of their answers,
// inferred from the shared contract (src/contract/charts.ts). Type-only imports keep zod out.
import type * as charts from '../../../src/contract/charts.ts'
import { queryString, request } from './request.ts'
import { workspaceKey, workspacePath, workspaceResource, type ListParams } from './workspace-resource.ts'

export type ChartEntry = charts.ChartEntry
export type ChartEntryBody = charts.ChartEntryBody
export type UpdateChartEntryBody = charts.UpdateChartEntryBody
export type ChartRun = charts.ChartRun
export type ChartHistory = charts.ChartHistory
export type AwardNomination = charts.AwardNomination
export type AwardNominationBody = charts.AwardNominationBody
export type UpdateAwardNominationBody = charts.UpdateAwardNominationBody

export const chartEntriesApi = workspaceResource<ChartEntry, ChartEntry, ChartEntryBody, UpdateChartEntryBody>('chart-entries')
export const awardNominationsApi = workspaceResource<AwardNomination, AwardNomination, AwardNominationBody, UpdateAwardNominationBody>('award-nominations')

/** Runs on each chart of an act, a release (with its editions), an edition or a recording. */
export const chartHistoryApi = {
  key: (ws: string, params: ListParams) => [...workspaceKey(ws), 'chart-history', params] as const,
  get: (ws: string, params: ListParams) => request<ChartHistory>('GET', workspacePath(ws, `/chart-history${queryString(params)}`)),
}

/** Deletes the version that was on screen; someone else's newer edit is answered with 409, not lost. */
export function removeVersion(collection: 'chart-entries' | 'award-nominations', ws: string, id: string, version: number): Promise<void> {
  return request('DELETE', workspacePath(ws, `/${collection}/${encodeURIComponent(id)}?version=${version}`))
}
