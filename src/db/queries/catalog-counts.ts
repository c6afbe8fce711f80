import { eq, sql, type SQL } from 'drizzle-orm'
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core'
import type { Db } from '../client.ts'
import { people, recordings, releaseGroups, works, workspaces } from '../schema/index.ts'

export interface CatalogCountRows {
  works: number
  recordings: number
  releases: number
  people: number
}

const countOf = (table: PgTable & { workspaceId: PgColumn }, workspaceId: string): SQL<number> =>
  sql<number>`(select count(*)::int from ${table} where ${table.workspaceId} = ${workspaceId})`

/**
 * How many songs, recordings, releases and people a workspace holds, in one statement: the rows the
 * lists of GET /works, /recordings, /release-groups and /people return without a filter. (The
 * recordings and releases lists join their work and act, which their composite foreign keys make
 * certain, so counting the table alone counts the same rows.)
 */
export async function countCatalog(db: Db, workspaceId: string): Promise<CatalogCountRows> {
  const [row] = await db
    .select({
      works: countOf(works, workspaceId),
      recordings: countOf(recordings, workspaceId),
      releases: countOf(releaseGroups, workspaceId),
      people: countOf(people, workspaceId),
    })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
  return row ?? { works: 0, recordings: 0, releases: 0, people: 0 }
}
