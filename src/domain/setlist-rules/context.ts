import type { RuleViolation, SetlistEntry, SetlistRules } from '../setlist.ts'
import { songKey } from '../setlist-diff.ts'

/** What the rules know about one recording of the repertoire. */
export interface SongFacts {
  durationSeconds: number | null
  /** Earliest release date, possibly partial (2013, 2013-06, 2013-06-11); null when unreleased. */
  releasedOn: string | null
  leadPersonIds: string[]
  /** What the song needs on stage: 'acoustic-guitar', 'guest', ... (the same words as lineup roles). */
  needs: string[]
}

/** Everything the set-list rules need, as plain data: loaded by a use case, or built by the planner. */
export interface SetlistContext {
  /** Keyed by recordingId. */
  songs: Map<string, SongFacts>
  /** Roles of the people in the show's lineup, e.g. 'acoustic-guitar'. */
  lineupRoles: string[]
  /** Names of the acts billed at the show. */
  billedGuests: string[]
  /** Song keys (see songKey) of the last tour's set; null when there is none. */
  lastTourSongKeys: string[] | null
  /** Song keys of the set last played in the same city; null when there is none. */
  lastSameCitySongKeys: string[] | null
  /** Optional names for messages ("Kendall sings 4 in a row"); ids are shown otherwise. */
  personNames?: Map<string, string>
}

/** One song of the list as the rules see it. */
export interface SongSlot {
  entry: SetlistEntry
  /** songKey of the entry. */
  key: string
  facts: SongFacts | null
  /** Index of the part (see SetlistPart) the song is in. */
  partIndex: number
}

/** A stretch of the list opened by a section marker (or the start of the list); `encore` parts and all after the first one are not the main set. */
export interface SetlistPart {
  marker: SetlistEntry | null
  kind: 'main' | 'acoustic' | 'encore' | 'other'
  isMainSet: boolean
  songs: SongSlot[]
}

/** The list read once, shared by every rule. */
export interface SetlistView {
  entries: SetlistEntry[]
  songs: SongSlot[]
  parts: SetlistPart[]
}

export function viewSetlist(entries: SetlistEntry[], ctx: SetlistContext): SetlistView {
  const parts: SetlistPart[] = [{ marker: null, kind: 'main', isMainSet: true, songs: [] }]
  const songs: SongSlot[] = []
  let isMainSet = true
  for (const entry of entries) {
    if (entry.type === 'section') {
      const kind = entry.section ?? 'other'
      if (kind === 'encore') isMainSet = false
      parts.push({ marker: entry, kind, isMainSet, songs: [] })
      continue
    }
    const key = songKey(entry)
    if (key === null) continue
    const facts = entry.recordingId ? (ctx.songs.get(entry.recordingId) ?? null) : null
    const slot: SongSlot = { entry, key, facts, partIndex: parts.length - 1 }
    songs.push(slot)
    parts[parts.length - 1]!.songs.push(slot)
  }
  return { entries, songs, parts }
}

/** One rule: a pure function of the list, the context and the act's rules; [] when the rule is off. */
export interface SetlistRule {
  id: string
  check: (view: SetlistView, ctx: SetlistContext, rules: SetlistRules) => RuleViolation[]
}

/** "12 %" with no decimals unless needed. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '0 %' : `${Math.round((part / whole) * 1000) / 10} %`
}

/** Distinct song keys of the list in order (a reprise counts once). */
export function distinctSongKeys(view: SetlistView): string[] {
  return [...new Set(view.songs.map((s) => s.key))]
}
