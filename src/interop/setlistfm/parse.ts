import { z } from 'zod'
import { EntriesSchema, type SetlistEntry } from '../../contract/setlists.ts'
import { ValidationError } from '../../domain/errors.ts'
import type { SectionKind } from '../../domain/setlist.ts'
import { SetlistFmPageSchema, SetlistFmSetlistSchema, type SetlistFmSet, type SetlistFmSetlist } from './payload-schema.ts'
import { readSongInfo } from './song-info.ts'

/** One setlist.fm set list in Greenroom's terms: a show's facts and its entries (contract SetlistEntrySchema). */
export interface ParsedSetlist {
  id: string
  versionId: string | null
  lastUpdated: string | null
  /** YYYY-MM-DD, the local date at the venue. */
  eventDate: string
  artist: { name: string; mbid: string | null }
  venue: { name: string; city: string; state: string | null; countryCode: string; latitude: number | null; longitude: number | null }
  tourName: string | null
  info: string | null
  url: string | null
  entries: SetlistEntry[]
}

/** A paged envelope (`{ setlist: [...] }`) or one set list object; throws ValidationError naming the bad fields. */
export function parseSetlistFm(payload: unknown): ParsedSetlist[] {
  const isPage = typeof payload === 'object' && payload !== null && Array.isArray((payload as { setlist?: unknown }).setlist)
  const parsed = isPage ? SetlistFmPageSchema.safeParse(payload) : SetlistFmSetlistSchema.safeParse(payload)
  if (!parsed.success) throw new ValidationError(issuesOf(parsed.error), 'This is not a setlist.fm set list or page of set lists.')
  const setlists: SetlistFmSetlist[] = 'setlist' in parsed.data ? (parsed.data.setlist as SetlistFmSetlist[]) : [parsed.data as SetlistFmSetlist]
  return setlists.map((s, i) => toParsed(s, isPage ? `setlist.${i}` : ''))
}

function toParsed(s: SetlistFmSetlist, path: string): ParsedSetlist {
  const [dd, mm, yyyy] = s.eventDate.split('-')
  const city = s.venue.city
  const entries = entriesOf(s)
  const checked = EntriesSchema.safeParse(entries)
  if (!checked.success) throw new ValidationError(issuesOf(checked.error, `${path ? path + '.' : ''}entries`), `Set list ${s.id} cannot be kept as a Greenroom set list.`)
  return {
    id: s.id,
    versionId: s.versionId ?? null,
    lastUpdated: s.lastUpdated ?? null,
    eventDate: `${yyyy}-${mm}-${dd}`,
    artist: { name: s.artist.name, mbid: s.artist.mbid || null },
    venue: {
      name: s.venue.name,
      city: city.name,
      state: city.state || null,
      countryCode: city.country.code.toUpperCase(),
      latitude: city.coords?.lat ?? null,
      longitude: city.coords?.long ?? null,
    },
    tourName: s.tour?.name ?? null,
    info: s.info || null,
    url: s.url || null,
    entries: checked.data,
  }
}

function entriesOf(s: SetlistFmSetlist): SetlistEntry[] {
  const entries: SetlistEntry[] = []
  const nextId = () => `e${entries.length + 1}`
  for (const set of s.sets.set) {
    entries.push({ id: nextId(), type: 'section', ...sectionOf(set) })
    for (const song of set.song) {
      const info = readSongInfo(song.info, song.tape)
      const base = { id: nextId(), ...(info.notes ? { notes: info.notes } : {}), ...(info.segue ? { segue: info.segue } : {}) }
      if (info.other) {
        entries.push({ ...base, type: 'other', otherKind: info.other.kind, title: song.name || null, durationSeconds: info.other.durationSeconds })
        continue
      }
      entries.push({
        ...base,
        type: 'song',
        title: song.name,
        ...(song.cover ? { cover: { artist: song.cover.name, mbid: song.cover.mbid || null } } : {}),
        ...(song.with ? { guests: [song.with.name] } : {}),
      })
    }
  }
  return entries
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

function issuesOf(error: z.ZodError, prefix = '') {
  return error.issues.slice(0, 20).map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message }))
}
