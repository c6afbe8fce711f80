import { uuidv7 } from 'uuidv7'
import type { ConflictView } from '../../contract/touring.ts'
import { findPersonIdOfUser } from '../../db/queries/accounts.ts'
import { insertNotifications, rolesOfPeople } from '../../db/queries/notifications.ts'
import { commitmentForNotice, conflictOverrideRow, peopleWithRoles, showForNotice } from '../../db/queries/notify.ts'
import {
  bookingTitle,
  managesConflicts,
  mayBeToldOfCommitment,
  mayBeToldOfConflict,
  mayBeToldOfShow,
  type BookingChange,
} from '../../domain/notification-kinds.ts'
import type { NotificationKind } from '../../domain/notifications.ts'
import { isPublic } from '../../domain/public-shows.ts'
import type { AnnouncementState, ShowStatus } from '../../domain/touring.ts'
import type { Actor, Deps } from '../deps.ts'
import { mailNotice } from '../mail/notice-mail.ts'
import { pushNotice } from '../push/push-notice.ts'

/**
 * Notices about shows, commitments and conflicts (issue 14 point 2, ADR 041): queued by the write
 * after its commit, with ids only; the notify job reads the rest and decides who is told.
 */
export interface ShowNotice {
  workspaceId: string
  kind: 'show.changed'
  showId: string
  change: BookingChange
  /** The show's version after the write: one notification per person and version. */
  version: number
  actorUserId: string
}

export interface CommitmentNotice {
  workspaceId: string
  kind: 'commitment.changed'
  commitmentId: string
  change: BookingChange
  version: number
  actorUserId: string
  /** A deleted commitment: what it was, read before the delete (the job finds no row to read). */
  deleted?: DeletedCommitment
}

/** What the people of a deleted commitment are told of it. */
export interface DeletedCommitment {
  title: string
  startDate: string
  startTime: string | null
  locationName: string
  people: string[]
}

export interface ConflictNotice {
  workspaceId: string
  kind: 'conflict.new'
  /** The conflict override the write recorded (the conflicts it brought, acknowledged). */
  overrideId: string
  actorUserId: string
}

export type BookingNotice = ShowNotice | CommitmentNotice | ConflictNotice

/** One event to tell people of, in the inbox and by email (by their settings). */
export async function tellPeople(
  deps: Deps,
  n: {
    workspaceId: string
    kind: NotificationKind
    personIds: string[]
    dedupeKey: string
    title: string
    link: string
    actorPersonId: string | null
    thing: string
    thingName: string
    target: string
  },
): Promise<number> {
  if (n.personIds.length === 0) return 0
  const written = await insertNotifications(
    deps.db,
    n.personIds.map((personId) => ({
      workspaceId: n.workspaceId,
      id: uuidv7(),
      personId,
      kind: n.kind,
      dedupeKey: n.dedupeKey,
      title: n.title,
      link: n.link,
      actorPersonId: n.actorPersonId,
      createdAt: deps.clock.now(),
    })),
  )
  if (written > 0) await deps.events?.publish({ workspaceId: n.workspaceId, kind: 'notification' })
  await mailNotice(deps, {
    workspaceId: n.workspaceId,
    kind: n.kind,
    personIds: n.personIds,
    dedupeKey: n.dedupeKey,
    title: n.title,
    link: n.link,
    actorName: '',
    target: n.target,
    thing: n.thing,
    thingName: n.thingName,
  })
  // and to their devices (ADR 044), like the set-list notices
  await pushNotice(deps, { workspaceId: n.workspaceId, kind: n.kind, personIds: n.personIds, dedupeKey: n.dedupeKey, title: n.title, link: n.link })
  return written
}

/** The people on a show (its lineup) but the one who changed it; a role that reads only public shows hears nothing until the show is public. */
export async function writeShowNotifications(deps: Deps, notice: ShowNotice): Promise<number> {
  const ws = notice.workspaceId
  const show = await showForNotice(deps.db, ws, notice.showId)
  if (!show || show.version !== notice.version) return 0 // gone, or changed again since: that write tells its own news
  const now = deps.clock.now()
  const publicNow = isPublic({ status: show.status as ShowStatus, announcement: show.announcement as AnnouncementState, announceAt: show.announceAt }, now)
  const actor = await findPersonIdOfUser(deps.db, ws, notice.actorUserId)
  const candidates = show.lineup.filter((p) => p !== actor)
  const roles = await rolesOfPeople(deps.db, ws, candidates)
  const told = candidates.filter((p) => mayBeToldOfShow(roles.get(p) ?? null, publicNow))
  // an embargoed show: those held back hear of it at its announce time (the same notice, run again then)
  const heldBack = candidates.some((p) => !told.includes(p) && mayBeToldOfShow(roles.get(p) ?? null, true))
  if (heldBack && show.announcement === 'embargoed' && show.announceAt && show.announceAt.getTime() > now.getTime() && deps.jobs)
    await deps.jobs.send(BOOKING_NOTIFY_JOB, notice, { startAfter: new Date(Date.now() + (show.announceAt.getTime() - now.getTime())) })
  const title = bookingTitle('show', notice.change, { name: show.city, date: show.localDate, place: show.venueName, time: show.setStart })
  return tellPeople(deps, {
    workspaceId: ws,
    kind: 'show.changed',
    personIds: told,
    dedupeKey: `show.changed:${show.id}:${notice.version}`,
    title,
    link: `/shows/${show.id}`,
    actorPersonId: actor,
    thing: `show:${show.id}`,
    thingName: `the ${show.city} show`,
    target: show.city,
  })
}

