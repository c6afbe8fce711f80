import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type * as schema from './schema/index.ts'
import type { PgliteDurability } from './pglite-durable-fs.ts'

/** The database's types (createDb in client.ts; its PGlite half in client-pglite.ts). */
export type Schema = typeof schema
/** Both drivers' databases extend PgDatabase, so query code never knows which one it runs on. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>
export type DbKind = 'pglite' | 'postgres'

export interface Database {
  db: Db
  kind: DbKind
  /** The connection URL (PostgreSQL only), for connections outside the pool such as LISTEN. */
  url?: string
  /** Runs raw SQL (migrations, test set-up); not for application queries. */
  exec(sql: string): Promise<void>
  /**
   * Runs one raw statement (or, without values, a script) and gives its rows: the job queue's own
   * SQL (pg-boss's `db` option, ADR 029), so the queue shares this connection pool or PGlite instance.
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>
  /**
   * Tells the listener, before the statement runs, of every statement this process sends that
   * changes who may do what (sessions, users, workspaces, memberships; ADR 046). Other processes'
   * changes arrive through the database's own NOTIFY (migration 0015).
   */
  onAuthWrite(listener: () => void): () => void
  close(): Promise<void>
}

export type DbConfig = (
  | { kind: 'pglite'; dataDir: string; durability?: PgliteDurability; onSync?: (path: string) => void }
  | { kind: 'pglite-memory'; loadDataDir?: Blob | File }
  | { kind: 'postgres'; url: string; max?: number }
) & {
  /** Sees every statement the application runs (tests that EXPLAIN them); never log its parameters. */
  onQuery?: (sql: string, params: unknown[]) => void
}
