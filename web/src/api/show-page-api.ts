// A show's page in one answer (GET /shows/{showId}/page, ADR 054): the show and its panels' data,
// put in the cache under each panel's own key so that the page renders everything at once and each
// panel still refreshes by itself (live events, edits). Type-only imports keep zod out of the bundle;
// the keys of the panels come with the seeding module, loaded beside the request, so that the entry
// (which asks for this answer as it runs, page-prefetch.ts) does not take in the panels' API modules.
import type { QueryClient } from '@tanstack/react-query'
import type * as page from '../../../src/contract/show-page.ts'
import { request } from './request.ts'
import { workspaceKey, workspacePath } from './workspace-resource.ts'

export type ShowPage = page.ShowPage

/** The answer itself is not kept: this entry only says that the page's data has been asked for and put in place. */
export const showPageKey = (ws: string, showId: string) => [...workspaceKey(ws), 'show-page', showId] as const

/** Asks for the page and puts each part under its panel's key (a key refreshed since the question was asked is left alone). */
export async function loadShowPage(client: QueryClient, ws: string, showId: string): Promise<true> {
  const askedAt = Date.now()
  const [answer, { seedShowPage }] = await Promise.all([
    request<ShowPage>('GET', workspacePath(ws, `/shows/${encodeURIComponent(showId)}/page`)),
    import('./show-page-seed.ts'),
  ])
  seedShowPage(client, ws, answer, askedAt)
  return true
}