/** The people on a commitment but the one who changed it, by the permission table (a limited reader only of their own). */
export async function writeCommitmentNotifications(deps: Deps, notice: CommitmentNotice): Promise<number> {
  const ws = notice.workspaceId
  const c = notice.deleted
    ? { id: notice.commitmentId, version: notice.version, ...notice.deleted }
    : await commitmentForNotice(deps.db, ws, notice.commitmentId)
  if (!c || c.version !== notice.version) return 0
  const actor = await findPersonIdOfUser(deps.db, ws, notice.actorUserId)
  const candidates = c.people.filter((p) => p !== actor)
  const roles = await rolesOfPeople(deps.db, ws, candidates)
  const told = candidates.filter((p) => mayBeToldOfCommitment(roles.get(p) ?? null, true))
  return tellPeople(deps, {
    workspaceId: ws,
    kind: 'commitment.changed',
    personIds: told,
    dedupeKey: `commitment.changed:${c.id}:${notice.deleted ? 'deleted' : notice.version}`,
    title: bookingTitle('commitment', notice.change, { name: c.title, date: c.startDate, place: c.locationName, time: c.startTime }),
    // a deleted commitment has no page of its own: the list it was on
    link: notice.deleted ? '/commitments' : `/commitments/${c.id}`,
    actorPersonId: actor,
    thing: `commitment:${c.id}`,
    thingName: `“${c.title}”`,
    target: c.title,
  })
}

/** A new conflict: the person in it, and the workspace's owners and managers, if their role reads conflicts. */
export async function writeConflictNotifications(deps: Deps, notice: ConflictNotice): Promise<number> {
  const ws = notice.workspaceId
  const row = await conflictOverrideRow(deps.db, ws, notice.overrideId)
  if (!row) return 0
  const conflicts = row.conflicts as ConflictView[]
  const managers = await peopleWithRoles(deps.db, ws, ['owner', 'manager'])
  const actor = await findPersonIdOfUser(deps.db, ws, notice.actorUserId)
  let written = 0
  for (const [i, c] of conflicts.entries()) {
    const candidates = [...new Set([c.personId, ...managers])]
    const roles = await rolesOfPeople(deps.db, ws, candidates)
    const told = candidates.filter((p) => {
      const role = roles.get(p) ?? null
      return mayBeToldOfConflict(role) && (p === c.personId || managesConflicts(role)) && !(p === actor && p !== c.personId)
    })
    written += await tellPeople(deps, {
      workspaceId: ws,
      kind: 'conflict.new',
      personIds: told,
      dedupeKey: `conflict.new:${row.id}:${i}`,
      title: `New conflict for ${c.personName}: ${c.message}`,
      link: '/conflicts',
      actorPersonId: actor,
      thing: `${row.bookingKind}:${row.bookingId}:conflicts`,
      thingName: `the conflicts of one booking`,
      target: c.personName,
    })
  }
  return written
}

/** Notify jobs for bookings (ADR 029/041): the same retries as the set-list notices. */
export const BOOKING_NOTIFY_JOB = { name: 'notify-booking', retryLimit: 5, retryDelaySeconds: 5, expireInSeconds: 120, concurrency: 1 }

/** Queues a booking notice after the write has committed; without a queue (use-case tests), nothing. */
export async function tellAboutBooking(
  deps: Deps,
  actor: Actor,
  notice:
    | Omit<ShowNotice, 'actorUserId' | 'workspaceId'>
    | Omit<CommitmentNotice, 'actorUserId' | 'workspaceId'>
    | Omit<ConflictNotice, 'actorUserId' | 'workspaceId'>,
): Promise<void> {
  await deps.jobs?.send(BOOKING_NOTIFY_JOB, { ...notice, workspaceId: actor.workspaceId, actorUserId: actor.userId } as BookingNotice)
}

export async function runBookingNotice(deps: Deps, notice: BookingNotice): Promise<number> {
  switch (notice.kind) {
    case 'show.changed':
      return writeShowNotifications(deps, notice)
    case 'commitment.changed':
      return writeCommitmentNotifications(deps, notice)
    case 'conflict.new':
      return writeConflictNotifications(deps, notice)
  }
}
