/**
 * Workspace export and import: everything a workspace owns as one versioned JSON document, to back
 * it up or move it to another Greenroom (PGlite ⇄ PostgreSQL). Table-driven: the tables travel in
 * the order of WORKSPACE_TABLES (workspace-export-tables.ts), so a new capability adds its table
 * there and nothing here changes.
 *
 * Accounts are global, so the document carries the accounts the workspace refers to (its members,
 * and any account a person or invite points at) WITH their password hashes: logins keep working
 * after a move. An export is therefore as sensitive as a database backup. On import, an account
 * whose email already exists in the target is reused (its password there is kept) and every
 * reference to it is re-pointed; other accounts are created with their ids. Sessions do not travel.
 */
import { eq, inArray, or, sql } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import { uuidv7 } from 'uuidv7'
import type { Db } from '../client.ts'
import { expectedSchemaVersion } from '../migrate.ts'
import * as schema from '../schema/index.ts'
import { systemClock, type Clock } from '../../domain/clock.ts'
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.ts'
import {
  WORKSPACE_EXPORT_FORMAT,
  WORKSPACE_EXPORT_FORMAT_VERSION,
  parseWorkspaceExport,
  type ExportedUser,
  type ExportedWorkspace,
  type WorkspaceExport,
} from './document.ts'
import { WORKSPACE_TABLES, deserialiseRow, parentsFirst, serialiseRow, sortByPrimaryKey, workspaceColumn, type Row } from './tables.ts'

export { WORKSPACE_EXPORT_FORMAT, WORKSPACE_EXPORT_FORMAT_VERSION, WORKSPACE_TABLES, parseWorkspaceExport }
export type { WorkspaceExport }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Reads one workspace (by id or slug) into an export document, from one consistent snapshot. */
export async function exportWorkspace(db: Db, workspaceIdOrSlug: string, opts: { clock?: Clock } = {}): Promise<WorkspaceExport> {
  const exportedAt = (opts.clock ?? systemClock).now().toISOString()
  return db.transaction(
    async (tx) => {
      const { workspaces } = schema
      const match = UUID.test(workspaceIdOrSlug)
        ? or(eq(workspaces.id, workspaceIdOrSlug), eq(workspaces.slug, workspaceIdOrSlug))
        : eq(workspaces.slug, workspaceIdOrSlug)
      const [workspace] = await tx.select().from(workspaces).where(match).limit(1)
      if (!workspace) throw new NotFoundError('workspace', workspaceIdOrSlug)
      const tables: Record<string, Row[]> = {}
      for (const { name, table } of WORKSPACE_TABLES) {
        const rows = (await tx
          .select()
          .from(table)
          .where(eq(workspaceColumn(table), workspace.id))) as Row[]
        tables[name] = sortByPrimaryKey(table, rows.map(serialiseRow))
      }
      const users = await referencedUsers(tx as unknown as Db, tables)
      return {
        format: WORKSPACE_EXPORT_FORMAT,
        formatVersion: WORKSPACE_EXPORT_FORMAT_VERSION,
        exportedAt,
        schemaVersion: expectedSchemaVersion(),
        workspace: serialiseRow(workspace) as ExportedWorkspace,
        users,
        tables,
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  )
}

/** The accounts the rows point at. A pointer to an account that no longer exists is cleared. */
async function referencedUsers(db: Db, tables: Record<string, Row[]>): Promise<ExportedUser[]> {
  const refs = WORKSPACE_TABLES.flatMap(({ name, userColumns = [] }) => (tables[name] ?? []).flatMap((row) => userColumns.map((column) => ({ row, column }))))
  const ids = [...new Set(refs.map(({ row, column }) => row[column]).filter((id): id is string => typeof id === 'string'))]
  const users = ids.length === 0 ? [] : await db.select().from(schema.users).where(inArray(schema.users.id, ids))
  const found = new Set(users.map((u) => u.id))
  for (const { row, column } of refs) if (row[column] != null && !found.has(row[column] as string)) row[column] = null
  return sortByPrimaryKey(schema.users, users.map(serialiseRow)) as ExportedUser[]
}

export interface ImportResult {
  workspaceId: string
  /** Rows inserted per table (`tables` keys of the document). */
  rows: Record<string, number>
  users: { created: number; reused: number }
  /** True when nothing was written: the import was checked and rolled back. */
  dryRun: boolean
}

class DryRunComplete extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run')
  }
}

/**
 * Imports an export document into this database, in one transaction, keeping ids and slug.
 * Refuses (conflict) when the workspace's id or slug exists here, and (validation) a document that
 * is not a workspace export this version can read. `dryRun` checks everything, then rolls back.
 */
