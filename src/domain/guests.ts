import type { FieldIssue } from './errors.ts'
import { localToInstant } from './local-time.ts'

/**
 * The guest list of a show (issue 16, point 3; ADR 038): who may bring how many, what was asked,
 * what a manager decided, who came in. Pure rules; the use cases in usecases/guests/ apply them.
 */
export const PASS_TYPES = ['guest', 'press', 'industry', 'vip', 'meet-and-greet', 'working'] as const
export type PassType = (typeof PASS_TYPES)[number]

export const PASS_TYPE_LABELS: Record<PassType, string> = {
  guest: 'Guest',
  press: 'Press',
  industry: 'Industry',
  vip: 'VIP',
  'meet-and-greet': 'Meet & greet',
  working: 'Working',
}

export const REQUEST_STATUSES = ['pending', 'approved', 'denied'] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]

/** The most one allotment may hold, and the most +N on one request. */
export const HEAD_LIMIT_MAX = 500
export const PLUS_N_MAX = 20

/**
 * The allotment of anyone who has none set for the show (a band from zero, or a member the manager
 * did not list): two heads (one guest +1, or two single guests) on guest passes.
 */
export const DEFAULT_ALLOTMENT: { headLimit: number; passTypes: PassType[] } = { headLimit: 2, passTypes: ['guest'] }

export interface Allotment {
  personId: string | null
  actId: string | null
  headLimit: number
  passTypes: PassType[]
}

/** Heads a request takes: the named guest and their +N. */
export const headsOf = (r: { plusN: number }): number => 1 + r.plusN

/** A denied request frees its heads; a pending one holds them until decided. */
export const holdsHeads = (r: { status: RequestStatus }): boolean => r.status !== 'denied'

export type AllotmentKey = `person:${string}` | `act:${string}` | `user:${string}` | 'managers'

/**
 * The allotment a request is charged to: the requester's own when the show lists one, else the
 * first listed party (act) they belong to, else the default (their person's, or their account's when
 * they have no person in the workspace).
 */
export function allotmentFor(
  allotments: readonly Allotment[],
  who: { userId: string; personId: string | null; actIds: ReadonlySet<string> },
): { key: AllotmentKey; allotment: Allotment; isDefault: boolean } {
  const own = who.personId ? allotments.find((a) => a.personId === who.personId) : undefined
  if (own) return { key: `person:${own.personId!}`, allotment: own, isDefault: false }
  const party = allotments.find((a) => a.actId !== null && who.actIds.has(a.actId))
  if (party) return { key: `act:${party.actId!}`, allotment: party, isDefault: false }
  const key: AllotmentKey = who.personId ? `person:${who.personId}` : `user:${who.userId}`
  return { key, allotment: { personId: who.personId, actId: null, ...DEFAULT_ALLOTMENT }, isDefault: true }
}

/** The allotment a key names (a manager filing for a person or a party), or the default. */
export function allotmentOfKey(allotments: readonly Allotment[], key: AllotmentKey): Allotment {
  const [kind, id] = key.split(':') as [string, string | undefined]
  const found = allotments.find((a) => (kind === 'person' && a.personId === id) || (kind === 'act' && a.actId === id))
  return found ?? { personId: kind === 'person' ? (id ?? null) : null, actId: kind === 'act' ? (id ?? null) : null, ...DEFAULT_ALLOTMENT }
}

/** Heads already held on an allotment, leaving out one request (the one being edited). */
export function headsUsed(requests: readonly { id: string; allotment: string; plusN: number; status: RequestStatus }[], key: string, except?: string): number {
  return requests.filter((r) => r.allotment === key && r.id !== except && holdsHeads(r)).reduce((n, r) => n + headsOf(r), 0)
}

/** Why a request does not fit its allotment (type not allowed, or too many heads), naming the field; null when it fits. */
export function allotmentProblem(
  allotment: Allotment,
  used: number,
  ask: { plusN: number; passType: PassType },
): { status: 400 | 409; issue: FieldIssue } | null {
  if (!allotment.passTypes.includes(ask.passType))
    return {
      status: 400,
      issue: { path: 'passType', message: `this allotment allows ${allotment.passTypes.map((t) => PASS_TYPE_LABELS[t]).join(', ') || 'no'} passes` },
    }
  const heads = headsOf(ask)
  if (used + heads > allotment.headLimit)
    return {
      status: 409,
      issue: {
        path: 'plusN',
        message: `over the allotment: ${allotment.headLimit} ${allotment.headLimit === 1 ? 'place' : 'places'}, ${used} already asked for, this asks for ${heads}`,
      },
    }
  return null
}

