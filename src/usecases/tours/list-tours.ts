import type { Tour } from '../../contract/touring.ts'
import { getTour as queryOne, listTours as query, type TourListEntry } from '../../db/queries/tours.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'
import { publicShowIds, readerOf } from '../read-access.ts'

const span = (dates: string[]) => ({ showCount: dates.length, firstDate: dates[0] ?? null, lastDate: dates.at(-1) ?? null })

/**
 * What a limited reader (viewer) sees of a tour: no notes on it or its legs, only its public shows,
 * only the legs that have one, and counts and dates from those shows alone; null when none is public.
 */
function limitedTour(tour: Tour, visible: Set<string>): Tour | null {
  const shows = tour.shows.filter((s) => visible.has(s.id))
  if (shows.length === 0) return null
  const legs = tour.legs
    .map((l) => ({ ...l, notes: '', ...span(shows.filter((s) => s.legId === l.id).map((s) => s.localDate)) }))
    .filter((l) => l.showCount > 0)
  return { ...tour, notes: '', legs, shows }
}

export async function listTours(deps: Deps, actor: Actor, opts: { q?: string; actId?: string }): Promise<TourListEntry[]> {
  const reader = await readerOf(deps, actor, 'tours')
  const entries = await query(deps.db, actor.workspaceId, opts)
  if (reader.whole) return entries
  const visible = await publicShowIds(deps, actor.workspaceId)
  const limited: TourListEntry[] = []
  for (const entry of entries) {
    const tour = await queryOne(deps.db, actor.workspaceId, entry.id)
    const seen = tour && limitedTour(tour, visible)
    if (seen) limited.push({ ...entry, ...span(seen.shows.map((s) => s.localDate).sort()) })
  }
  return limited.sort((a, b) => (a.firstDate ?? '\uffff').localeCompare(b.firstDate ?? '\uffff'))
}

export async function getTour(deps: Deps, actor: Actor, tourId: string): Promise<Tour> {
  const reader = await readerOf(deps, actor, 'tours')
  const tour = await queryOne(deps.db, actor.workspaceId, tourId)
  const seen = tour && (reader.whole ? tour : limitedTour(tour, await publicShowIds(deps, actor.workspaceId)))
  if (!seen) throw new NotFoundError('tour', tourId)
  return seen
}
