import type { PgColumn, PgTable } from 'drizzle-orm/pg-core'
import * as schema from '../schema/index.ts'
import { ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { WORKSPACE_TABLES, columnsOf, type Row } from './tables.ts'

export const WORKSPACE_EXPORT_FORMAT = 'greenroom.workspace'
export const WORKSPACE_EXPORT_FORMAT_VERSION = 1

export interface ExportedWorkspace extends Row {
  id: string
  slug: string
  name: string
}

/**
 * An account of the workspace, with its password hash so that its login keeps working after a
 * move. Treat an export like a database backup: whoever holds it can attack those hashes offline.
 */
export interface ExportedUser extends Row {
  id: string
  email: string
  displayName: string
  passwordHash: string
}

/**
 * Everything in one workspace, as one versioned JSON document. Rows keep their Drizzle (camelCase)
 * keys; timestamps are ISO 8601 strings; rows are sorted by primary key. `schemaVersion` is the
 * number of migrations of the exporting code: a document from a newer schema is refused.
 */
export interface WorkspaceExport {
  format: typeof WORKSPACE_EXPORT_FORMAT
  formatVersion: typeof WORKSPACE_EXPORT_FORMAT_VERSION
  exportedAt: string
  schemaVersion: number
  workspace: ExportedWorkspace
  users: ExportedUser[]
  tables: Record<string, Row[]>
}

const MAX_ISSUES = 50
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/**
 * Checks that `input` is a workspace export this code can import, and returns it typed.
 * Throws a ValidationError naming each bad field (`tables.people.3.name`), at most 50 of them.
 */
export function parseWorkspaceExport(input: unknown, currentSchemaVersion: number): WorkspaceExport {
  const issues: FieldIssue[] = []
  if (!isObject(input)) throw new ValidationError([{ path: '', message: 'a workspace export is a JSON object' }])
  if (input.format !== WORKSPACE_EXPORT_FORMAT) issues.push({ path: 'format', message: `expected "${WORKSPACE_EXPORT_FORMAT}"` })
  if (input.formatVersion !== WORKSPACE_EXPORT_FORMAT_VERSION) {
    issues.push({ path: 'formatVersion', message: `this Greenroom reads format version ${WORKSPACE_EXPORT_FORMAT_VERSION} only` })
  }
  if (issues.length > 0) throw new ValidationError(issues) // not our format: say so, and no more
  const schemaVersion = input.schemaVersion
  if (!Number.isInteger(schemaVersion) || (schemaVersion as number) < 1) issues.push({ path: 'schemaVersion', message: 'a positive integer' })
  else if ((schemaVersion as number) > currentSchemaVersion) {
    issues.push({
      path: 'schemaVersion',
      message: `exported by a newer Greenroom (schema ${schemaVersion}; this one is at ${currentSchemaVersion}): upgrade first`,
    })
  }
  if (typeof input.exportedAt !== 'string' || !ISO_INSTANT.test(input.exportedAt)) issues.push({ path: 'exportedAt', message: 'an ISO 8601 instant' })
  rowIssues(schema.workspaces, input.workspace, 'workspace', issues)
  const workspaceId = isObject(input.workspace) ? input.workspace.id : undefined
  checkUsers(input.users, issues)
  checkTables(input.tables, workspaceId, issues)
  checkUserReferences(input, issues)
  if (issues.length > 0) throw new ValidationError(issues.slice(0, MAX_ISSUES))
  return input as unknown as WorkspaceExport
}

function checkUsers(users: unknown, issues: FieldIssue[]): void {
  if (!Array.isArray(users)) return void issues.push({ path: 'users', message: 'an array of accounts' })
  const emails = new Set<string>()
  users.forEach((user, i) => {
    rowIssues(schema.users, user, `users.${i}`, issues)
    const email = isObject(user) && typeof user.email === 'string' ? user.email.toLowerCase() : null
    if (email && emails.has(email)) issues.push({ path: `users.${i}.email`, message: 'two accounts with this email' })
    if (email) emails.add(email)
  })
}

function checkTables(tables: unknown, workspaceId: unknown, issues: FieldIssue[]): void {
  if (!isObject(tables)) return void issues.push({ path: 'tables', message: 'an object of table name → rows' })
  const known = new Set(WORKSPACE_TABLES.map((t) => t.name))
  for (const name of Object.keys(tables)) if (!known.has(name)) issues.push({ path: `tables.${name}`, message: 'not a table this Greenroom knows' })
  for (const { name, table } of WORKSPACE_TABLES) {
    const rows = tables[name]
    if (rows === undefined) continue // an export from an older schema, before this table existed
    if (!Array.isArray(rows)) {
      issues.push({ path: `tables.${name}`, message: 'an array of rows' })
      continue
    }
    rows.forEach((row, i) => {
      rowIssues(table, row, `tables.${name}.${i}`, issues)
      // Every row must belong to the exported workspace, or the import would write into another one.
      if (isObject(row) && row.workspaceId !== workspaceId) issues.push({ path: `tables.${name}.${i}.workspaceId`, message: 'not the exported workspace' })
    })
  }
}

/** A row may point only at accounts that travel with the document. */
function checkUserReferences(doc: Row, issues: FieldIssue[]): void {
  if (!Array.isArray(doc.users) || !isObject(doc.tables)) return
  const userIds = new Set(doc.users.map((u: unknown) => (isObject(u) ? u.id : undefined)))
  for (const { name, userColumns = [] } of WORKSPACE_TABLES) {
    const rows = doc.tables[name]
    if (!Array.isArray(rows)) continue
    rows.forEach((row, i) => {
      for (const column of userColumns) {
        const id = isObject(row) ? row[column] : undefined
        if (id != null && !userIds.has(id)) issues.push({ path: `tables.${name}.${i}.${column}`, message: 'refers to an account not in users' })
      }
    })
  }
}

/** Checks one row against its table's columns: known keys, required values, types and enums. */
function rowIssues(table: PgTable, row: unknown, path: string, issues: FieldIssue[]): void {
  if (issues.length >= MAX_ISSUES) return
  if (!isObject(row)) return void issues.push({ path, message: 'a row is a JSON object' })
  const columns = columnsOf(table)
  for (const key of Object.keys(row)) if (!(key in columns)) issues.push({ path: `${path}.${key}`, message: 'not a column of this table' })
  for (const [key, column] of Object.entries(columns)) {
    const value = row[key]
    if (value === undefined) {
      if (column.notNull && !column.hasDefault) issues.push({ path: `${path}.${key}`, message: 'required' })
      continue
    }
    if (value === null) {
      if (column.notNull) issues.push({ path: `${path}.${key}`, message: 'may not be null' })
      continue
    }
    const problem = valueProblem(column, value)
    if (problem) issues.push({ path: `${path}.${key}`, message: problem })
  }
}

function valueProblem(column: PgColumn, value: unknown): string | null {
  if (column.columnType === 'PgUUID') return typeof value === 'string' && UUID.test(value) ? null : 'a UUID'
  if (column.columnType === 'PgInteger') return Number.isInteger(value) && Math.abs(value as number) <= 2 ** 31 - 1 ? null : 'an integer'
  if (column.enumValues?.length && !column.enumValues.includes(value as string)) return `one of ${column.enumValues.join(', ')}`
  switch (column.dataType) {
    case 'string':
      return typeof value === 'string' ? null : 'a string'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'a number'
    case 'boolean':
      return typeof value === 'boolean' ? null : 'true or false'
    case 'date':
      return typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'an ISO 8601 instant'
    case 'array': {
      if (!Array.isArray(value)) return 'an array'
      const base = (column as unknown as { baseColumn?: PgColumn }).baseColumn
      const problem = base ? value.map((v) => (v === null ? null : valueProblem(base, v))).find((p) => p !== null) : null
      return problem ? `an array, each ${problem}` : null
    }
    default:
      return null
  }
}

function isObject(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
