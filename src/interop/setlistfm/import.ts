import { randomUUID } from 'node:crypto'
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { acts, playedSetlists, recordings, shows, tours, venues, works, workspaces } from '../../db/schema/index.ts'
import type { SetlistEntry } from '../../contract/setlists.ts'
import type { Clock } from '../../domain/clock.ts'
import { DomainError, NotFoundError } from '../../domain/errors.ts'
import { addDays, startOfLocalDay } from '../../domain/local-time.ts'
import { slugify } from '../../domain/slug.ts'
import { parseSetlistFm, type ParsedSetlist } from './parse.ts'
import { actDescriptionOf, showNotesOf } from './provenance.ts'
import { zoneAt } from './venue-zone.ts'

export interface ImportSetlistFmInput {
  workspaceId: string
  /** The act to file the set lists under; created (external) with this slug when missing. */
  actSlug?: string
  payload: unknown
  clock: Clock
}

export interface ImportSetlistFmResult {
  actId: string
  actCreated: boolean
  setlists: number
  imported: number
  skipped: number
  showsCreated: number
  venuesCreated: number
  venuesReused: number
  toursCreated: number
  entries: number
  songsMatched: number
  /** Venues whose zone could not be derived (no coordinates): they were given UTC. */
  warnings: string[]
}

/**
 * Imports past shows and what was played there from a setlist.fm payload, in one transaction.
 * Set lists already imported (same setlist.fm id) are skipped, so importing a file twice changes nothing.
 */
export async function importSetlistFm(db: Db, input: ImportSetlistFmInput): Promise<ImportSetlistFmResult> {
  const parsed = parseSetlistFm(input.payload)
  const artists = [...new Set(parsed.map((s) => s.artist.name))]
  if (artists.length > 1) throw new DomainError('validation', `The file holds set lists of ${artists.length} artists (${artists.join(', ')}); import one artist at a time.`)
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db
    const [ws] = await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, input.workspaceId))
    if (!ws) throw new NotFoundError('workspace', input.workspaceId)
    const now = input.clock.now()
    const result: ImportSetlistFmResult = { actId: '', actCreated: false, setlists: parsed.length, imported: 0, skipped: 0, showsCreated: 0, venuesCreated: 0, venuesReused: 0, toursCreated: 0, entries: 0, songsMatched: 0, warnings: [] }
    const first = parsed[0]
    const act = await resolveAct(tx, input.workspaceId, input.actSlug, first?.artist ?? { name: input.actSlug ?? 'setlist.fm artist', mbid: null }, now)
    result.actId = act.id
    result.actCreated = act.created
    if (!first) return result

    const ids = parsed.map((s) => s.id)
    const existing = await tx.select({ sourceId: playedSetlists.sourceId }).from(playedSetlists)
      .where(and(eq(playedSetlists.workspaceId, input.workspaceId), eq(playedSetlists.source, 'setlistfm'), inArray(playedSetlists.sourceId, ids)))
    const seen = new Set(existing.map((r) => r.sourceId))
    const titles = await repertoire(tx, input.workspaceId, act.id)
    const venueIds = new Map<string, { id: string; zone: string }>()
    const tourIds = new Map<string, string>()

    for (const s of parsed) {
      if (seen.has(s.id)) {
        result.skipped++
        continue
      }
      seen.add(s.id)
      const venue = await resolveVenue(tx, input.workspaceId, s.venue, venueIds, result)
      const tourId = s.tourName ? await resolveTour(tx, input.workspaceId, act.id, s.tourName, tourIds, result, now) : null
      const showId = randomUUID()
      await tx.insert(shows).values({
        workspaceId: input.workspaceId, id: showId, actId: act.id, tourId, venueId: venue.id, localDate: s.eventDate,
        startsAt: startOfLocalDay(s.eventDate, venue.zone), endsAt: startOfLocalDay(addDays(s.eventDate, 1), venue.zone),
        status: 'played', announcement: 'announced', notes: showNotesOf(s.info, s.url), createdAt: now, updatedAt: now,
      })
      result.showsCreated++
      const entries = s.entries.map((e) => matchRecording(e, titles, result))
      await tx.insert(playedSetlists).values({
        workspaceId: input.workspaceId, showId, entries, source: 'setlistfm', sourceId: s.id, recordedBy: null, recordedAt: recordedAtOf(s, now),
      })
      result.imported++
      result.entries += entries.length
    }
    return result
  })
}

