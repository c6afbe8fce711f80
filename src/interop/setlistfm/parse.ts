import type { z } from 'zod'
import { SetlistEntrySchema, type SetlistEntry } from '../../contract/setlists.ts'
import { ValidationError } from '../../domain/errors.ts'
import { SETLIST_MAX_ENTRIES, type SectionKind } from '../../domain/setlist.ts'
import { SetlistFmPageSchema, SetlistHeadSchema, SetSchema, SongSchema, type SetlistFmHead, type SetlistFmSet } from './payload-schema.ts'
import { readSongInfo } from './song-info.ts'

/** A song (or a whole set) of a set list left out, and why; set and position count from 1. */
export interface SkippedSong {
  set: number
  position: number | null
  name: string
  reason: string
}

/** A set list of the payload that could not be read at all, and why. */
export interface RefusedSetlist {
  index: number
  id: string | null
  eventDate: string | null
  venue: string | null
  reasons: string[]
}

/** One setlist.fm set list in Greenroom's terms: a show's facts and its entries (contract SetlistEntrySchema). */
export interface ParsedSetlist {
  id: string
  lastUpdated: string | null
  /** YYYY-MM-DD, the local date at the venue. */
  eventDate: string
  artist: { name: string; mbid: string | null }
  venue: { name: string; city: string; state: string | null; countryCode: string; latitude: number | null; longitude: number | null }
  tourName: string | null
  info: string | null
  url: string | null
  entries: SetlistEntry[]
  /** The set list's own fields as read (canonical JSON shapes), without its sets. */
  head: Record<string, unknown>
  /** Per entry id: the set (without its songs) or song it was read from. */
  given: Map<string, Record<string, unknown>>
  songsSkipped: SkippedSong[]
}

