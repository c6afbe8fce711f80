import { findActByHandle, findActInWorkspace, listShowsOfAct } from '../../db/queries/public-shows.ts'
import type { FeedAct, FeedShow } from '../../domain/feeds.ts'
import { NotFoundError } from '../../domain/errors.ts'
import { isPublic } from '../../domain/public-shows.ts'
import { actShowsCalendar } from '../../interop/icalendar/show-calendars.ts'
import { publicShowsDocument } from '../../interop/shows-json.ts'
import { jsonLdForHtml, musicEvents } from '../../interop/schema-org/music-events.ts'
import type { PublicShowsDocument } from '../../contract/public-shows.ts'
import type { Deps } from '../deps.ts'

export type PublicShowsInput =
  /** The public address: the handle an owner claimed for the act (ADR 015). */
  | { handle: string; workspaceSlug?: undefined; actSlug?: undefined }
  /** Inside one workspace, by the act's slug (the CLI, which reads the database directly). */
  | { workspaceSlug: string; actSlug: string; handle?: undefined }

export interface PublicShows {
  act: FeedAct
  /** Only shows that are public at `now`, in time order. */
  shows: FeedShow[]
  now: Date
}

/**
 * The shows an internal act headlines or is billed on that may be public at the clock's now:
 * isPublic decides (announced, or embargoed with the announce time passed; never a hold or an
 * offer), so an embargo lifts by itself. An unknown or outside act is not found.
 */
export async function listPublicShows(deps: Deps, input: PublicShowsInput): Promise<PublicShows> {
  const act =
    input.workspaceSlug !== undefined ? await findActInWorkspace(deps.db, input.workspaceSlug, input.actSlug) : await findActByHandle(deps.db, input.handle)
  if (!act || !act.isInternal) throw new NotFoundError('act', input.handle ?? input.actSlug)
  const now = deps.clock.now()
  const shows = (await listShowsOfAct(deps.db, act)).filter((show) => isPublic(show, now))
  return { act, shows, now }
}

/** The act's public iCalendar feed: what /public/{actSlug}/shows.ics serves and `greenroom export ics` prints. */
export async function publicShowsCalendar(deps: Deps, input: PublicShowsInput & { pageUrl?: string }): Promise<{ act: FeedAct; ics: string }> {
  const { act, shows, now } = await listPublicShows(deps, input)
  return { act, ics: actShowsCalendar({ actName: act.name, shows, stamp: now, pageUrl: input.pageUrl }) }
}

/** The act's public shows as JSON: what /public/{handle}/shows.json serves (the same shows as the .ics). */
export async function publicShowsJson(deps: Deps, input: { handle: string }): Promise<PublicShowsDocument> {
  const { act, shows, now } = await listPublicShows(deps, input)
  return publicShowsDocument({ act: { slug: input.handle, name: act.name }, shows, generatedAt: now })
}

/**
 * What the act's public page shows: its public shows, and the same shows as schema.org MusicEvent
 * JSON-LD (escaped for a script element) for search engines.
 */
export async function publicShowsPage(deps: Deps, input: { handle: string; pageUrl: string }): Promise<PublicShows & { structuredData: string }> {
  const listed = await listPublicShows(deps, input)
  return { ...listed, structuredData: jsonLdForHtml(musicEvents(listed.shows, { pageUrl: input.pageUrl, now: listed.now })) }
}
