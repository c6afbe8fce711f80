import { getTableColumns } from 'drizzle-orm'
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core'
import * as schema from '../schema/index.ts'

/** One workspace-scoped table as it travels in an export. */
export interface ExportedTable {
  /** Key under `tables` in the document: the Drizzle export name (camelCase). */
  name: string
  table: PgTable
  /**
   * Columns holding a user id. Accounts are global, so on import these are re-pointed to the
   * account with the same email when one already exists in the target database.
   */
  userColumns?: readonly string[]
  /** A column referring to another row of the same table: rows are inserted parents first. */
  parentColumn?: string
  /**
   * The rows to import when a document from an older schema has no such table, as the migration
   * that added it filled it (from the tables before it in this list).
   */
  whenMissing?: (tables: Readonly<Record<string, readonly Row[] | undefined>>) => Row[]
}

/**
 * Every workspace-scoped table, parents before children (the import inserts in this order).
 * A capability that adds a table adds one line here; a test fails while a table with a
 * `workspace_id` is missing from this list.
 */
export const WORKSPACE_TABLES: readonly ExportedTable[] = [
  { name: 'workspaceMembers', table: schema.workspaceMembers, userColumns: ['userId'] },
  { name: 'invites', table: schema.invites, userColumns: ['createdBy', 'acceptedBy'] },
  { name: 'people', table: schema.people, userColumns: ['userId'] },
  { name: 'organizations', table: schema.organizations },
  { name: 'acts', table: schema.acts },
  { name: 'actMemberships', table: schema.actMemberships },
  { name: 'works', table: schema.works },
  { name: 'workWriters', table: schema.workWriters },
  { name: 'recordings', table: schema.recordings },
  { name: 'recordingLeads', table: schema.recordingLeads },
  { name: 'recordingFeatured', table: schema.recordingFeatured },
  { name: 'releaseGroups', table: schema.releaseGroups, parentColumn: 'singleOfId' },
  { name: 'editions', table: schema.editions },
  { name: 'tracks', table: schema.tracks },
  { name: 'placements', table: schema.placements },
  { name: 'workHolds', table: schema.workHolds },
  { name: 'pitches', table: schema.pitches },
  { name: 'venues', table: schema.venues },
  { name: 'tours', table: schema.tours },
  { name: 'tourLegs', table: schema.tourLegs },
  { name: 'shows', table: schema.shows },
  { name: 'showBilling', table: schema.showBilling },
  { name: 'showLineup', table: schema.showLineup },
  { name: 'commitments', table: schema.commitments },
  { name: 'commitmentPeople', table: schema.commitmentPeople },
  { name: 'blockouts', table: schema.blockouts },
  { name: 'conflictOverrides', table: schema.conflictOverrides, userColumns: ['decidedBy'] },
  { name: 'calendarFeeds', table: schema.calendarFeeds },
  { name: 'setlistProposals', table: schema.setlistProposals },
  { name: 'setlistVersions', table: schema.setlistVersions },
  { name: 'setlistAnswers', table: schema.setlistAnswers },
  { name: 'actSetlistSettings', table: schema.actSetlistSettings },
  // appliedBy is the person who applied it (usecases/setlists/apply-setlist.ts), not an account.
  { name: 'showSetlists', table: schema.showSetlists },
  { name: 'playedSetlists', table: schema.playedSetlists, userColumns: ['recordedBy'] },
  { name: 'actPlannerSettings', table: schema.actPlannerSettings },
  { name: 'tourPlannerSettings', table: schema.tourPlannerSettings },
  { name: 'plannerRuns', table: schema.plannerRuns },
  { name: 'plannerSuggestions', table: schema.plannerSuggestions },
  { name: 'externalIds', table: schema.externalIds },
  { name: 'chartEntries', table: schema.chartEntries },
  { name: 'awardNominations', table: schema.awardNominations },
  { name: 'publishingSettings', table: schema.publishingSettings },
  { name: 'writerProfiles', table: schema.writerProfiles },
  { name: 'workPublishing', table: schema.workPublishing },
  { name: 'writerPublishers', table: schema.writerPublishers },
  { name: 'workRegistrations', table: schema.workRegistrations },
  { name: 'notifications', table: schema.notifications },
  { name: 'tourDays', table: schema.tourDays },
  { name: 'scheduleItems', table: schema.scheduleItems },
  { name: 'scheduleItemPeople', table: schema.scheduleItemPeople },
  { name: 'scheduleTemplates', table: schema.scheduleTemplates },
  { name: 'hotelStays', table: schema.hotelStays },
  { name: 'hotelRooms', table: schema.hotelRooms },
  { name: 'hotelRoomGuests', table: schema.hotelRoomGuests },
  { name: 'travelJourneys', table: schema.travelJourneys },
  { name: 'travelSegments', table: schema.travelSegments },
  { name: 'travelPassengers', table: schema.travelPassengers },
  { name: 'travelSegmentPassengers', table: schema.travelSegmentPassengers, whenMissing: everySegmentItsJourneysPassengers },
  { name: 'notificationPreferences', table: schema.notificationPreferences },
  { name: 'personMailBounces', table: schema.personMailBounces },
  { name: 'notificationSettings', table: schema.notificationSettings },
  { name: 'notificationDeliveries', table: schema.notificationDeliveries },
  { name: 'mailKeys', table: schema.mailKeys },
  { name: 'showOffers', table: schema.showOffers },
  { name: 'guestLists', table: schema.guestLists },
  { name: 'guestAllotments', table: schema.guestAllotments },
  { name: 'guestRequests', table: schema.guestRequests },
  { name: 'guestCheckIns', table: schema.guestCheckIns },
  { name: 'venueAdvance', table: schema.venueAdvance },
  { name: 'showAdvance', table: schema.showAdvance },
  { name: 'promoterLinks', table: schema.promoterLinks },
  { name: 'availabilityRequests', table: schema.availabilityRequests },
  { name: 'availabilityAnswers', table: schema.availabilityAnswers },
  { name: 'showSettlements', table: schema.showSettlements, userColumns: ['approvedBy'] },
  { name: 'actMoneySettings', table: schema.actMoneySettings },
  { name: 'tourHomeCurrencies', table: schema.tourHomeCurrencies },
]

