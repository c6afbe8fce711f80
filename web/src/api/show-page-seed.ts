// Where each part of a show's page answer goes in the cache: under the key its panel reads (ADR 054).
import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { advanceKeys } from './advance-api.ts'
import { businessKeys } from './business-api.ts'
import { guestKeys } from './guests-api.ts'
import { playedKeys } from './played-api.ts'
import { roadKeys } from './road-api.ts'
import { setlistKeys } from './setlist-reads.ts'
import type { ShowPage } from '../../../src/contract/show-page.ts'
import { showsApi, toursApi } from './touring-api.ts'

/** The cache key of each part of the answer: the one its panel's own query uses. */
export function showPageEntries(ws: string, page: ShowPage): [QueryKey, unknown][] {
  const { show } = page
  const entries: [QueryKey, unknown][] = [
    [showsApi.keys.one(ws, show.id), show],
    [roadKeys.onDate(ws, show.localDate), page.days],
    [businessKeys.tickets(ws, show.id), page.tickets],
    [advanceKeys.show(ws, show.id), page.advance],
    [advanceKeys.links(ws, show.id), page.promoterLinks],
    [setlistKeys.show(ws, show.id), page.setlist],
    [playedKeys.show(ws, show.id), page.played],
    [playedKeys.act(ws, show.actId), page.playHistory],
    [guestKeys.show(ws, show.id), page.guests],
  ]
  if (show.tourId) entries.push([toursApi.keys.one(ws, show.tourId), page.tour])
  return entries.filter(([, data]) => data !== undefined)
}

/**
 * Seeds the cache from a show's page answer. A part left out (the role may not read it, nothing
 * recorded) is not seeded: its panel asks its own route as before and gets the same answer. A key
 * whose data arrived after the page was asked for is newer than the answer and is left alone.
 */
export function seedShowPage(client: QueryClient, ws: string, page: ShowPage, askedAt: number): void {
  for (const [key, data] of showPageEntries(ws, page)) {
    if ((client.getQueryState(key)?.dataUpdatedAt ?? 0) > askedAt) continue
    client.setQueryData(key, data)
  }
}
