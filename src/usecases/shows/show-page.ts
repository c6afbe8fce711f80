import type { ShowPage } from '../../contract/show-page.ts'
import type { Show } from '../../contract/touring.ts'
import { ForbiddenError, NotFoundError } from '../../domain/errors.ts'
import { readScope, type Resource } from '../../domain/permissions.ts'
import { getShowAdvance } from '../advance/advance.ts'
import { listPromoterLinks } from '../advance/promoter-links.ts'
import type { Actor, Deps } from '../deps.ts'
import { getGuestList } from '../guests/guest-list.ts'
import { actPlayHistory } from '../played/play-history.ts'
import { getPlayedSetlist } from '../played/played-setlist.ts'
import { listDays } from '../road/days.ts'
import { getShowSetlist } from '../setlists/apply-setlist.ts'
import { getTour } from '../tours/list-tours.ts'
import { getShow } from './list-shows.ts'
import { getShowTickets } from './show-tickets.ts'

type PartName = Exclude<keyof ShowPage, 'show'>

interface Part<K extends PartName> {
  /** The route whose answer this part is (under /api/workspaces/:workspaceId). */
  route: string
  /** The resource of the permission table that route's gate checks (http/route-resources.ts; show-page.test.ts compares them). */
  resource: Resource
  /** Whether the page needs it for this show at all (the show says when there is nothing to read). */
  wanted: (show: Show) => boolean
  /** The route's own use case: every rule of what this reader sees is there, none here. */
  read: (deps: Deps, actor: Actor, show: Show) => Promise<NonNullable<ShowPage[K]>>
}

/** The parts of a show's page beside the show, each the answer of its own route for the same reader. */
export const SHOW_PAGE_PARTS: { [K in PartName]: Part<K> } = {
  tour: { route: '/tours/:tourId', resource: 'tours', wanted: (s) => s.tourId !== null, read: (deps, actor, s) => getTour(deps, actor, s.tourId!) },
  days: { route: '/days', resource: 'road', wanted: () => true, read: (deps, actor, s) => listDays(deps, actor, { from: s.localDate, to: s.localDate }) },
  tickets: { route: '/shows/:showId/tickets', resource: 'shows', wanted: () => true, read: (deps, actor, s) => getShowTickets(deps, actor, s.id) },
  advance: { route: '/shows/:showId/advance', resource: 'advance', wanted: () => true, read: (deps, actor, s) => getShowAdvance(deps, actor, s.id) },
  promoterLinks: {
    route: '/shows/:showId/promoter-links',
    resource: 'promoter-links',
    wanted: () => true,
    read: (deps, actor, s) => listPromoterLinks(deps, actor, s.id),
  },
  setlist: {
    route: '/shows/:showId/setlist',
    resource: 'setlists',
    wanted: (s) => s.setlistVersionId !== null,
    read: (deps, actor, s) => getShowSetlist(deps, actor, s.id),
  },
  played: {
    route: '/shows/:showId/played',
    resource: 'played',
    wanted: (s) => s.playedRecorded,
    read: (deps, actor, s) => getPlayedSetlist(deps, actor, s.id),
  },
  playHistory: {
    route: '/acts/:actId/play-history',
    resource: 'played',
    wanted: (s) => s.playedRecorded,
    read: (deps, actor, s) => actPlayHistory(deps, actor, s.actId),
  },
  guests: { route: '/shows/:showId/guests', resource: 'guests', wanted: () => true, read: (deps, actor, s) => getGuestList(deps, actor, s.id) },
}

/** A part's answer, or undefined where its route would answer 403 (its gate or its use case) or 404. */
async function readPart<K extends PartName>(deps: Deps, actor: Actor, show: Show, part: Part<K>): Promise<ShowPage[K] | undefined> {
  if (!part.wanted(show)) return undefined
  // the gate every workspace route passes first (http/route-resources.ts): none answers 403 there
  if (readScope(actor.role, part.resource) === 'none') return undefined
  try {
    return await part.read(deps, actor, show)
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return undefined
    throw error
  }
}

/**
 * A show with what its page shows (ADR 054), for one request and one render instead of ten: the show
 * as GET /shows/:showId answers it (so 404 where that route answers 404: a show a limited reader may
 * not see does not exist here either), then each part as its own route answers this reader, left out
 * where that route would refuse or find nothing.
 */
export async function getShowPage(deps: Deps, actor: Actor, showId: string): Promise<ShowPage> {
  const show = await getShow(deps, actor, showId)
  const names = Object.keys(SHOW_PAGE_PARTS) as PartName[]
  const answers = await Promise.all(names.map((name) => readPart(deps, actor, show, SHOW_PAGE_PARTS[name] as Part<typeof name>)))
  const page: ShowPage = { show }
  names.forEach((name, i) => {
    if (answers[i] !== undefined) (page as Record<PartName, unknown>)[name] = answers[i]
  })
  return page
}
