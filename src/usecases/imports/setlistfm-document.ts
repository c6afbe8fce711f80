import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/client.ts'
import {
  actHeadByName,
  actHeadBySlug,
  actSlugsOf,
  importedSourceIds,
  insertExternalGroup,
  insertPlayedShow,
  insertTour,
  insertVenue,
  recordingTitlesOfAct,
  tourOfActNamed,
  venueByNameInCity,
  workspaceExists,
} from '../../db/writes/played-import.ts'
import type { SetlistEntry } from '../../contract/setlists.ts'
import type { Clock } from '../../domain/clock.ts'
import { NotFoundError } from '../../domain/errors.ts'
import { addDays, startOfLocalDay } from '../../domain/local-time.ts'
import { slugify } from '../../domain/slug.ts'
import { parseSetlistFm, type ParsedSetlist, type SkippedSong } from '../../interop/setlistfm/parse.ts'
import { actDescriptionOf, mbidOfDescription, showNotesOf } from '../../interop/setlistfm/provenance.ts'
import { recordOf, venueReading, type HeadReading } from '../../interop/setlistfm/source-record.ts'
import { zoneAt } from '../../interop/setlistfm/venue-zone.ts'

export interface ImportSetlistFmInput {
  workspaceId: string
  /** The act to file the set lists under; created (external) with this slug when missing. */
  actSlug?: string
  payload: unknown
  clock: Clock
}

/** What became of one set list of the payload, in the payload's order. */
export interface SetlistImportReport {
  id: string | null
  eventDate: string | null
  venue: string | null
  /** imported; already-here (same setlist.fm id imported before); skipped (cannot be read, or another artist) */
  outcome: 'imported' | 'already-here' | 'skipped'
  /** Why a skipped set list was left out. */
  reasons: string[]
  /** Sets and songs of an imported set list that were left out, and why. */
  songsSkipped: SkippedSong[]
}

export interface ImportSetlistFmResult {
  actId: string
  actCreated: boolean
  setlists: number
  imported: number
  alreadyHere: number
  skipped: number
  songsSkipped: number
  showsCreated: number
  venuesCreated: number
  venuesReused: number
  toursCreated: number
  entries: number
  songsMatched: number
  /** Venues whose zone could not be derived (no coordinates): they were given UTC. */
  warnings: string[]
  reports: SetlistImportReport[]
}

/**
 * Imports past shows and what was played there from a setlist.fm payload, in one transaction:
 * every set list and song that can be read, with a report of what was left out and why. Set lists
 * already imported (same setlist.fm id) are left alone, so importing a file twice changes nothing.
 */
export async function importSetlistFm(db: Db, input: ImportSetlistFmInput): Promise<ImportSetlistFmResult> {
  const { setlists: parsed, refused } = parseSetlistFm(input.payload)
  const reports: (SetlistImportReport & { index: number })[] = refused.map((r) => ({ ...r, outcome: 'skipped', songsSkipped: [] }))
  // One act per import: set lists of another artist than the first readable one are reported, not filed under it.
  const artist = parsed[0]?.artist
  const sameArtist = parsed.filter((s) => s.artist.name.toLowerCase() === artist?.name.toLowerCase())
  parsed.forEach((s, index) => {
    if (!sameArtist.includes(s))
      reports.push({
        index,
        ...ident(s),
        outcome: 'skipped',
        reasons: [`by ${s.artist.name}, not ${artist!.name}: import one artist at a time`],
        songsSkipped: [],
      })
  })
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db
    if (!(await workspaceExists(tx, input.workspaceId))) throw new NotFoundError('workspace', input.workspaceId)
    const now = input.clock.now()
    const result: ImportSetlistFmResult = {
      actId: '',
      actCreated: false,
      setlists: parsed.length + refused.length,
      imported: 0,
      alreadyHere: 0,
      skipped: 0,
      songsSkipped: 0,
      showsCreated: 0,
      venuesCreated: 0,
      venuesReused: 0,
      toursCreated: 0,
      entries: 0,
      songsMatched: 0,
      warnings: [],
      reports: [],
    }
    const act = await resolveAct(tx, input.workspaceId, input.actSlug, artist ?? { name: input.actSlug ?? 'setlist.fm artist', mbid: null }, now)
    result.actId = act.id
    result.actCreated = act.created

    const existing = await importedSourceIds(
      tx,
      input.workspaceId,
      'setlistfm',
      sameArtist.map((s) => s.id),
    )
    const seen = new Set<string>(existing)
    const titles = await repertoire(tx, input.workspaceId, act.id)
    const venueIds = new Map<string, ResolvedVenue>()
    const tourIds = new Map<string, string>()

    for (const s of sameArtist) {
      const index = parsed.indexOf(s)
      if (seen.has(s.id)) {
        reports.push({ index, ...ident(s), outcome: 'already-here', reasons: [], songsSkipped: [] })
        continue
      }
      seen.add(s.id)
      const venue = await resolveVenue(tx, input.workspaceId, s.venue, venueIds, result)
      const tourId = s.tourName ? await resolveTour(tx, input.workspaceId, act.id, s.tourName, tourIds, result, now) : null
      const showId = randomUUID()
      const notes = showNotesOf(s.info, s.url)
      const entries = s.entries.map((e) => matchRecording(e, titles, result))
      const recordedAt = recordedAtOf(s, now)
      const read: HeadReading = { artist: act.reading, venue: venue.reading, tourName: s.tourName, notes, recordedAt: recordedAt.toISOString() }
      await insertPlayedShow(
        tx,
        {
          workspaceId: input.workspaceId,
          id: showId,
          actId: act.id,
          tourId,
          venueId: venue.id,
          localDate: s.eventDate,
          startsAt: startOfLocalDay(s.eventDate, venue.zone),
          endsAt: startOfLocalDay(addDays(s.eventDate, 1), venue.zone),
          announcement: 'announced',
          notes,
        },
        { entries, source: 'setlistfm', sourceId: s.id, recordedBy: null, recordedAt, sourceRecord: recordOf(s.head, read, s.given, entries) },
        now,
      )
      result.showsCreated++
      result.imported++
      result.entries += entries.length
      result.songsSkipped += s.songsSkipped.length
      reports.push({ index, ...ident(s), outcome: 'imported', reasons: [], songsSkipped: s.songsSkipped })
    }
    result.alreadyHere = reports.filter((r) => r.outcome === 'already-here').length
    result.skipped = reports.filter((r) => r.outcome === 'skipped').length
    result.reports = reports.sort((a, b) => a.index - b.index).map(({ index: _, ...r }) => r)
    return result
  })
}

