import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm'
import { alias, type PgColumn } from 'drizzle-orm/pg-core'
import type { Db } from '../client.ts'
import { actMemberships, acts, awardNominations, chartEntries, editions, people, recordings, releaseGroups, works } from '../schema/index.ts'
import type { AwardNomination, AwardNominationListQuery, ChartEntry, ChartEntryListQuery, ChartSubject } from '../../contract/charts.ts'
import { chartLabel, type AwardResult, type ChartKind } from '../../domain/charts.ts'

const NO_ID = '00000000-0000-0000-0000-000000000000'
const editionGroups = alias(releaseGroups, 'edition_groups')
const actOfSubject = sql<string>`coalesce(${releaseGroups.actId}, ${editionGroups.actId}, ${recordings.actId})`

/** Chart entries with their subject and act, by date then chart. */
export async function listChartEntries(db: Db, workspaceId: string, filter: ChartEntryListQuery & { ids?: string[] } = {}): Promise<ChartEntry[]> {
  const on = (table: { workspaceId: PgColumn }) => eq(table.workspaceId, chartEntries.workspaceId)
  const filters: SQL[] = [eq(chartEntries.workspaceId, workspaceId)]
  if (filter.ids) filters.push(inArray(chartEntries.id, filter.ids.length ? filter.ids : [NO_ID]))
  if (filter.actId) filters.push(sql`${actOfSubject} = ${filter.actId}`)
  if (filter.releaseGroupId) filters.push(or(eq(chartEntries.releaseGroupId, filter.releaseGroupId), eq(editions.releaseGroupId, filter.releaseGroupId))!)
  if (filter.editionId) filters.push(eq(chartEntries.editionId, filter.editionId))
  if (filter.recordingId) filters.push(eq(chartEntries.recordingId, filter.recordingId))
  const rows = await db
    .select({
      e: chartEntries,
      groupTitle: releaseGroups.title,
      editionName: editions.name,
      editionGroupId: editions.releaseGroupId,
      editionGroupTitle: editionGroups.title,
      recordingTitle: sql<string | null>`coalesce(${recordings.title}, ${works.title})`,
      actId: acts.id,
      actName: acts.name,
    })
    .from(chartEntries)
    .leftJoin(releaseGroups, and(on(releaseGroups), eq(releaseGroups.id, chartEntries.releaseGroupId)))
    .leftJoin(editions, and(on(editions), eq(editions.id, chartEntries.editionId)))
    .leftJoin(editionGroups, and(eq(editionGroups.workspaceId, editions.workspaceId), eq(editionGroups.id, editions.releaseGroupId)))
    .leftJoin(recordings, and(on(recordings), eq(recordings.id, chartEntries.recordingId)))
    .leftJoin(works, and(eq(works.workspaceId, recordings.workspaceId), eq(works.id, recordings.workId)))
    .innerJoin(acts, and(on(acts), sql`${acts.id} = ${actOfSubject}`))
    .where(and(...filters))
    .orderBy(asc(chartEntries.chartDate), asc(chartEntries.chart), asc(chartEntries.genre), asc(chartEntries.position), asc(chartEntries.id))
  return rows.map(({ e, groupTitle, editionName, editionGroupId, editionGroupTitle, recordingTitle, actId, actName }) => {
    const kind = e.kind as ChartKind
    return {
      id: e.id,
      chart: e.chart,
      genre: e.genre,
      territory: e.territory,
      kind,
      label: chartLabel({ chart: e.chart, genre: e.genre, territory: e.territory, kind }),
      position: e.position,
      chartDate: e.chartDate,
      subject: subjectOf(e, { groupTitle, editionName, editionGroupId, editionGroupTitle, recordingTitle }),
      actId,
      actName,
      notes: e.notes,
      version: e.version,
    }
  })
}

