import { useQuery, useQueryClient } from '@tanstack/react-query'
import { loadShowPage, showPageKey } from '../../api/show-page-api.ts'
import { showsApi, type Show } from '../../api/touring-api.ts'
import { warmShowTimes } from './show-times.ts'
import { viewerTimeZone } from './zoned-time.ts'

/**
 * Fills the cache of a show's page from its one answer (GET /shows/{showId}/page, ADR 054) the
 * first time the page opens, and says when that is done (or failed, or not needed): the show's own
 * query waits for it, so that the show and every panel render together from the cache instead of
 * ten requests and ten renders. Once the show is in the cache the answer is not asked again (the
 * query is switched off, so no invalidation refetches it); the show and each panel refresh through
 * their own routes, as before. If the answer fails, the show's own query asks and reports as before.
 * Between the answer and the render, the venue zone's date formats are made in a task of their own (ADR 058).
 */
export function useShowPage(ws: string, showId: string): boolean {
  const client = useQueryClient()
  const needed = showId !== '' && client.getQueryData(showsApi.keys.one(ws, showId)) === undefined
  const page = useQuery({
    queryKey: showPageKey(ws, showId),
    queryFn: async () => {
      const done = await loadShowPage(client, ws, showId)
      const show = client.getQueryData<Show>(showsApi.keys.one(ws, showId))
      if (show) await warmShowTimes(show, viewerTimeZone())
      return done
    },
    enabled: needed,
    staleTime: Infinity,
    retry: false,
  })
  return !needed || !page.isPending
}