export interface ListWindow {
  locked: boolean
  cutoffAt: Date | null
  cutoffLocal: string | null
}

/**
 * Whether requests may still be made or changed: never on a locked list (anyone: a manager unlocks
 * first), and after the cut-off only by those who manage the list. The problem names the field of
 * the list that closed it.
 */
export function windowProblem(list: ListWindow, now: Date, managesList: boolean): FieldIssue | null {
  if (list.locked) return { path: 'locked', message: 'the guest list of this show is locked: no more requests or changes' }
  if (!managesList && list.cutoffAt && now.getTime() >= list.cutoffAt.getTime())
    return { path: 'cutoff', message: `the guest list closed at ${list.cutoffLocal!.replace('T', ' ')} (venue time): ask the tour manager` }
  return null
}

/** The cut-off's instant at the venue, or the problem naming `cutoff`. */
export function cutoffInstant(cutoff: string | null, timeZone: string, showEndsAt: Date): { at: Date | null; issue: FieldIssue | null } {
  if (cutoff === null) return { at: null, issue: null }
  const [date, time] = cutoff.split('T') as [string, string]
  const resolved = localToInstant(date, time, timeZone)
  if (!resolved.ok) return { at: null, issue: { path: 'cutoff', message: resolved.message } }
  if (resolved.instant.getTime() > showEndsAt.getTime()) return { at: null, issue: { path: 'cutoff', message: 'the cut-off must be before the show ends' } }
  return { at: resolved.instant, issue: null }
}

/** Allotments as written: one per person or party, each holder known. */
export function allotmentIssues(allotments: readonly { personId?: string | null; actId?: string | null; passTypes: readonly string[] }[]): FieldIssue[] {
  const issues: FieldIssue[] = []
  const seen = new Set<string>()
  allotments.forEach((a, i) => {
    const personId = a.personId ?? null
    const actId = a.actId ?? null
    if ((personId === null) === (actId === null)) {
      issues.push({ path: `allotments.${i}.personId`, message: 'name either a person or a party (act), not both or neither' })
      return
    }
    const key = personId ? `p${personId}` : `a${actId}`
    if (seen.has(key)) issues.push({ path: `allotments.${i}.${personId ? 'personId' : 'actId'}`, message: 'this holder has an allotment already' })
    seen.add(key)
    if (new Set(a.passTypes).size !== a.passTypes.length) issues.push({ path: `allotments.${i}.passTypes`, message: 'a pass type is listed twice' })
  })
  return issues
}

/** The meet & greet slot belongs to that pass type alone, and that type needs one. */
export function meetAndGreetIssue(passType: PassType, time: string | null): FieldIssue | null {
  if (passType === 'meet-and-greet' && time === null)
    return { path: 'meetAndGreetTime', message: 'a meet & greet pass needs its time slot (HH:MM, venue time)' }
  if (passType !== 'meet-and-greet' && time !== null) return { path: 'meetAndGreetTime', message: 'only a meet & greet pass has a time slot' }
  return null
}

export interface TypeCount {
  passType: PassType
  requests: number
  heads: number
  approvedHeads: number
  pendingHeads: number
  admitted: number
}

/** Counts by pass type, every type listed (zeros included), in PASS_TYPES order; denied requests are left out. */
export function countsByType(requests: readonly { passType: PassType; plusN: number; status: RequestStatus; admitted: boolean }[]): TypeCount[] {
  return PASS_TYPES.map((passType) => {
    const mine = requests.filter((r) => r.passType === passType && holdsHeads(r))
    return {
      passType,
      requests: mine.length,
      heads: mine.reduce((n, r) => n + headsOf(r), 0),
      approvedHeads: mine.filter((r) => r.status === 'approved').reduce((n, r) => n + headsOf(r), 0),
      pendingHeads: mine.filter((r) => r.status === 'pending').reduce((n, r) => n + headsOf(r), 0),
      admitted: mine.filter((r) => r.admitted).reduce((n, r) => n + headsOf(r), 0),
    }
  })
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/** The door list's order: by name (accents and case folded), then by id so the order is stable. */
export function byGuestName<T extends { name: string; id: string }>(a: T, b: T): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * What a check-in does to a request that may have one already: the first admits; the same tap sent
 * again (a lost answer, an outbox resend) is the same admission; any other tap, from another phone or
 * a second press, is a conflict: never admitted twice.
 */
export function checkInOutcome(existing: { checkInId: string } | null, checkInId: string): 'admit' | 'same' | 'conflict' {
  if (!existing) return 'admit'
  return existing.checkInId === checkInId ? 'same' : 'conflict'
}
