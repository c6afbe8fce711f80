import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { ConflictView, Show, UpdateShowBodySchema } from '../../contract/touring.ts'
import type { Db } from '../../db/client.ts'
import { FOREIGN_KEY_VIOLATION, sqlState, UNIQUE_VIOLATION } from '../../db/errors.ts'
import { getStoredShow, showVisibility } from '../../db/queries/shows.ts'
import { showForTickets } from '../../db/queries/tickets.ts'
import { businessAfterEdit } from '../../domain/tickets.ts'
import { showBillingRows, showLineupRows, showRows } from '../../db/writes/documents.ts'
import { ConflictError } from '../../domain/errors.ts'
import { isPublic, type ShowVisibility } from '../../domain/public-shows.ts'
import { assertWritesAll } from '../authorize.ts'
import { guardConflicts } from '../calendar/find-conflicts.ts'
import type { Actor, Deps } from '../deps.ts'
import { deleteOrExplain, finishVersionedWrite } from '../versioned-write.ts'
import { loadShow } from './list-shows.ts'
import { bookingChange, type BookingChange, type BookingState } from '../../domain/notification-kinds.ts'
import { tellAboutBooking } from '../notifications/booking-notices.ts'
import { newConflicts, showBooking, showConflicts, storedShowConflicts } from './show-conflicts.ts'
import { checkShowBody, type CheckedShow, type ShowBodyInput as Body } from './show-issues.ts'

type UpdateBody = z.output<typeof UpdateShowBodySchema>

/** The stored columns of a show; the instants are derived from its local times on every write (ADR 005). */
function columns(body: Body, checked: CheckedShow) {
  return {
    actId: body.actId,
    tourId: body.tourId ?? null,
    legId: body.legId ?? null,
    venueId: body.venueId,
    localDate: body.localDate,
    loadIn: body.loadIn ?? null,
    soundcheck: body.soundcheck ?? null,
    doors: body.doors ?? null,
    setStart: body.setStart ?? null,
    curfew: body.curfew ?? null,
    startsAt: checked.startsAt,
    endsAt: checked.endsAt,
    status: body.status,
    announcement: body.announcement,
    announceAt: body.announceAt ? new Date(body.announceAt) : null,
    notes: body.notes ?? '',
  }
}

/** Replaces the bill and the lineup wholesale, in the body's order. */
async function writeBillingAndLineup(db: Db, workspaceId: string, showId: string, body: Body): Promise<void> {
  await showBillingRows.clear(db, workspaceId, showId)
  await showLineupRows.clear(db, workspaceId, showId)
  await showBillingRows.insert(
    db,
    body.billing.map((b, position) => ({ workspaceId, showId, actId: b.actId, role: b.role, position })),
  )
  await showLineupRows.insert(
    db,
    body.lineup.map((l, position) => ({ workspaceId, showId, personId: l.personId, role: l.role, position })),
  )
}

/**
 * Runs inside the write's transaction, after the show is written: conflicts the write brings are
 * refused (409 listing them, rolling the write back) unless acknowledged, then recorded. Conflicts
 * the show already had before this write were decided on then and do not block editing its notes.
 */
async function guardShowConflicts(
  deps: Deps,
  actor: Actor,
  opts: { showId: string; body: Body; checked: CheckedShow; before: readonly ConflictView[] },
): Promise<string | null> {
  const booking = showBooking({ id: opts.showId, actId: opts.body.actId, startsAt: opts.checked.startsAt, endsAt: opts.checked.endsAt }, opts.checked.venue)
  const after = await showConflicts(deps, actor, { booking, status: opts.body.status, personIds: opts.body.lineup.map((l) => l.personId) })
  const conflicts = newConflicts(opts.before, after)
  return guardConflicts(deps.db, actor, {
    bookingKind: 'show',
    bookingId: opts.showId,
    conflicts,
    acknowledged: opts.body.acknowledgeConflicts,
    now: deps.clock.now(),
  })
}

/** The parts of a show its lineup is told of when they change (ADR 041). */
function bookingStateOf(s: {
  localDate: string
  venueId: string
  startsAt: Date
  endsAt: Date
  status: string
  loadIn: string | null
  soundcheck: string | null
  doors: string | null
  setStart: string | null
  curfew: string | null
}): BookingState {
  return {
    date: s.localDate,
    placeId: s.venueId,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    times: [s.loadIn, s.soundcheck, s.doors, s.setStart, s.curfew].join(' '),
    cancelled: s.status === 'cancelled',
  }
}

