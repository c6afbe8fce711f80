import { isDeepStrictEqual } from 'node:util'
import type { SetlistEntry } from '../../contract/setlists.ts'

/**
 * What Greenroom keeps of an imported setlist.fm set list beyond its own rows (played_setlists.
 * source_record), so that the export gives back what came in: setlist.fm's ids (venue, city,
 * versionId), sort names, MBIDs of guests, `stateCode`, URLs, set names and song names exactly as
 * written, fields Greenroom does not read at all.
 *
 * Each part is kept beside what Greenroom READ from it at import. The export uses a given part
 * only while Greenroom still reads the same (the act, venue, tour, notes or entry unchanged);
 * once someone edits the show, the venue or an entry, that part is written from Greenroom's data
 * instead. So the record never overrides a correction, and an unedited import exports losslessly.
 */
export interface SetlistFmRecord {
  /** The set list's own fields as read (canonical shapes), without its sets. */
  head: Record<string, unknown>
  read: HeadReading
  /** Per entry id: the set (without songs) or song it came from, and the entry as stored then. */
  entries: Record<string, { given: Record<string, unknown>; read: SetlistEntry }>
}

/** The Greenroom facts a set list's head maps to. */
export interface HeadReading {
  artist: { name: string; mbid: string | null }
  venue: { name: string; city: string; address: string; country: string; latitude: number | null; longitude: number | null }
  tourName: string | null
  notes: string
  recordedAt: string
}

export function recordOf(
  head: Record<string, unknown>,
  read: HeadReading,
  given: Map<string, Record<string, unknown>>,
  entries: SetlistEntry[],
): SetlistFmRecord {
  return { head, read, entries: Object.fromEntries(entries.flatMap((e) => (given.has(e.id) ? [[e.id, { given: given.get(e.id)!, read: e }]] : []))) }
}

/** A stored record (jsonb), or null for anything else. */
export function asRecord(value: unknown): SetlistFmRecord | null {
  if (typeof value !== 'object' || value === null) return null
  const r = value as Partial<SetlistFmRecord>
  return r.head && r.read && r.entries ? (r as SetlistFmRecord) : null
}

/** The part as given while Greenroom still reads `now` from it, else null. */
export function givenWhileUnchanged<K extends keyof HeadReading>(record: SetlistFmRecord | null, key: K, now: HeadReading[K]): boolean {
  return record !== null && isDeepStrictEqual(record.read[key], now)
}

/** The set or song an entry came from, while the entry is as it was imported. */
export function givenEntry(record: SetlistFmRecord | null, entry: SetlistEntry): Record<string, unknown> | null {
  const kept = record?.entries[entry.id]
  return kept && isDeepStrictEqual(kept.read, entry) ? kept.given : null
}

/** A venue row as the head reads it. */
export function venueReading(v: {
  name: string
  city: string
  address: string
  country: string
  latitude: number | null
  longitude: number | null
}): HeadReading['venue'] {
  return { name: v.name, city: v.city, address: v.address, country: v.country, latitude: v.latitude, longitude: v.longitude }
}
