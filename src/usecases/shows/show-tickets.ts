import type { z } from 'zod'
import type { ShowTickets, TicketsBodySchema } from '../../contract/tickets.ts'
import { showForTickets, type ShowForTickets } from '../../db/queries/tickets.ts'
import { showOfferRows, showRows } from '../../db/writes/documents.ts'
import { NotFoundError, ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { isPublic, offerAvailability, publicStatusOf } from '../../domain/public-shows.ts'
import { checkOffers } from '../../domain/tickets.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { assertShowVisible, readerOf } from '../read-access.ts'
import { finishVersionedWrite } from '../versioned-write.ts'

type Body = z.output<typeof TicketsBodySchema>

function view(showId: string, show: ShowForTickets, now: Date): ShowTickets {
  const visibility = show
  return {
    showId,
    version: show.version,
    lifecycle: show.business.lifecycle,
    status: publicStatusOf(visibility, show.business, now),
    isPublic: isPublic(visibility, now),
    previousDates: show.business.previousDates,
    movedFrom: show.business.movedFrom,
    offers: show.business.offers.map((o) => ({
      kind: o.kind,
      label: o.label,
      url: o.url,
      onSale: o.onSaleLocal,
      onSaleAt: o.onSaleAt?.toISOString() ?? null,
      soldOut: o.soldOut,
      priceMinor: o.priceMinor,
      currency: o.currency,
      availability: offerAvailability(visibility, o, now),
    })),
  }
}

/** A show's offers and public status; a limited reader (viewer) sees them only of a show that is public now. */
export async function getShowTickets(deps: Deps, actor: Actor, showId: string): Promise<ShowTickets> {
  const reader = await readerOf(deps, actor, 'shows')
  await assertShowVisible(deps, reader, showId)
  const show = await showForTickets(deps.db, actor.workspaceId, showId)
  if (!show) throw new NotFoundError('show', showId)
  return view(showId, show, deps.clock.now())
}

/** rescheduled needs an earlier date and moved an earlier place, which the show's own edits record. */
function lifecycleIssues(body: Body, show: ShowForTickets): FieldIssue[] {
  if (body.lifecycle === 'rescheduled' && show.business.previousDates.length === 0)
    return [{ path: 'lifecycle', message: 'change the show’s date to reschedule it; its earlier date is kept then' }]
  if (body.lifecycle === 'moved' && show.business.movedFrom === null)
    return [{ path: 'lifecycle', message: 'change the show’s venue to move it; its earlier venue is kept then' }]
  return []
}

/**
 * Replaces the show's offers and sets what the public is told of its date, under the show's version
 * (raised, so calendars see a new SEQUENCE). Every field is checked before anything is written.
 */
export async function saveShowTickets(deps: Deps, actor: Actor, showId: string, body: Body): Promise<ShowTickets> {
  assertWritesAll(actor, 'shows')
  const ws = actor.workspaceId
  const updatedRows = await deps.db.transaction(async (tx) => {
    const show = await showForTickets(tx, ws, showId)
    if (!show || show.version !== body.version) return 0
    const { offers, issues } = checkOffers(body.offers, { timeZone: show.timeZone, endsAt: show.endsAt })
    const all = [...lifecycleIssues(body, show), ...issues]
    if (all.length) throw new ValidationError(all)
    const written = await showRows.update(tx, ws, showId, { lifecycle: body.lifecycle, updatedAt: deps.clock.now() }, body.version)
    if (written === 0) return 0
    await showOfferRows.replace(
      tx,
      ws,
      showId,
      offers.map((o, position) => ({ workspaceId: ws, showId, position, ...o })),
    )
    return written
  })
  return finishVersionedWrite({
    kind: 'show',
    id: showId,
    updatedRows,
    load: async () => {
      const show = await showForTickets(deps.db, ws, showId)
      return show && view(showId, show, deps.clock.now())
    },
  })
}
