import type { CatalogCounts } from '../../contract/home.ts'
import { countCatalog } from '../../db/queries/catalog-counts.ts'
import { readScope } from '../../domain/permissions.ts'
import type { Actor, Deps } from '../deps.ts'

/**
 * The lengths of the reader's lists of songs, recordings, releases and people, counted in the
 * database instead of downloaded (ADR 054). Each count follows its list's rule: the list answers
 * 403 where the role may not read its resource (`catalog` or `people`), so the count is null there;
 * every scope that may read it gets every row (a limited reader gets fewer fields, not fewer rows:
 * works/list-works.ts, recordings/list-recordings.ts, releases/list-release-groups.ts,
 * people/list-people.ts), so the count is the workspace's. home.test.ts checks each count against
 * each role's own list. A list that starts leaving rows out for a role must change its count here.
 */
export async function catalogCounts(deps: Deps, actor: Actor): Promise<CatalogCounts> {
  const catalog = readScope(actor.role, 'catalog') !== 'none'
  const people = readScope(actor.role, 'people') !== 'none'
  if (!catalog && !people) return { works: null, recordings: null, releases: null, people: null }
  const n = await countCatalog(deps.db, actor.workspaceId)
  return {
    works: catalog ? n.works : null,
    recordings: catalog ? n.recordings : null,
    releases: catalog ? n.releases : null,
    people: people ? n.people : null,
  }
}
