import { grantOf } from './permissions.ts'
import type { WorkspaceRole } from './roles.ts'

/**
 * The notification kinds about bookings and rights (issue 14 point 2, ADR 041): what changed, who
 * may be told (the permission table), and the inbox line. Pure.
 */
export type BookingChange = 'created' | 'moved' | 'retimed' | 'cancelled'

/** The parts of a show or commitment whose change people are told of. */
export interface BookingState {
  /** the date and place: a change is a move */
  date: string
  placeId: string | null
  /** the instants (and local times): a change is a re-timing */
  startsAt: Date
  endsAt: Date
  times: string
  cancelled: boolean
}

/** What a write did to a booking that its people should hear of, or null (notes, the lineup, the bill only). */
export function bookingChange(before: BookingState | null, after: BookingState): BookingChange | null {
  if (!before) return after.cancelled ? null : 'created'
  if (after.cancelled && !before.cancelled) return 'cancelled'
  if (after.cancelled) return null
  if (before.date !== after.date || before.placeId !== after.placeId) return 'moved'
  if (before.startsAt.getTime() !== after.startsAt.getTime() || before.endsAt.getTime() !== after.endsAt.getTime() || before.times !== after.times)
    return 'retimed'
  return before.cancelled ? 'created' : null
}

/**
 * A show reaches a role that reads every show; a role that reads only public shows (a viewer) is
 * told only once the show is public (announced, or embargoed past its announce time).
 */
export function mayBeToldOfShow(role: WorkspaceRole | null, publicNow: boolean): boolean {
  if (role === null) return false
  const read = grantOf(role, 'shows').read
  return read === 'all' || (read === 'limited' && publicNow)
}

/** A commitment reaches a role that reads every commitment, or one that reads its own and attends it. */
export function mayBeToldOfCommitment(role: WorkspaceRole | null, attends: boolean): boolean {
  if (role === null) return false
  const read = grantOf(role, 'commitments').read
  return read === 'all' || (read === 'own' && attends)
}

/** Conflicts are read with every show and commitment (a limited reader sees no conflicts). */
export function mayBeToldOfConflict(role: WorkspaceRole | null): boolean {
  return role !== null && grantOf(role, 'shows').read === 'all' && grantOf(role, 'commitments').read === 'all'
}

/** Holds are read with the rights. */
export function mayBeToldOfHold(role: WorkspaceRole | null): boolean {
  return role !== null && grantOf(role, 'rights').read !== 'none'
}

/** The roles told of every new conflict besides the people in it. */
export function managesConflicts(role: WorkspaceRole | null): boolean {
  return role === 'owner' || role === 'manager'
}

const CHANGED: Record<BookingChange, string> = { created: 'is booked', moved: 'was moved', retimed: 'was re-timed', cancelled: 'was cancelled' }

/** "The Houston show on 2013-06-12 was moved: now 2013-06-13 at House of Blues, set 21:00". */
export function bookingTitle(
  what: 'show' | 'commitment',
  change: BookingChange,
  p: { name: string; date: string; place: string; time: string | null },
): string {
  const head = what === 'show' ? `The ${p.name} show on ${p.date}` : `“${p.name}” on ${p.date}`
  if (change === 'cancelled') return `${head} was cancelled`
  const at = `${p.date}${p.place ? ` at ${p.place}` : ''}${p.time ? `, ${what === 'show' ? 'set ' : ''}${p.time}` : ''}`
  return change === 'created'
    ? `${head} ${CHANGED.created}${p.place ? ` at ${p.place}` : ''}`
    : `${head.replace(` on ${p.date}`, '')} ${CHANGED[change]}: now ${at}`
}

/** Hold reminders: 30 days before a hold's last day, 7 days before, and the day after it (free and clear). */
export type HoldStage = 'in-30-days' | 'in-7-days' | 'free'

/**
 * Which reminder is due on `today` for a hold whose last day is `endsOn`: the one whose window
 * today is in (a day the daily job missed is caught up the next day; each stage is sent once).
 */
export function holdStage(endsOn: string, today: string): HoldStage | null {
  const days = Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000)
  if (days < 0) return days >= -7 ? 'free' : null
  if (days <= 7) return 'in-7-days'
  if (days <= 30) return 'in-30-days'
  return null
}

/** The inbox line of a hold reminder: "The Columbia hold on “Halfway There” ends on 2013-06-10 (within 7 days)". */
export function holdTitle(stage: HoldStage, p: { workTitle: string; holder: string; endsOn: string }): string {
  if (stage === 'free') return `“${p.workTitle}” is free and clear: the ${p.holder} hold ended on ${p.endsOn}`
  return `The ${p.holder} hold on “${p.workTitle}” ends on ${p.endsOn} (${stage === 'in-7-days' ? 'within 7 days' : 'within 30 days'})`
}