function ident(s: ParsedSetlist): Pick<SetlistImportReport, 'id' | 'eventDate' | 'venue'> {
  return { id: s.id, eventDate: s.eventDate, venue: `${s.venue.name}, ${s.venue.city}` }
}

interface ResolvedAct {
  id: string
  created: boolean
  reading: HeadReading['artist']
}

async function resolveAct(tx: Db, workspaceId: string, actSlug: string | undefined, artist: ParsedSetlist['artist'], now: Date): Promise<ResolvedAct> {
  const found = (row: { id: string; name: string; description: string }) => ({
    id: row.id,
    created: false,
    reading: { name: row.name, mbid: mbidOfDescription(row.description) },
  })
  if (actSlug) {
    const bySlug = await actHeadBySlug(tx, workspaceId, actSlug)
    if (bySlug) return found(bySlug)
  }
  const byName = await actHeadByName(tx, workspaceId, artist.name)
  if (byName) return found(byName)
  const slug = await freeSlug(tx, workspaceId, actSlug ?? slugify(artist.name))
  const id = randomUUID()
  await insertExternalGroup(tx, { workspaceId, id, slug, name: artist.name, description: actDescriptionOf(artist.mbid) }, now)
  return { id, created: true, reading: { name: artist.name, mbid: artist.mbid } }
}

async function freeSlug(tx: Db, workspaceId: string, base: string): Promise<string> {
  const taken = new Set(await actSlugsOf(tx, workspaceId))
  let slug = base
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
  return slug
}

interface ResolvedVenue {
  id: string
  zone: string
  reading: HeadReading['venue']
}

async function resolveVenue(
  tx: Db,
  workspaceId: string,
  v: ParsedSetlist['venue'],
  cache: Map<string, ResolvedVenue>,
  result: ImportSetlistFmResult,
): Promise<ResolvedVenue> {
  const key = `${v.name.toLowerCase()}\u0000${v.city.toLowerCase()}`
  const cached = cache.get(key)
  if (cached) return cached
  const found = await venueByNameInCity(tx, workspaceId, v.name, v.city)
  if (found) {
    result.venuesReused++
    const venue = { id: found.id, zone: found.timeZone, reading: venueReading(found) }
    cache.set(key, venue)
    return venue
  }
  const { zone, guessed } = zoneAt(v.latitude, v.longitude)
  if (guessed) result.warnings.push(`${v.name}, ${v.city}: no time zone from the coordinates; set to UTC, please correct the venue.`)
  // setlist.fm has no street address; the state or region is the nearest thing and comes back out on export.
  const row = {
    workspaceId,
    id: randomUUID(),
    name: v.name,
    address: v.state ?? '',
    city: v.city,
    country: v.countryCode,
    latitude: v.latitude,
    longitude: v.longitude,
    timeZone: zone,
  }
  await insertVenue(tx, row)
  result.venuesCreated++
  const venue = { id: row.id, zone, reading: venueReading(row) }
  cache.set(key, venue)
  return venue
}

async function resolveTour(
  tx: Db,
  workspaceId: string,
  actId: string,
  name: string,
  cache: Map<string, string>,
  result: ImportSetlistFmResult,
  now: Date,
): Promise<string> {
  const cached = cache.get(name)
  if (cached) return cached
  const found = await tourOfActNamed(tx, workspaceId, actId, name)
  const id = found ?? randomUUID()
  if (!found) {
    await insertTour(tx, { workspaceId, id, actId, name }, now)
    result.toursCreated++
  }
  cache.set(name, id)
  return id
}

/** Lower-cased titles (the recording's own, and its work's) of the act's recordings. */
async function repertoire(tx: Db, workspaceId: string, actId: string): Promise<Map<string, string>> {
  const rows = await recordingTitlesOfAct(tx, workspaceId, actId)
  const byTitle = new Map<string, string>()
  for (const r of rows) for (const t of [r.title, r.workTitle]) if (t && !byTitle.has(t.toLowerCase())) byTitle.set(t.toLowerCase(), r.id)
  return byTitle
}

function matchRecording(e: SetlistEntry, titles: Map<string, string>, result: ImportSetlistFmResult): SetlistEntry {
  if (e.type !== 'song' || !e.title) return e
  const recordingId = titles.get(e.title.trim().toLowerCase())
  if (!recordingId) return e
  result.songsMatched++
  // The title stays as given: the export writes the song as setlist.fm named it.
  return { ...e, recordingId }
}

/** setlist.fm's "2025-04-28T05:24:44.041+0000" when given (so re-exports keep it), else now. */
function recordedAtOf(s: ParsedSetlist, now: Date): Date {
  if (!s.lastUpdated) return now
  const at = new Date(s.lastUpdated.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))
  return Number.isNaN(at.getTime()) ? now : at
}