export interface ParsedPayload {
  setlists: ParsedSetlist[]
  refused: RefusedSetlist[]
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * A paged envelope (`{ setlist: [...] }`) or one set list object. Reads every set list it can and
 * every song of it it can: what cannot be read is reported (refused set lists, skipped songs), never
 * the reason to refuse the rest. Throws ValidationError only when the payload is neither shape.
 */
export function parseSetlistFm(payload: unknown): ParsedPayload {
  if (!isObject(payload) || !('setlist' in payload || 'sets' in payload || 'eventDate' in payload || 'artist' in payload)) {
    throw new ValidationError(
      [{ path: 'document', message: 'expected a setlist.fm page ({"setlist": [...]}) or one set list' }],
      'This is not a setlist.fm set list or page of set lists.',
    )
  }
  let items: unknown[] = [payload]
  if ('setlist' in payload) {
    const page = SetlistFmPageSchema.safeParse(payload)
    if (!page.success) throw new ValidationError(issuesOf(page.error), 'This setlist.fm page cannot be read.')
    items = page.data.setlist
  }
  const result: ParsedPayload = { setlists: [], refused: [] }
  items.forEach((item, index) => {
    const head = SetlistHeadSchema.safeParse(item)
    if (head.success) result.setlists.push(toParsed(head.data))
    else result.refused.push({ index, ...identify(item), reasons: issuesOf(head.error).map((i) => `${i.path || 'set list'}: ${i.message}`) })
  })
  return result
}

/** What can be said of a set list that could not be read, so the report can point at it. */
function identify(item: unknown): Omit<RefusedSetlist, 'index' | 'reasons'> {
  const o = isObject(item) ? item : {}
  const venue = isObject(o.venue) ? o.venue : {}
  return {
    id: typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : null,
    eventDate: typeof o.eventDate === 'string' ? o.eventDate : null,
    venue: typeof venue.name === 'string' ? venue.name : null,
  }
}

function toParsed(s: SetlistFmHead): ParsedSetlist {
  const [dd, mm, yyyy] = s.eventDate.split('-')
  const city = s.venue.city
  const { sets, ...head } = s
  const { entries, given, songsSkipped } = entriesOf(sets.set)
  return {
    id: s.id,
    lastUpdated: s.lastUpdated ?? null,
    eventDate: `${yyyy}-${mm}-${dd}`,
    artist: { name: s.artist.name.trim(), mbid: s.artist.mbid || null },
    venue: {
      name: s.venue.name.trim(),
      city: city.name.trim(),
      state: city.state || null,
      countryCode: city.country.code.toUpperCase(),
      latitude: city.coords?.lat ?? null,
      longitude: city.coords?.long ?? null,
    },
    tourName: s.tour?.name.trim() ?? null,
    info: s.info || null,
    url: s.url || null,
    entries,
    head,
    given,
    songsSkipped,
  }
}

function entriesOf(sets: unknown[]): Pick<ParsedSetlist, 'entries' | 'given' | 'songsSkipped'> {
  const entries: SetlistEntry[] = []
  const given = new Map<string, Record<string, unknown>>()
  const songsSkipped: SkippedSong[] = []
  const add = (entry: Record<string, unknown>, from: Record<string, unknown>, at: Omit<SkippedSong, 'reason'>) => {
    if (entries.length >= SETLIST_MAX_ENTRIES) return songsSkipped.push({ ...at, reason: `a set list holds at most ${SETLIST_MAX_ENTRIES} entries` })
    const checked = SetlistEntrySchema.safeParse({ id: `e${entries.length + 1}`, ...entry })
    if (!checked.success)
      return songsSkipped.push({
        ...at,
        reason: issuesOf(checked.error)
          .map((i) => `${i.path}: ${i.message}`)
          .join('; '),
      })
    entries.push(checked.data)
    given.set(checked.data.id, from)
  }
  sets.forEach((rawSet, s) => {
    const set = SetSchema.safeParse(rawSet)
    const name = isObject(rawSet) && typeof rawSet.name === 'string' ? rawSet.name : ''
    if (!set.success)
      return songsSkipped.push({
        set: s + 1,
        position: null,
        name,
        reason: `the whole set: ${issuesOf(set.error)
          .map((i) => `${i.path}: ${i.message}`)
          .join('; ')}`,
      })
    const { song: songs, ...ownFields } = set.data
    add({ type: 'section', ...sectionOf(set.data) }, ownFields, { set: s + 1, position: null, name })
    songs.forEach((rawSong, p) => {
      const at = { set: s + 1, position: p + 1, name: isObject(rawSong) && typeof rawSong.name === 'string' ? rawSong.name : '' }
      const song = SongSchema.safeParse(rawSong)
      if (!song.success)
        return songsSkipped.push({
          ...at,
          reason: issuesOf(song.error)
            .map((i) => `${i.path || 'song'}: ${i.message}`)
            .join('; '),
        })
      add(entryOf(song.data), song.data, at)
    })
  })
  return { entries, given, songsSkipped }
}

function entryOf(song: z.infer<typeof SongSchema>): Record<string, unknown> {
  const info = readSongInfo(song.info, song.tape)
  const base = { ...(info.notes ? { notes: info.notes } : {}), ...(info.segue ? { segue: info.segue } : {}) }
  if (info.other) return { ...base, type: 'other', otherKind: info.other.kind, title: song.name || null, durationSeconds: info.other.durationSeconds }
  return {
    ...base,
    type: 'song',
    title: song.name,
    ...(song.cover ? { cover: { artist: song.cover.name.trim(), mbid: song.cover.mbid || null } } : {}),
    ...(song.with ? { guests: [song.with.name.trim()] } : {}),
  }
}

/** "Set 1:" → main "Set 1"; `encore: 2` → encore "Encore 2"; "Encore:" → encore "Encore"; no name → main, untitled. */
export function sectionOf(set: Pick<SetlistFmSet, 'name' | 'encore'>): { section: SectionKind; title: string | null } {
  const name = (set.name ?? '').trim().replace(/:$/, '').trim()
  if (set.encore) return { section: 'encore', title: name || `Encore ${set.encore}` }
  if (name === '') return { section: 'main', title: null }
  if (/^encore\b/i.test(name)) return { section: 'encore', title: name }
  if (/acoustic/i.test(name)) return { section: 'acoustic', title: name }
  if (/^(set|main)\b/i.test(name)) return { section: 'main', title: name }
  return { section: 'other', title: name }
}

function issuesOf(error: z.ZodError) {
  return error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
}
