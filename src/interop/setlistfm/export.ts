import { and, asc, desc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { acts, playedSetlists, recordings, shows, tours, venues, works } from '../../db/schema/index.ts'
import { EntriesSchema, type SetlistEntry } from '../../contract/setlists.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { SetlistFmArtistOut, SetlistFmPage, SetlistFmSetOut, SetlistFmSetlistOut, SetlistFmSongOut } from './payload-schema.ts'
import { mbidOfDescription, readShowNotes } from './provenance.ts'
import { writeSongInfo } from './song-info.ts'

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' })

/**
 * An act's played set lists as a setlist.fm page (the envelope of `GET /artist/{mbid}/setlists`),
 * newest first. What `importSetlistFm` reads back from it is what was exported.
 */
export async function exportSetlistFm(db: Db, opts: { workspaceId: string; actSlug: string }): Promise<SetlistFmPage> {
  const [act] = await db.select().from(acts).where(and(eq(acts.workspaceId, opts.workspaceId), eq(acts.slug, opts.actSlug)))
  if (!act) throw new NotFoundError('act', opts.actSlug)
  const rows = await db
    .select({ show: shows, venue: venues, tourName: tours.name, played: playedSetlists })
    .from(playedSetlists)
    .innerJoin(shows, and(eq(shows.workspaceId, playedSetlists.workspaceId), eq(shows.id, playedSetlists.showId)))
    .innerJoin(venues, and(eq(venues.workspaceId, shows.workspaceId), eq(venues.id, shows.venueId)))
    .leftJoin(tours, and(eq(tours.workspaceId, shows.workspaceId), eq(tours.id, shows.tourId)))
    .where(and(eq(playedSetlists.workspaceId, opts.workspaceId), eq(shows.actId, act.id)))
    .orderBy(desc(shows.localDate), desc(shows.startsAt), asc(playedSetlists.sourceId), asc(shows.id))
  const lists = rows.map((r) => ({ ...r, entries: EntriesSchema.parse(r.played.entries) }))
  const titles = await recordingTitles(db, opts.workspaceId, lists.flatMap((l) => l.entries.map((e) => e.recordingId).filter((id): id is string => !!id)))
  const artist: SetlistFmArtistOut = { ...optional('mbid', mbidOfDescription(act.description)), name: act.name }
  const setlist = lists.map((l): SetlistFmSetlistOut => {
    const { info, url } = readShowNotes(l.show.notes)
    const [y, m, d] = l.show.localDate.split('-')
    return {
      id: l.played.source === 'setlistfm' && l.played.sourceId ? l.played.sourceId : l.show.id,
      eventDate: `${d}-${m}-${y}`,
      lastUpdated: l.played.recordedAt.toISOString().replace(/Z$/, '+0000'),
      artist,
      venue: {
        name: l.venue.name,
        city: {
          name: l.venue.city,
          ...optional('state', l.venue.address || null),
          ...(l.venue.latitude != null && l.venue.longitude != null ? { coords: { lat: l.venue.latitude, long: l.venue.longitude } } : {}),
          country: { code: l.venue.country, ...optional('name', countryNames.of(l.venue.country) ?? null) },
        },
      },
      ...(l.tourName ? { tour: { name: l.tourName } } : {}),
      ...optional('info', info),
      ...optional('url', url),
      sets: { set: setsOf(l.entries, titles) },
    }
  })
  return { type: 'setlists', itemsPerPage: setlist.length, page: 1, total: setlist.length, setlist }
}

function setsOf(entries: SetlistEntry[], titles: Map<string, string>): SetlistFmSetOut[] {
  const sets: SetlistFmSetOut[] = []
  let encores = 0
  for (const e of entries) {
    if (e.type === 'section') {
      if (e.section === 'encore') encores++
      sets.push(setOf(e, encores))
      continue
    }
    if (sets.length === 0) sets.push({ song: [] })
    sets[sets.length - 1]!.song.push(songOf(e, titles))
  }
  return sets
}

/** The inverse of parse's sectionOf: "Encore 2" → `encore: 2`, other titles → "Title:". */
function setOf(e: SetlistEntry, encoreNumber: number): SetlistFmSetOut {
  const numbered = /^Encore (\d+)$/.exec(e.title ?? '')
  if (e.section === 'encore' && (numbered || !e.title)) return { encore: numbered ? Number(numbered[1]) : encoreNumber, song: [] }
  const title = e.title || (e.section === 'acoustic' ? 'Acoustic' : e.section === 'other' ? 'Other' : null)
  return { ...(title ? { name: `${title}:` } : {}), song: [] }
}

function songOf(e: SetlistEntry, titles: Map<string, string>): SetlistFmSongOut {
  const name = e.title ?? (e.recordingId ? titles.get(e.recordingId) : undefined) ?? ''
  const other = e.type === 'other' ? { kind: e.otherKind ?? 'other', durationSeconds: e.durationSeconds ?? null } : null
  return {
    name,
    ...(e.guests?.length ? { with: { name: e.guests.join(' & ') } } : {}),
    ...(e.cover ? { cover: { ...optional('mbid', e.cover.mbid ?? null), name: e.cover.artist } } : {}),
    ...writeSongInfo({ segue: e.segue ?? '', notes: e.notes ?? '', other }),
  }
}

async function recordingTitles(db: Db, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db.select({ id: recordings.id, title: recordings.title, workTitle: works.title }).from(recordings)
    .innerJoin(works, and(eq(works.workspaceId, recordings.workspaceId), eq(works.id, recordings.workId)))
    .where(and(eq(recordings.workspaceId, workspaceId), inArray(recordings.id, [...new Set(ids)])))
  return new Map(rows.map((r) => [r.id, r.title ?? r.workTitle]))
}

function optional<K extends string>(key: K, value: string | null): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string }
}
