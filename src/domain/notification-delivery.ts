import { Temporal } from 'temporal-polyfill'

/**
 * When a notification's email goes (issue 14 point 3, ADR 041): pure rules on a given clock.
 * - per person, kind and channel: `immediately`, in the daily `digest` (at a time of the person's
 *   choosing, in their own zone), or `off`;
 * - quiet hours (a start and an end on the person's clock, possibly across midnight): what would go
 *   inside them waits until they end, then goes as one message;
 * - bundling: a message about a thing (a set list, a show) that follows one about the same thing
 *   within ten minutes waits until ten minutes pass with no further change, then the changes go as
 *   one message ("3 changes to the Houston set list"). The first message about a thing goes at once.
 */
export const DELIVERY_SETTINGS = ['immediately', 'digest', 'off'] as const
export type DeliverySetting = (typeof DELIVERY_SETTINGS)[number]

/** HH:MM on a 24-hour clock. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/

export interface QuietHours {
  /** HH:MM on the person's clock: from here… */
  start: string
  /** …to here (before the start: the quiet hours span midnight). */
  end: string
}

/** A person's delivery settings, the same for every kind and channel. */
export interface DeliveryProfile {
  /** The person's own IANA zone: digests and quiet hours are on its clock. */
  zone: string
  /** HH:MM: when the daily digest goes. */
  digestTime: string
  quietHours: QuietHours | null
}

/** Before anything is saved: the workspace's zone (else UTC), a digest at 08:00, no quiet hours. */
export function defaultProfile(zone: string | null): DeliveryProfile {
  return { zone: zone ?? 'UTC', digestTime: '08:00', quietHours: null }
}

/** Ten quiet minutes: changes to one thing within them become one message. */
export const BUNDLE_WINDOW_MS = 10 * 60 * 1000

/**
 * The instant a local wall-clock time happens on a local date. A time the clocks skip (02:30 on a
 * spring-forward night) is the moment after the jump; a time that happens twice is the first.
 */
export function localMoment(date: string, time: string, zone: string): Date {
  const zdt = Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(zone, { disambiguation: 'compatible' })
  return new Date(zdt.epochMilliseconds)
}

function localDateOf(at: Date, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(zone).toPlainDate().toString()
}

function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString()
}

/** The first instant strictly after `after` when the person's clock shows `time`. */
export function nextLocalTime(after: Date, time: string, zone: string): Date {
  const today = localDateOf(after, zone)
  for (let d = -1; d <= 2; d++) {
    const at = localMoment(addDays(today, d), time, zone)
    if (at.getTime() > after.getTime()) return at
  }
  throw new Error(`no ${time} in ${zone} after ${after.toISOString()}`)
}

/** When the quiet hours around `at` end, or null when `at` is outside them. */
export function quietHoursEnd(at: Date, quiet: QuietHours | null, zone: string): Date | null {
  if (!quiet || quiet.start === quiet.end) return null
  const today = localDateOf(at, zone)
  // the quiet spell that began last (yesterday's or today's start) is the one that may hold `at`
  for (const startDay of [today, addDays(today, -1)]) {
    const start = localMoment(startDay, quiet.start, zone)
    if (start.getTime() > at.getTime()) continue
    const endDay = quiet.end > quiet.start ? startDay : addDays(startDay, 1)
    const end = localMoment(endDay, quiet.end, zone)
    return at.getTime() < end.getTime() ? end : null
  }
  return null
}

export type DeliveryPlan =
  /** not by this channel at all */
  | { send: 'never' }
  | { send: 'now' }
  /** waits in the person's queue until `at`, then goes with whatever else is due then */
  | { send: 'later'; at: Date; reason: 'digest' | 'quiet' | 'bundle' }

export interface PlanInput {
  setting: DeliverySetting
  profile: DeliveryProfile
  now: Date
  /** When the last message about the same thing to this person was sent or became due, if any. */
  lastAboutSameThing: Date | null
  /** True when a message about the same thing already waits to be bundled. */
  bundleWaiting: boolean
  /** The quiet time that ends a bundle (BUNDLE_WINDOW_MS unless configured). */
  bundleWindowMs?: number
}

/** When one notification should go to one person on one channel. */
export function planDelivery(p: PlanInput): DeliveryPlan {
  if (p.setting === 'off') return { send: 'never' }
  if (p.setting === 'digest') return { send: 'later', at: nextLocalTime(p.now, p.profile.digestTime, p.profile.zone), reason: 'digest' }
  const windowMs = p.bundleWindowMs ?? BUNDLE_WINDOW_MS
  let plan: DeliveryPlan = { send: 'now' }
  const recent = p.lastAboutSameThing !== null && p.now.getTime() - p.lastAboutSameThing.getTime() < windowMs
  if (p.bundleWaiting || recent) plan = { send: 'later', at: new Date(p.now.getTime() + windowMs), reason: 'bundle' }
  const when = plan.send === 'later' ? plan.at : p.now
  const quietEnd = quietHoursEnd(when, p.profile.quietHours, p.profile.zone)
  if (quietEnd) plan = { send: 'later', at: quietEnd, reason: 'quiet' }
  return plan
}

/** One waiting notification, as the message that carries it sees it. */
export interface WaitingItem {
  /** What it is about, e.g. `setlist:<id>`, `show:<id>`. */
  thing: string
  /** The thing's name in a sentence: "the Houston set list". */
  thingName: string
  title: string
  link: string
  reason: 'digest' | 'quiet' | 'bundle' | 'now'
  createdAt: Date
}

export interface BatchMessage {
  subject: string
  heading: string
  /** One line per notification, oldest first, grouped by thing. */
  lines: { title: string; link: string }[]
  /** The link of the message's button: the one thing's, or the inbox. */
  link: string
}

/** The one message that carries the notifications due together for a person. */
export function composeBatch(items: readonly WaitingItem[], inboxLink: string): BatchMessage {
  if (items.length === 0) throw new Error('an empty batch carries no message')
  const sorted = [...items].sort((a, b) => a.thing.localeCompare(b.thing) || a.createdAt.getTime() - b.createdAt.getTime())
  const things = new Set(sorted.map((i) => i.thing))
  const lines = sorted.map((i) => ({ title: i.title, link: i.link }))
  const n = items.length
  const digest = items.some((i) => i.reason === 'digest')
  if (things.size === 1 && !digest) {
    const first = sorted[0]!
    if (n === 1) return { subject: first.title, heading: first.title, lines, link: first.link }
    const subject = `${n} changes to ${first.thingName}`
    return { subject, heading: subject, lines, link: sorted[sorted.length - 1]!.link }
  }
  const subject = digest ? `Your daily digest: ${n} ${n === 1 ? 'update' : 'updates'}` : `${n} updates while your notifications were quiet`
  return { subject, heading: subject, lines, link: inboxLink }
}
