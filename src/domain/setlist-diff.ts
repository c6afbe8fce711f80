import type { SetlistDiff, SetlistEntry } from './setlist.ts'

/**
 * What changed between two versions of a set list, song by song (issue 4).
 * Indexes (`fromIndex`, `toIndex`) are 0-based positions in the SONG order of a version: sections
 * and other entries are not counted, so "moved from 3 to 5" reads the same on a phone as in the API.
 * A song played twice in one list (a reprise) gets the key `<songKey>#2` for its second occurrence,
 * so every key in a diff is unique within a version.
 */

/** Identity of a song across versions: `rec:<recordingId>` or `title:<lowercased trimmed title>`; null for non-songs. */
export function songKey(entry: SetlistEntry): string | null {
  if (entry.type !== 'song') return null
  if (entry.recordingId) return `rec:${entry.recordingId}`
  const title = entry.title?.trim().toLowerCase()
  return title ? `title:${title}` : null
}

interface PlacedSong {
  key: string
  entry: SetlistEntry
  index: number
  section: string | null
}

/** The label of the part a section marker opens: its kind, or its title for 'other' (or untyped) sections. */
export function sectionLabel(marker: SetlistEntry): string | null {
  if (marker.section && marker.section !== 'other') return marker.section
  return marker.title?.trim() || marker.section || null
}

/** The songs of a version in order, with unique keys (repeats numbered) and the section each belongs to. */
export function placeSongs(entries: SetlistEntry[]): PlacedSong[] {
  const seen = new Map<string, number>()
  const songs: PlacedSong[] = []
  let section: string | null = null
  for (const entry of entries) {
    if (entry.type === 'section') {
      section = sectionLabel(entry)
      continue
    }
    const base = songKey(entry)
    if (base === null) continue
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    songs.push({ key: n === 1 ? base : `${base}#${n}`, entry, index: songs.length, section })
  }
  return songs
}

/** The song keys of a version in order, as `diffSetlists` names them. */
export function songKeys(entries: SetlistEntry[]): string[] {
  return placeSongs(entries).map((s) => s.key)
}

/**
 * Positions (into `values`) of one longest strictly increasing subsequence, O(n log n).
 * @example longestIncreasingSubsequence([0, 3, 1, 2]) // [0, 2, 3]
 */
export function longestIncreasingSubsequence(values: number[]): number[] {
  const tails: number[] = [] // tails[l] = position of the smallest tail of an increasing run of length l+1
  const previous: number[] = new Array<number>(values.length).fill(-1)
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (values[tails[mid]!]! < v) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) previous[i] = tails[lo - 1]!
    tails[lo] = i
  }
  const result: number[] = []
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) result.push(i)
  return result.reverse()
}

const CHANGE_FIELDS = ['notes', 'keyOverride', 'guests', 'arrangement', 'segue', 'cover'] as const

function comparable(entry: SetlistEntry, field: (typeof CHANGE_FIELDS)[number]): string {
  switch (field) {
    case 'notes':
      return entry.notes?.trim() ?? ''
    case 'keyOverride':
      return entry.keyOverride ?? ''
    case 'guests':
      return JSON.stringify((entry.guests ?? []).map((g) => g.trim().toLowerCase()).sort())
    case 'arrangement':
      return entry.arrangement?.trim() ?? ''
    case 'segue':
      return entry.segue ?? ''
    case 'cover':
      return entry.cover ? `${entry.cover.artist.trim().toLowerCase()}|${entry.cover.mbid ?? ''}` : ''
  }
}

/** The fields (of notes, keyOverride, guests, arrangement, segue, cover) that differ between two entries of one song. */
export function changedFields(before: SetlistEntry, after: SetlistEntry): string[] {
  return CHANGE_FIELDS.filter((f) => comparable(before, f) !== comparable(after, f))
}

/**
 * Songs added, removed and moved, sections changed and per-song changes from `before` to `after`.
 * A kept song is "moved" only when it is not on one longest run of kept songs whose relative order
 * is unchanged, so one insertion does not mark everything after it as moved.
 */
export function diffSetlists(before: SetlistEntry[], after: SetlistEntry[], titleOf: (e: SetlistEntry) => string): SetlistDiff {
  const oldSongs = placeSongs(before)
  const newSongs = placeSongs(after)
  const oldByKey = new Map(oldSongs.map((s) => [s.key, s]))
  const newKeys = new Set(newSongs.map((s) => s.key))
  const diff: SetlistDiff = { added: [], removed: [], moved: [], sectionsChanged: [], changed: [] }

  for (const s of oldSongs) {
    if (!newKeys.has(s.key)) diff.removed.push({ key: s.key, title: titleOf(s.entry), fromIndex: s.index })
  }
  const kept: { now: PlacedSong; was: PlacedSong }[] = []
  for (const s of newSongs) {
    const was = oldByKey.get(s.key)
    if (was) kept.push({ now: s, was })
    else diff.added.push({ key: s.key, title: titleOf(s.entry), toIndex: s.index })
  }
  const staying = new Set(longestIncreasingSubsequence(kept.map((k) => k.was.index)))
  kept.forEach(({ now, was }, i) => {
    const title = titleOf(now.entry)
    if (!staying.has(i)) diff.moved.push({ key: now.key, title, fromIndex: was.index, toIndex: now.index })
    if (was.section !== now.section) diff.sectionsChanged.push({ key: now.key, title, fromSection: was.section, toSection: now.section })
    const fields = changedFields(was.entry, now.entry)
    if (fields.length) diff.changed.push({ key: now.key, title, fields })
  })
  return diff
}

/**
 * Rebuilds the new song order from the old one and a diff: drop removed and moved songs, then put
 * added and moved songs at their `toIndex`, lowest first. `applySongDiff(songKeys(a), diffSetlists(a, b, t))`
 * equals `songKeys(b)` (the property test in setlist-diff.test.ts).
 */
export function applySongDiff(beforeKeys: string[], diff: Pick<SetlistDiff, 'added' | 'removed' | 'moved'>): string[] {
  const leaving = new Set([...diff.removed.map((r) => r.key), ...diff.moved.map((m) => m.key)])
  const result = beforeKeys.filter((k) => !leaving.has(k))
  const arriving = [...diff.added, ...diff.moved].sort((a, b) => a.toIndex - b.toIndex)
  for (const a of arriving) result.splice(a.toIndex, 0, a.key)
  return result
}