function subjectOf(
  e: { releaseGroupId: string | null; editionId: string | null; recordingId: string | null },
  names: {
    groupTitle: string | null
    editionName: string | null
    editionGroupId: string | null
    editionGroupTitle: string | null
    recordingTitle: string | null
  },
): ChartSubject {
  if (e.releaseGroupId)
    return { kind: 'release-group', id: e.releaseGroupId, title: names.groupTitle ?? '', editionName: null, releaseGroupId: e.releaseGroupId }
  if (e.editionId)
    return { kind: 'edition', id: e.editionId, title: names.editionGroupTitle ?? '', editionName: names.editionName, releaseGroupId: names.editionGroupId }
  return { kind: 'recording', id: e.recordingId!, title: names.recordingTitle ?? '', editionName: null, releaseGroupId: null }
}

export async function getChartEntry(db: Db, workspaceId: string, id: string): Promise<ChartEntry | null> {
  const [entry] = await listChartEntries(db, workspaceId, { ids: [id] })
  return entry ?? null
}

/** Whether an edition of this workspace exists. */
export async function editionExists(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: editions.id })
    .from(editions)
    .where(and(eq(editions.workspaceId, workspaceId), eq(editions.id, id)))
  return row !== undefined
}

/** Nominations, newest year first, then by award and category. */
export async function listAwardNominations(
  db: Db,
  workspaceId: string,
  filter: AwardNominationListQuery & { ids?: string[] } = {},
): Promise<AwardNomination[]> {
  const n = awardNominations
  const filters: SQL[] = [eq(n.workspaceId, workspaceId)]
  if (filter.ids) filters.push(inArray(n.id, filter.ids.length ? filter.ids : [NO_ID]))
  if (filter.actId) {
    // The act's own nominations, its recordings' and releases', and those of its members (e.g. a member's solo category).
    const members = db
      .select({ id: actMemberships.personId })
      .from(actMemberships)
      .where(and(eq(actMemberships.workspaceId, workspaceId), eq(actMemberships.actId, filter.actId)))
    filters.push(or(eq(n.actId, filter.actId), eq(recordings.actId, filter.actId), eq(releaseGroups.actId, filter.actId), inArray(n.personId, members))!)
  }
  if (filter.personId) filters.push(eq(n.personId, filter.personId))
  if (filter.recordingId) filters.push(eq(n.recordingId, filter.recordingId))
  if (filter.releaseGroupId) filters.push(eq(n.releaseGroupId, filter.releaseGroupId))
  const rows = await db
    .select({
      n,
      actName: acts.name,
      personName: people.name,
      recordingTitle: sql<string | null>`coalesce(${recordings.title}, ${works.title})`,
      releaseGroupTitle: releaseGroups.title,
    })
    .from(n)
    .leftJoin(acts, and(eq(acts.workspaceId, n.workspaceId), eq(acts.id, n.actId)))
    .leftJoin(people, and(eq(people.workspaceId, n.workspaceId), eq(people.id, n.personId)))
    .leftJoin(recordings, and(eq(recordings.workspaceId, n.workspaceId), eq(recordings.id, n.recordingId)))
    .leftJoin(works, and(eq(works.workspaceId, recordings.workspaceId), eq(works.id, recordings.workId)))
    .leftJoin(releaseGroups, and(eq(releaseGroups.workspaceId, n.workspaceId), eq(releaseGroups.id, n.releaseGroupId)))
    .where(and(...filters))
    .orderBy(desc(n.year), asc(n.award), asc(n.category), asc(n.id))
  return rows.map(({ n: row, actName, personName, recordingTitle, releaseGroupTitle }) => ({
    id: row.id,
    award: row.award,
    category: row.category,
    year: row.year,
    result: row.result as AwardResult,
    actId: row.actId,
    actName,
    personId: row.personId,
    personName,
    recordingId: row.recordingId,
    recordingTitle,
    releaseGroupId: row.releaseGroupId,
    releaseGroupTitle,
    ceremonyDate: row.ceremonyDate,
    notes: row.notes,
    version: row.version,
  }))
}

export async function getAwardNomination(db: Db, workspaceId: string, id: string): Promise<AwardNomination | null> {
  const [nomination] = await listAwardNominations(db, workspaceId, { ids: [id] })
  return nomination ?? null
}
