import { EntriesSchema, type SetlistEntry } from '../../contract/setlists.ts'
import type { SetlistFmArtistOut, SetlistFmPage, SetlistFmSetOut, SetlistFmSetlistOut, SetlistFmSongOut, SetlistFmVenueOut } from './payload-schema.ts'
import { mbidOfDescription, readShowNotes } from './provenance.ts'
import { writeSongInfo } from './song-info.ts'
import { asRecord, givenEntry, givenWhileUnchanged, venueReading, type HeadReading, type SetlistFmRecord } from './source-record.ts'

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' })

interface VenueIn {
  name: string
  city: string
  address: string
  country: string
  latitude: number | null
  longitude: number | null
}

/** One played set list as the page is written from it. */
export interface PlayedListIn {
  show: { id: string; localDate: string; notes: string }
  venue: VenueIn
  tourName: string | null
  played: { source: string; sourceId: string | null; sourceRecord: unknown; recordedAt: Date; entries: unknown }
}

/**
 * An act's played set lists as a setlist.fm page (the envelope of `GET /artist/{mbid}/setlists`),
 * in the order given (newest first). What the setlist.fm import reads back from it is what was exported.
 * `titles` are the display titles of the recordings the entries name.
 */
export function formatSetlistFmPage(act: { name: string; description: string }, rows: PlayedListIn[], titles: Map<string, string>): SetlistFmPage {
  const lists = rows.map((r) => ({ ...r, entries: EntriesSchema.parse(r.played.entries) }))
  const actReading = { name: act.name, mbid: mbidOfDescription(act.description) }
  const derivedArtist: SetlistFmArtistOut = { ...optional('mbid', actReading.mbid), name: act.name }
  const setlist = lists.map((l): SetlistFmSetlistOut => {
    const record = l.played.source === 'setlistfm' ? asRecord(l.played.sourceRecord) : null
    const head = record?.head ?? {}
    const given = <K extends keyof HeadReading>(key: K, now: HeadReading[K]) => givenWhileUnchanged(record, key, now)
    const { info, url } = readShowNotes(l.show.notes)
    const notesAsGiven = given('notes', l.show.notes)
    const [y, m, d] = l.show.localDate.split('-')
    const recordedAt = l.played.recordedAt.toISOString()
    return {
      ...head,
      id: l.played.source === 'setlistfm' && l.played.sourceId ? l.played.sourceId : l.show.id,
      eventDate: `${d}-${m}-${y}`,
      ...(given('recordedAt', recordedAt) ? pick(head, 'lastUpdated') : { lastUpdated: recordedAt.replace(/Z$/, '+0000') }),
      artist: given('artist', actReading) ? (head.artist as SetlistFmArtistOut) : derivedArtist,
      venue: given('venue', venueReading(l.venue)) ? (head.venue as SetlistFmVenueOut) : venueOf(l.venue),
      ...(given('tourName', l.tourName) ? pick(head, 'tour') : l.tourName ? { tour: { name: l.tourName } } : { tour: undefined }),
      ...(notesAsGiven ? pick(head, 'info') : { info: info ?? undefined }),
      ...(notesAsGiven ? pick(head, 'url') : { url: url ?? undefined }),
      sets: { set: setsOf(l.entries, titles, record) },
    }
  })
  return { type: 'setlists', itemsPerPage: setlist.length, page: 1, total: setlist.length, setlist: setlist.map(withoutUndefined) }
}

function venueOf(v: VenueIn): SetlistFmVenueOut {
  return {
    name: v.name,
    city: {
      name: v.city,
      ...optional('state', v.address || null),
      ...(v.latitude != null && v.longitude != null ? { coords: { lat: v.latitude, long: v.longitude } } : {}),
      country: { code: v.country, ...optional('name', countryNames.of(v.country) ?? null) },
    },
  }
}

function pick(head: Record<string, unknown>, key: string): Record<string, unknown> {
  return { [key]: head[key] }
}

/** Drops the keys a given head had but Greenroom's data now says are gone. */
function withoutUndefined(s: SetlistFmSetlistOut): SetlistFmSetlistOut {
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as SetlistFmSetlistOut
}

function setsOf(entries: SetlistEntry[], titles: Map<string, string>, record: SetlistFmRecord | null): SetlistFmSetOut[] {
  const sets: SetlistFmSetOut[] = []
  let encores = 0
  for (const e of entries) {
    const given = givenEntry(record, e)
    if (e.type === 'section') {
      if (e.section === 'encore') encores++
      sets.push(given ? { ...given, song: [] } : setOf(e, encores))
      continue
    }
    if (sets.length === 0) sets.push({ song: [] })
    sets[sets.length - 1]!.song.push(given ? (given as SetlistFmSongOut) : songOf(e, titles))
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
  // The name as written in the entry (imports keep setlist.fm's), else the recording's title.
  const name = e.title ?? (e.recordingId ? titles.get(e.recordingId) : undefined) ?? ''
  const other = e.type === 'other' ? { kind: e.otherKind ?? 'other', durationSeconds: e.durationSeconds ?? null } : null
  return {
    name,
    ...(e.guests?.length ? { with: { name: e.guests.join(' & ') } } : {}),
    ...(e.cover ? { cover: { ...optional('mbid', e.cover.mbid ?? null), name: e.cover.artist } } : {}),
    ...writeSongInfo({ segue: e.segue ?? '', notes: e.notes ?? '', other }),
  }
}

function optional<K extends string>(key: K, value: string | null): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string }
}
