// Warms the service worker's API cache with the set lists of upcoming shows, so a member who
// never opened them still has them on stage with no connection. Bounded: a few workspaces, the
// next shows of each, once per user per browser session.
import type { Me } from '../api/types.ts'
import { workspacePath } from '../api/workspace-resource.ts'

export const PREFETCH_WORKSPACES = 3
export const PREFETCH_SHOWS = 10

/** Today's local date as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The GETs to warm, in order: each workspace's upcoming shows, then each show's set list. */
export async function prefetchUpcomingSetlists(me: Me, fetcher: typeof fetch = fetch, today = localToday()): Promise<string[]> {
  const fetched: string[] = []
  const get = async (url: string): Promise<Response | null> => {
    fetched.push(url)
    try {
      return await fetcher(url, { credentials: 'same-origin', headers: { accept: 'application/json' } })
    } catch {
      return null
    }
  }
  for (const workspace of me.workspaces.slice(0, PREFETCH_WORKSPACES)) {
    const response = await get(workspacePath(workspace.slug, `/shows?from=${today}`))
    if (!response?.ok) continue
    const shows = (await response.json()) as Array<{ id: string; status?: string }>
    const upcoming = shows.filter((show) => show.status !== 'cancelled').slice(0, PREFETCH_SHOWS)
    // One at a time: this runs in the background and must not crowd out what the user opens.
    for (const show of upcoming) await get(workspacePath(workspace.slug, `/shows/${encodeURIComponent(show.id)}/setlist`))
  }
  return fetched
}