/**
 * Tables that are deliberately not exported: sessions and login failures are per server and die
 * with a move; public handles are a server-wide namespace (ADR 015), claimed again on the new server; the
 * outbox is this server's delivery record (ADR 033).
 */
export const NOT_EXPORTED_TABLES: readonly string[] = [
  'sessions',
  'loginFailures',
  'publicHandles',
  'idempotentRequests',
  'mailOutbox',
  // Web Push (ADR 044): the server's own VAPID keys, and devices bound to them (a new server's key would not reach them)
  'pushKeys',
  'pushSubscriptions',
  'pushDeliveries',
]

export type Row = Record<string, unknown>

export function columnsOf(table: PgTable): Record<string, PgColumn> {
  return getTableColumns(table)
}

/** The column that scopes a table to a workspace. */
export function workspaceColumn(table: PgTable): PgColumn {
  const column = columnsOf(table).workspaceId
  if (!column) throw new Error(`${getTableConfig(table).name} has no workspaceId column`)
  return column
}

/** The Drizzle keys of a table's primary key, in key order. */
export function primaryKeyOf(table: PgTable): string[] {
  const columns = Object.entries(columnsOf(table))
  const keyOf = (column: PgColumn) => columns.find(([, c]) => c.name === column.name)![0]
  const composite = getTableConfig(table).primaryKeys[0]
  if (composite) return composite.columns.map(keyOf)
  return columns.filter(([, c]) => c.primary).map(([key]) => key)
}

/** Orders rows by primary key, so an export of the same data is always the same document. */
export function sortByPrimaryKey(table: PgTable, rows: Row[]): Row[] {
  const keys = primaryKeyOf(table)
  return rows.sort((a, b) => {
    for (const key of keys) {
      const x = a[key] as string | number
      const y = b[key] as string | number
      if (x !== y) return x < y ? -1 : 1
    }
    return 0
  })
}

/** Row as it appears in the document: Drizzle keys, timestamps as ISO 8601 strings. */
export function serialiseRow(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]))
}

/** Row ready for Drizzle: ISO strings of timestamp columns back to Dates. Assumes a validated row. */
export function deserialiseRow(table: PgTable, row: Row): Row {
  const columns = columnsOf(table)
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, columns[key]?.dataType === 'date' && typeof value === 'string' ? new Date(value) : value]),
  )
}

/** Rows with every `parentColumn` reference placed after the row it points at. */
export function parentsFirst(rows: Row[], parentColumn: string): Row[] {
  const byId = new Map(rows.map((r) => [r.id, r]))
  const placed = new Set<unknown>()
  const ordered: Row[] = []
  const place = (row: Row, depth: number) => {
    if (placed.has(row.id) || depth > rows.length) return
    const parent = byId.get(row[parentColumn])
    if (parent) place(parent, depth + 1)
    if (placed.has(row.id)) return // a cycle; the database refuses it
    placed.add(row.id)
    ordered.push(row)
  }
  for (const row of rows) place(row, 0)
  return ordered
}

/** An export from before migration 0024: every segment carries its journey's passengers, as the migration did (ADR 050 amended). */
function everySegmentItsJourneysPassengers(tables: Readonly<Record<string, readonly Row[] | undefined>>): Row[] {
  const passengersOf = new Map<unknown, Row[]>()
  for (const p of tables.travelPassengers ?? []) passengersOf.set(p.journeyId, [...(passengersOf.get(p.journeyId) ?? []), p])
  return (tables.travelSegments ?? []).flatMap((s) =>
    (passengersOf.get(s.journeyId) ?? []).map((p) => ({ workspaceId: s.workspaceId, segmentId: s.id, journeyId: s.journeyId, personId: p.personId })),
  )
}