/** After the commit: the lineup is told of a change that matters, the people in a new conflict (and managers) of it. */
async function tellAboutShow(deps: Deps, actor: Actor, showId: string, version: number, news: { change: BookingChange | null; overrideId: string | null }) {
  if (news.change) await tellAboutBooking(deps, actor, { kind: 'show.changed', showId, change: news.change, version })
  if (news.overrideId) await tellAboutBooking(deps, actor, { kind: 'conflict.new', overrideId: news.overrideId })
}

/** Something the show names was removed or changed by someone else between our check and our write. */
async function orConflict<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (err) {
    const state = sqlState(err)
    if (state === FOREIGN_KEY_VIOLATION || state === UNIQUE_VIOLATION)
      throw new ConflictError('A venue, tour, leg, act or person this show names was changed by someone else meanwhile; reload and try again.')
    throw err
  }
}

export async function createShow(deps: Deps, actor: Actor, body: Body): Promise<Show> {
  assertWritesAll(actor, 'shows')
  const now = deps.clock.now()
  const id = uuidv7()
  let told: { change: BookingChange | null; overrideId: string | null } = { change: null, overrideId: null }
  await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const checked = await checkShowBody(tx, actor.workspaceId, body)
      const cols = columns(body, checked)
      await showRows.insert(tx, { workspaceId: actor.workspaceId, id, ...cols, createdAt: now, updatedAt: now })
      await writeBillingAndLineup(tx, actor.workspaceId, id, body)
      const overrideId = await guardShowConflicts({ ...deps, db: tx }, actor, { showId: id, body, checked, before: [] })
      told = { change: bookingChange(null, bookingStateOf(cols)), overrideId }
    }),
  )
  await tellAboutShow(deps, actor, id, 1, told)
  return (await loadShow(deps, actor, id))!
}

/** A public show given another date or venue is rescheduled or moved, its earlier date or place kept (tickets.ts). */
async function publicChange(db: Db, workspaceId: string, showId: string, body: Body, now: Date) {
  const prior = await showForTickets(db, workspaceId, showId)
  if (!prior) return {}
  return businessAfterEdit(prior, body, isPublic(prior, now)) ?? {}
}

/** Replaces the show (times, status, announcement, bill, lineup) under its version; every change raises the version. */
export async function updateShow(deps: Deps, actor: Actor, showId: string, body: UpdateBody): Promise<Show> {
  assertWritesAll(actor, 'shows')
  const ws = actor.workspaceId
  let news: { change: BookingChange | null; overrideId: string | null } = { change: null, overrideId: null }
  const updatedRows = await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const stored = await getStoredShow(tx, ws, showId)
      // A stale write is answered with the current show before its content is judged against it.
      if (!stored || stored.version !== body.version) return 0
      const checked = await checkShowBody(tx, ws, body)
      const before = await storedShowConflicts({ ...deps, db: tx }, actor, stored)
      const told = await publicChange(tx, ws, showId, body, deps.clock.now())
      const cols = columns(body, checked)
      const written = await showRows.update(tx, ws, showId, { ...cols, ...told, updatedAt: deps.clock.now() }, body.version)
      if (written === 0) return 0
      await writeBillingAndLineup(tx, ws, showId, body)
      const overrideId = await guardShowConflicts({ ...deps, db: tx }, actor, { showId, body, checked, before })
      const was = { ...stored, ...stored.times, startsAt: new Date(stored.startsAt), endsAt: new Date(stored.endsAt) }
      news = { change: bookingChange(bookingStateOf(was), bookingStateOf(cols)), overrideId }
      return written
    }),
  )
  if (updatedRows > 0) await tellAboutShow(deps, actor, showId, body.version + 1, news)
  return finishVersionedWrite({ kind: 'show', id: showId, updatedRows, load: () => loadShow(deps, actor, showId) })
}

/**
 * Deletes a show that was never public. A public show is cancelled instead (status cancelled), so
 * the calendars that subscribed to it see STATUS:CANCELLED rather than an event that silently vanishes.
 */
export async function deleteShow(deps: Deps, actor: Actor, showId: string): Promise<void> {
  assertWritesAll(actor, 'shows')
  const stored = await showVisibility(deps.db, actor.workspaceId, showId)
  if (stored && isPublic(stored as ShowVisibility, deps.clock.now())) {
    throw new ConflictError("This show is public: cancel it (status cancelled) instead of deleting it, so fans' calendars show it as cancelled.", [
      { path: 'status', message: 'set to cancelled instead' },
    ])
  }
  await deleteOrExplain('show', 'other records', () => showRows.delete(deps.db, actor.workspaceId, showId), showId)
}
