// Warms the service worker's API cache with what the page of each upcoming show with an agreed set
// list reads, so a member who never opened those pages still has them on stage with no connection.
// Upcoming by the server's clock (GREENROOM_NOW may pin it), not the device's. Bounded: a few
// workspaces, the next shows of each. The caller runs it once a service worker controls the page
// (only then do these reads go through its cache) and again when it did not finish.
import type { Me } from '../api/types.ts'
import { daySheetPath, mySheetsPath } from '../api/road-api.ts'
import { workspacePath } from '../api/workspace-resource.ts'

export const PREFETCH_WORKSPACES = 3
/** Shows looked at per workspace: a whole tour leg and more. */
export const PREFETCH_SHOWS = 60

export interface PrefetchResult {
  /** Every GET made, in order. */
  fetched: string[]
  /** Shows whose agreed set list (and the rest of their page) is now saved. */
  shows: number
  /** My day sheets of the next days (issue 15) now saved, with the list that leads to them. */
  days: number
  /** False when a read failed on the way (no connection, a server error): worth running again. */
  complete: boolean
}

/** The day before the server's date (YYYY-MM-DD): a show tonight on a venue's clock west of UTC still counts as upcoming. */
export function upcomingFrom(serverNow: string): string {
  const day = new Date(`${serverNow.slice(0, 10)}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() - 1)
  return day.toISOString().slice(0, 10)
}

/**
 * The reads of a show's page (features/shows/show-detail-page.tsx and its panels) beyond the
 * workspace shell: the show, its set list, what was played, its tour, and once something was
 * played there the act's play history. Keep in step with the page.
 */
export function showPageReads(ws: string, show: { id: string; tourId: string | null; actId: string }, hasPlayed = false): string[] {
  const showPath = `/shows/${encodeURIComponent(show.id)}`
  return [
    workspacePath(ws, showPath),
    workspacePath(ws, `${showPath}/setlist`),
    // The page asks what was played only when it is recorded (the show says so): no 404 to warm.
    ...(hasPlayed ? [workspacePath(ws, `${showPath}/played`)] : []),
    ...(show.tourId ? [workspacePath(ws, `/tours/${encodeURIComponent(show.tourId)}`)] : []),
    ...(hasPlayed ? [workspacePath(ws, `/acts/${encodeURIComponent(show.actId)}/play-history`)] : []),
  ]
}

/** The device's own zone: day sheets are read with it, so the saved answer is the one the page asks for. */
const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone

/**
 * The GETs to warm, in order: the session and each workspace's shell, my day sheets of the next
 * days (the server picks them: ADR 034), its upcoming shows, then each page of a show with a set list.
 */
export async function prefetchUpcomingSetlists(me: Me, fetcher: typeof fetch = fetch, zone: string = deviceZone()): Promise<PrefetchResult> {
  const fetched: string[] = []
  let failures = 0
  let saved = 0
  let days = 0
  const seen = new Set<string>()
  /** A read; a refusal that is an answer (404: none applied, not recorded) is not a failure. */
  const get = async (url: string): Promise<Response | null> => {
    fetched.push(url)
    seen.add(url)
    try {
      const response = await fetcher(url, { credentials: 'same-origin', headers: { accept: 'application/json' } })
      if (!response.ok && response.status !== 404) failures++
      return response
    } catch {
      failures++
      return null
    }
  }
  const json = async <T>(response: Response | null): Promise<T | null> => (response?.ok ? ((await response.json()) as T) : null)

  await get('/api/me')
  const health = await json<{ now: string }>(await get('/api/health'))
  if (!health) return { fetched, shows: 0, days: 0, complete: false }
  const from = upcomingFrom(health.now)

  for (const workspace of me.workspaces.slice(0, PREFETCH_WORKSPACES)) {
    await get(workspacePath(workspace.slug))
    const sheets = await json<Array<{ dayId: string }>>(await get(mySheetsPath(workspace.slug, zone)))
    for (const sheet of sheets ?? []) if ((await get(daySheetPath(workspace.slug, sheet.dayId, zone)))?.ok) days++
    const shows = await json<Array<{ id: string; status?: string }>>(await get(workspacePath(workspace.slug, `/shows?from=${from}`)))
    if (!shows) continue
    const upcoming = shows.filter((show) => show.status !== 'cancelled').slice(0, PREFETCH_SHOWS)
    // One at a time: this runs in the background and must not crowd out what the user opens.
    for (const summary of upcoming) {
      const before = failures
      // The show says whether a set list is applied: only those are kept (asking the others would be a 404).
      const show = await json<{ id: string; tourId: string | null; actId: string; setlistVersionId: string | null; playedRecorded?: boolean }>(
        await get(workspacePath(workspace.slug, `/shows/${encodeURIComponent(summary.id)}`)),
      )
      if (!show?.setlistVersionId) continue
      const setlist = await get(workspacePath(workspace.slug, `/shows/${encodeURIComponent(show.id)}/setlist`))
      if (!setlist?.ok) continue
      // The rest of its page; a tour (or an act's play history) once for all its shows.
      const played = show.playedRecorded ? await get(workspacePath(workspace.slug, `/shows/${encodeURIComponent(show.id)}/played`)) : null
      for (const url of showPageReads(workspace.slug, show, played?.ok === true)) if (!seen.has(url)) await get(url)
      if (failures === before) saved++
    }
  }
  return { fetched, shows: saved, days, complete: failures === 0 }
}