export async function importWorkspace(db: Db, input: unknown, opts: { dryRun?: boolean } = {}): Promise<ImportResult> {
  const doc = parseWorkspaceExport(input, expectedSchemaVersion())
  try {
    return await db.transaction(async (tx) => {
      const result = await insertDocument(tx as unknown as Db, doc, !!opts.dryRun)
      if (opts.dryRun) throw new DryRunComplete(result)
      return result
    })
  } catch (err) {
    if (err instanceof DryRunComplete) return err.result
    throw translateDatabaseError(err)
  }
}

async function insertDocument(tx: Db, doc: WorkspaceExport, dryRun: boolean): Promise<ImportResult> {
  const { workspaces } = schema
  const [taken] = await tx
    .select({ id: workspaces.id, slug: workspaces.slug })
    .from(workspaces)
    .where(or(eq(workspaces.id, doc.workspace.id), eq(workspaces.slug, doc.workspace.slug)))
    .limit(1)
  if (taken) {
    const what = taken.id === doc.workspace.id ? `id ${taken.id}` : `slug "${taken.slug}"`
    throw new ConflictError(`A workspace with the ${what} already exists in this database.`, [
      { path: taken.id === doc.workspace.id ? 'workspace.id' : 'workspace.slug', message: 'already exists' },
    ])
  }
  const users = await importUsers(tx, doc.users)
  await tx.insert(workspaces).values(deserialiseRow(workspaces, doc.workspace) as never)
  const rows: Record<string, number> = {}
  for (const { name, table, userColumns = [], parentColumn, whenMissing } of WORKSPACE_TABLES) {
    let values = (doc.tables[name] ?? whenMissing?.(doc.tables) ?? []).map((row) => deserialiseRow(table, repointUsers(row, userColumns, users.idOf)))
    if (parentColumn) values = parentsFirst(values, parentColumn)
    await insertChunked(tx, table, values)
    rows[name] = values.length
  }
  return { workspaceId: doc.workspace.id, rows, users: { created: users.created, reused: users.reused }, dryRun }
}

/** Reuses accounts that exist here by email; creates the others, with their own id when it is free. */
async function importUsers(tx: Db, docUsers: readonly ExportedUser[]) {
  const { users } = schema
  const idOf = new Map<string, string>()
  const emails = docUsers.map((u) => u.email.toLowerCase())
  const existing =
    emails.length === 0
      ? []
      : await tx
          .select({ id: users.id, email: users.email })
          .from(users)
          .where(inArray(sql`lower(${users.email})`, emails))
  const byEmail = new Map(existing.map((u) => [u.email.toLowerCase(), u.id]))
  const ids = docUsers.map((u) => u.id)
  const takenIds = new Set(ids.length === 0 ? [] : (await tx.select({ id: users.id }).from(users).where(inArray(users.id, ids))).map((u) => u.id))
  const created: Row[] = []
  for (const user of docUsers) {
    const reuse = byEmail.get(user.email.toLowerCase())
    const id = reuse ?? (takenIds.has(user.id) ? uuidv7() : user.id)
    idOf.set(user.id, id)
    if (!reuse) created.push(deserialiseRow(users, { ...user, id }))
  }
  await insertChunked(tx, users, created)
  return { idOf, created: created.length, reused: docUsers.length - created.length }
}

function repointUsers(row: Row, userColumns: readonly string[], idOf: Map<string, string>): Row {
  if (userColumns.length === 0) return row
  const copy = { ...row }
  for (const column of userColumns) if (typeof copy[column] === 'string') copy[column] = idOf.get(copy[column] as string) ?? copy[column]
  return copy
}

/** PostgreSQL allows 65 535 parameters per statement. */
async function insertChunked(tx: Db, table: PgTable, rows: Row[]): Promise<void> {
  const perRow = Math.max(1, Object.keys(rows[0] ?? {}).length)
  const size = Math.max(1, Math.min(1000, Math.floor(60_000 / perRow)))
  for (let i = 0; i < rows.length; i += size) await tx.insert(table).values(rows.slice(i, i + size) as never)
}

/** Rows that pass the shape check but do not fit together (a dangling reference, a duplicate key). */
function translateDatabaseError(err: unknown): unknown {
  const cause = (err as { cause?: unknown }).cause ?? err
  const { code, constraint, detail, message } = (cause ?? {}) as { code?: string; constraint?: string; detail?: string; message?: string }
  if (typeof code !== 'string' || !/^(23|22)/.test(code)) return err
  if (constraint === 'workspaces_pkey' || constraint === 'workspaces_slug_key')
    return new ConflictError('This workspace was created in this database while importing.')
  const explanation = detail ?? message ?? code
  return new ValidationError([{ path: 'tables', message: `the rows do not fit together (${constraint ?? code}): ${explanation}` }])
}
