import type { QueryClient } from '@tanstack/react-query'
import { pageAt, type OpenedPage } from '../../../src/contract/page-addresses.ts'
import { actsApi } from './catalog-api.ts'
import { homeApi, homeKeys } from './home-api.ts'
import { rightsApi } from './rights-api.ts'
import { fetchProposal, setlistKeys } from './setlist-reads.ts'
import { loadShowPage, showPageKey } from './show-page-api.ts'

/**
 * The first answer the opened page waits for, asked as the entry runs (main.tsx), beside /api/me and
 * the workspace, with the key and request the page itself uses: the page then reads it from the
 * cache instead of asking only once its chunk ran, the frame got /api/me and the workspace, and it
 * rendered (ADR 052, amended). The pages a phone opens first: home, a proposal, a show (the show
 * with its panels' data, one answer that fills each panel's key: ADR 054).
 */
/** The dashboard's "Holds ending soon" window (EXPIRING_WITHIN_DAYS of rights/expiring-holds-card.tsx; page-prefetch.test.ts compares them). */
const HOLDS_ENDING_WITHIN_DAYS = 30

/** What the entry asks for, by page; the other pages ask for nothing here (their own queries run with their chunk). */
const prefetches: { [P in OpenedPage['page']]?: (client: QueryClient, page: Extract<OpenedPage, { page: P }>) => Promise<void> } = {
  // home, and the acts and the holds ending soon its lower part shows (the dashboard's own queries)
  home: async (client, { workspace: ws }) => {
    await Promise.all([
      client.prefetchQuery({ queryKey: homeKeys.all(ws), queryFn: () => homeApi.get(ws) }),
      client.prefetchQuery({ queryKey: actsApi.keys.list(ws, {}), queryFn: () => actsApi.list(ws, {}) }),
      client.prefetchQuery({
        queryKey: rightsApi.keys.expiring(ws, HOLDS_ENDING_WITHIN_DAYS),
        queryFn: () => rightsApi.expiring(ws, HOLDS_ENDING_WITHIN_DAYS),
      }),
    ])
  },
  'a proposal': (client, { workspace: ws, id }) => client.prefetchQuery({ queryKey: setlistKeys.proposal(ws, id), queryFn: () => fetchProposal(ws, id) }),
  'a show': (client, { workspace: ws, id }) =>
    client.prefetchQuery({ queryKey: showPageKey(ws, id), queryFn: () => loadShowPage(client, ws, id), staleTime: Infinity }),
}

/**
 * Asks for the data of the page at `pathname`, when it is one of those pages; nothing otherwise, and nothing
 * for an address whose id is not valid percent-encoding (the router then shows its not-found page).
 */
export function prefetchPageData(client: QueryClient, pathname: string): void {
  const page = pageAt(pathname)
  const prefetch = prefetches[page.page] as ((client: QueryClient, page: OpenedPage) => Promise<void>) | undefined
  if (prefetch) void prefetch(client, page)
}