async function resolveAct(tx: Db, workspaceId: string, actSlug: string | undefined, artist: ParsedSetlist['artist'], now: Date): Promise<{ id: string; created: boolean }> {
  if (actSlug) {
    const [bySlug] = await tx.select({ id: acts.id }).from(acts).where(and(eq(acts.workspaceId, workspaceId), eq(acts.slug, actSlug)))
    if (bySlug) return { id: bySlug.id, created: false }
  }
  const [byName] = await tx.select({ id: acts.id }).from(acts)
    .where(and(eq(acts.workspaceId, workspaceId), sql`lower(${acts.name}) = lower(${artist.name})`)).orderBy(acts.createdAt).limit(1)
  if (byName) return { id: byName.id, created: false }
  const slug = await freeSlug(tx, workspaceId, actSlug ?? slugify(artist.name))
  const id = randomUUID()
  await tx.insert(acts).values({ workspaceId, id, slug, name: artist.name, kind: 'group', isInternal: false, description: actDescriptionOf(artist.mbid), createdAt: now, updatedAt: now })
  return { id, created: true }
}

async function freeSlug(tx: Db, workspaceId: string, base: string): Promise<string> {
  const taken = new Set((await tx.select({ slug: acts.slug }).from(acts).where(eq(acts.workspaceId, workspaceId))).map((r) => r.slug))
  let slug = base
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
  return slug
}

async function resolveVenue(tx: Db, workspaceId: string, v: ParsedSetlist['venue'], cache: Map<string, { id: string; zone: string }>, result: ImportSetlistFmResult) {
  const key = `${v.name.toLowerCase()}\u0000${v.city.toLowerCase()}`
  const cached = cache.get(key)
  if (cached) return cached
  const [found] = await tx.select({ id: venues.id, zone: venues.timeZone }).from(venues)
    .where(and(eq(venues.workspaceId, workspaceId), sql`lower(${venues.name}) = lower(${v.name})`, sql`lower(${venues.city}) = lower(${v.city})`)).limit(1)
  if (found) {
    result.venuesReused++
    cache.set(key, found)
    return found
  }
  const { zone, guessed } = zoneAt(v.latitude, v.longitude)
  if (guessed) result.warnings.push(`${v.name}, ${v.city}: no time zone from the coordinates; set to UTC, please correct the venue.`)
  const venue = { id: randomUUID(), zone }
  // setlist.fm has no street address; the state or region is the nearest thing and comes back out on export.
  await tx.insert(venues).values({ workspaceId, id: venue.id, name: v.name, address: v.state ?? '', city: v.city, country: v.countryCode, latitude: v.latitude, longitude: v.longitude, timeZone: zone })
  result.venuesCreated++
  cache.set(key, venue)
  return venue
}

async function resolveTour(tx: Db, workspaceId: string, actId: string, name: string, cache: Map<string, string>, result: ImportSetlistFmResult, now: Date): Promise<string> {
  const cached = cache.get(name)
  if (cached) return cached
  const [found] = await tx.select({ id: tours.id }).from(tours).where(and(eq(tours.workspaceId, workspaceId), eq(tours.actId, actId), eq(tours.name, name))).limit(1)
  const id = found?.id ?? randomUUID()
  if (!found) {
    await tx.insert(tours).values({ workspaceId, id, actId, name, createdAt: now, updatedAt: now })
    result.toursCreated++
  }
  cache.set(name, id)
  return id
}

/** Lower-cased titles (the recording's own, and its work's) of the act's recordings. */
async function repertoire(tx: Db, workspaceId: string, actId: string): Promise<Map<string, string>> {
  const rows = await tx.select({ id: recordings.id, title: recordings.title, workTitle: works.title }).from(recordings)
    .innerJoin(works, and(eq(works.workspaceId, recordings.workspaceId), eq(works.id, recordings.workId)))
    .where(and(eq(recordings.workspaceId, workspaceId), eq(recordings.actId, actId))).orderBy(recordings.createdAt, recordings.id)
  const byTitle = new Map<string, string>()
  for (const r of rows) for (const t of [r.title, r.workTitle]) if (t && !byTitle.has(t.toLowerCase())) byTitle.set(t.toLowerCase(), r.id)
  return byTitle
}

function matchRecording(e: SetlistEntry, titles: Map<string, string>, result: ImportSetlistFmResult): SetlistEntry {
  if (e.type !== 'song' || !e.title) return e
  const recordingId = titles.get(e.title.trim().toLowerCase())
  if (!recordingId) return e
  result.songsMatched++
  const { title: _, ...rest } = e
  return { ...rest, recordingId }
}

/** setlist.fm's "2025-04-28T05:24:44.041+0000" when given (so re-exports keep it), else now. */
function recordedAtOf(s: ParsedSetlist, now: Date): Date {
  if (!s.lastUpdated) return now
  const at = new Date(s.lastUpdated.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))
  return Number.isNaN(at.getTime()) ? now : at
}
