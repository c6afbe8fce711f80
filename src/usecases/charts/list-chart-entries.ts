import type { ChartEntry, ChartEntryListQuery } from '../../contract/charts.ts'
import { getChartEntry as queryOne, listChartEntries as query } from '../../db/queries/charts.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'

export async function listChartEntries(deps: Deps, actor: Actor, filter: ChartEntryListQuery = {}): Promise<ChartEntry[]> {
  await readerOf(deps, actor, 'charts')
  return query(deps.db, actor.workspaceId, filter)
}

export async function getChartEntry(deps: Deps, actor: Actor, chartEntryId: string): Promise<ChartEntry> {
  await readerOf(deps, actor, 'charts')
  const entry = await queryOne(deps.db, actor.workspaceId, chartEntryId)
  if (!entry) throw new NotFoundError('chart entry', chartEntryId)
  return entry
}
