import { randomUUID } from 'node:crypto'
import type { Db } from '../db/client.ts'
import {
  acts,
  publicHandles,
  calendarFeeds,
  commitmentPeople,
  commitments,
  people,
  showBilling,
  showLineup,
  shows,
  venues,
  workspaces,
} from '../db/schema/index.ts'
import { addDays, localToInstant, startOfLocalDay } from '../domain/local-time.ts'
import type { AnnouncementState, BillingRole, ShowStatus } from '../domain/touring.ts'
import { newSecret } from '../usecases/auth/session-token.ts'

/**
 * Rows for public-feed tests, inserted straight into the tables (the shows API is built in
 * parallel). Instants are derived as ADR 005 says, with the domain's localToInstant.
 */
const CREATED = new Date('2012-01-01T00:00:00Z')

function instant(date: string, time: string, zone: string): Date {
  const r = localToInstant(date, time, zone)
  if (!r.ok) throw new Error(r.message)
  return r.instant
}

export async function addWorkspace(db: Db, slug = `ws-${randomUUID().slice(0, 8)}`, createdAt = CREATED): Promise<string> {
  const id = randomUUID()
  await db.insert(workspaces).values({ id, slug, name: slug, createdAt })
  return id
}

export async function addAct(db: Db, workspaceId: string, a: { slug: string; name: string; isInternal?: boolean; createdAt?: Date }): Promise<string> {
  const id = randomUUID()
  const at = a.createdAt ?? CREATED
  await db.insert(acts).values({ workspaceId, id, slug: a.slug, name: a.name, kind: 'group', isInternal: a.isInternal ?? true, createdAt: at, updatedAt: at })
  return id
}

/** Gives an act its public page /public/{handle}, as an owner claiming it would (ADR 015). */
export async function claimHandle(db: Db, workspaceId: string, actId: string, handle: string): Promise<void> {
  await db.insert(publicHandles).values({ handle, workspaceId, actId, claimedAt: CREATED })
}

export interface VenueInput {
  name: string
  city: string
  country: string
  timeZone: string
  latitude?: number | null
  longitude?: number | null
  address?: string
}

export async function addVenue(db: Db, workspaceId: string, v: VenueInput): Promise<string> {
  const id = randomUUID()
  await db.insert(venues).values({
    workspaceId,
    id,
    name: v.name,
    city: v.city,
    country: v.country,
    timeZone: v.timeZone,
    latitude: v.latitude ?? null,
    longitude: v.longitude ?? null,
    address: v.address ?? '',
  })
  return id
}

export interface ShowInput {
  actId: string
  venueId: string
  timeZone: string
  localDate: string
  loadIn?: string | null
  soundcheck?: string | null
  doors?: string | null
  setStart?: string | null
  curfew?: string | null
  status?: ShowStatus
  announcement?: AnnouncementState
  announceAt?: Date | null
  version?: number
  billing?: { actId: string; role: BillingRole }[]
  lineup?: { personId: string; role: string }[]
}

/** The span ADR 005 gives a show: first given time (not the curfew) to curfew, set start + 2 h, or the day's end. */
export function showSpanOf(s: Pick<ShowInput, 'localDate' | 'timeZone' | 'loadIn' | 'soundcheck' | 'doors' | 'setStart' | 'curfew'>): {
  startsAt: Date
  endsAt: Date
} {
  // Written apart from the domain's showSpan: a time earlier than the one before it is after midnight.
  let afterMidnight = false
  let previous = ''
  const dateOf = (time: string) => {
    if (previous && time < previous) afterMidnight = true
    previous = time
    return afterMidnight ? addDays(s.localDate, 1) : s.localDate
  }
  const on = Object.fromEntries(
    (['loadIn', 'soundcheck', 'doors', 'setStart', 'curfew'] as const).flatMap((f) => (s[f] ? [[f, instant(dateOf(s[f]), s[f], s.timeZone)]] : [])),
  ) as Partial<Record<'loadIn' | 'soundcheck' | 'doors' | 'setStart' | 'curfew', Date>>
  const startsAt = on.loadIn ?? on.soundcheck ?? on.doors ?? on.setStart ?? startOfLocalDay(s.localDate, s.timeZone)
  const endsAt =
    on.curfew ?? (on.setStart ? new Date(on.setStart.getTime() + 2 * 3600_000) : startOfLocalDay(addDays(s.localDate, afterMidnight ? 2 : 1), s.timeZone))
  return { startsAt, endsAt }
}

export async function addShow(db: Db, workspaceId: string, s: ShowInput): Promise<{ id: string; startsAt: Date; endsAt: Date }> {
  const id = randomUUID()
  const span = showSpanOf(s)
  await db.insert(shows).values({
    workspaceId,
    id,
    actId: s.actId,
    venueId: s.venueId,
    localDate: s.localDate,
    loadIn: s.loadIn ?? null,
    soundcheck: s.soundcheck ?? null,
    doors: s.doors ?? null,
    setStart: s.setStart ?? null,
    curfew: s.curfew ?? null,
    ...span,
    status: s.status ?? 'confirmed',
    announcement: s.announcement ?? 'announced',
    announceAt: s.announceAt ?? null,
    version: s.version ?? 1,
    createdAt: CREATED,
    updatedAt: CREATED,
  })
  for (const [position, b] of (s.billing ?? []).entries())
    await db.insert(showBilling).values({ workspaceId, showId: id, actId: b.actId, role: b.role, position })
  for (const [position, l] of (s.lineup ?? []).entries())
    await db.insert(showLineup).values({ workspaceId, showId: id, personId: l.personId, role: l.role, position })
  return { id, ...span }
}

export async function addPerson(db: Db, workspaceId: string, name: string): Promise<string> {
  const id = randomUUID()
  await db.insert(people).values({ workspaceId, id, name, createdAt: CREATED, updatedAt: CREATED })
  return id
}

export interface CommitmentInput {
  title: string
  timeZone: string
  startDate: string
  endDate: string
  startTime?: string
  endTime?: string
  personIds: string[]
  kind?: string
}

export async function addCommitment(db: Db, workspaceId: string, c: CommitmentInput): Promise<{ id: string; startsAt: Date; endsAt: Date }> {
  const id = randomUUID()
  const startsAt = c.startTime ? instant(c.startDate, c.startTime, c.timeZone) : startOfLocalDay(c.startDate, c.timeZone)
  const endsAt = c.endTime ? instant(c.endDate, c.endTime, c.timeZone) : startOfLocalDay(addDays(c.endDate, 1), c.timeZone)
  await db.insert(commitments).values({
    workspaceId,
    id,
    kind: c.kind ?? 'rehearsal',
    title: c.title,
    timeZone: c.timeZone,
    startDate: c.startDate,
    startTime: c.startTime ?? null,
    endDate: c.endDate,
    endTime: c.endTime ?? null,
    startsAt,
    endsAt,
    createdAt: CREATED,
    updatedAt: CREATED,
  })
  for (const personId of c.personIds) await db.insert(commitmentPeople).values({ workspaceId, commitmentId: id, personId, startsAt, endsAt })
  return { id, startsAt, endsAt }
}

/** A feed row as the feeds API makes it; returns the secret token and the feed id. */
export async function addFeed(db: Db, workspaceId: string, personId: string): Promise<{ id: string; token: string }> {
  const id = randomUUID()
  const { token, hash } = newSecret()
  await db.insert(calendarFeeds).values({ workspaceId, id, personId, tokenHash: hash, createdAt: CREATED })
  return { id, token }
}
