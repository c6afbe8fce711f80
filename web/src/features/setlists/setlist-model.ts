// Pure helpers of the set-list pages: grouping by section, moving entries, labels, and a diff by
// entry id for when the server's diff is not at hand. No React here, so it is easy to test.
import type { AnswerKind, ProposalStatus, RuleViolation, SetlistDiff, SetlistEntry, TimedEntry } from '../../api/setlists-api.ts'

export type SectionKind = NonNullable<SetlistEntry['section']>
export type OtherKind = NonNullable<SetlistEntry['otherKind']>

export const SECTION_LABELS: Record<SectionKind, string> = { main: 'Main set', acoustic: 'Acoustic section', encore: 'Encore', other: 'Section' }
export const OTHER_LABELS: Record<OtherKind, string> = { talk: 'Talk', break: 'Break', 'dj-interlude': 'DJ interlude', other: 'Other' }
export const STATUS_LABELS: Record<ProposalStatus, string> = { open: 'Open', agreed: 'Agreed', withdrawn: 'Withdrawn' }
export const ANSWER_LABELS: Record<AnswerKind, string> = {
  approve: 'approved',
  amend: 'amended',
  counter: 'counter-proposed',
  reject: 'rejected',
  comment: 'commented',
}
export const VERSION_KIND_LABELS = { draft: 'Draft', amendment: 'Amendment', counter: 'Counter-proposal', planner: 'From the planner' } as const

export interface SectionGroup<E extends SetlistEntry> {
  /** The section marker, or null for entries before the first marker. */
  marker: E | null
  entries: E[]
}

/** Entries after a marker belong to it until the next one. */
export function groupBySection<E extends SetlistEntry>(entries: readonly E[]): SectionGroup<E>[] {
  const groups: SectionGroup<E>[] = []
  for (const entry of entries) {
    if (entry.type === 'section') groups.push({ marker: entry, entries: [] })
    else {
      if (groups.length === 0) groups.push({ marker: null, entries: [] })
      groups[groups.length - 1]!.entries.push(entry)
    }
  }
  return groups
}

export function sectionTitle(entry: SetlistEntry): string {
  return entry.title?.trim() || SECTION_LABELS[entry.section ?? 'other']
}

/** Moves one entry by `delta` places; out of range leaves the list as it is. */
export function moveEntry<E>(entries: readonly E[], index: number, delta: number): E[] {
  const to = index + delta
  if (index < 0 || index >= entries.length || to < 0 || to >= entries.length) return [...entries]
  const copy = [...entries]
  const [moved] = copy.splice(index, 1)
  copy.splice(to, 0, moved!)
  return copy
}

/** A fresh entry id: `e<n>` above every numbered id in use, so ids stay readable and stable. */
export function nextEntryId(entries: readonly SetlistEntry[]): string {
  let max = 0
  for (const e of entries) {
    const m = /^e(\d+)$/.exec(e.id)
    if (m) max = Math.max(max, Number(m[1]))
  }
  const taken = new Set(entries.map((e) => e.id))
  let n = max + 1
  while (taken.has(`e${n}`)) n++
  return `e${n}`
}

/** The plain entry, as the API takes it, from a timed entry as the API gives it. */
export function plainEntry(entry: SetlistEntry | TimedEntry): SetlistEntry {
  const { displayTitle: _d, effectiveSeconds: _e, startOffsetSeconds: _s, clockTime: _c, ...plain } = entry as TimedEntry
  return plain
}

export const RULE_LABELS: Record<string, string> = {
  'duration-window': 'Running time',
  'new-songs': 'New songs',
  'acoustic-section': 'Acoustic section',
  'guest-billed': 'Guest not billed',
  'singer-run': 'Same lead singer in a row',
  'differ-from-last-tour': 'Too close to the last tour',
  'same-city-repeat': 'Played here last time',
}

/**
 * Violations by the entry they point at; those about the whole list under `list`. A violation that
 * points at many entries is also listed once for the whole list, so its long message is not repeated.
 */
export function violationsByEntry(violations: readonly RuleViolation[]): { list: RuleViolation[]; byEntry: Map<string, RuleViolation[]> } {
  const list: RuleViolation[] = []
  const byEntry = new Map<string, RuleViolation[]>()
  for (const v of violations) {
    if (v.entryIds.length === 0 || v.entryIds.length > 2) list.push(v)
    for (const id of v.entryIds) byEntry.set(id, [...(byEntry.get(id) ?? []), v])
  }
  return { list, byEntry }
}

/** What an entry shows of a violation: the whole message, or a short label when the message is listed above. */
export function violationOnEntry(v: RuleViolation): string {
  return v.entryIds.length > 2 ? `${RULE_LABELS[v.rule] ?? v.rule} (see above)` : v.message
}

/** The title of an entry for people: its display title, recording title, or its kind. */
export function entryTitle(entry: SetlistEntry | TimedEntry, recordingTitle?: (id: string) => string | undefined): string {
  if ('displayTitle' in entry && entry.displayTitle) return entry.displayTitle
  if (entry.type === 'section') return sectionTitle(entry)
  if (entry.type === 'other') return entry.title?.trim() || OTHER_LABELS[entry.otherKind ?? 'other']
  return entry.title?.trim() || (entry.recordingId && recordingTitle?.(entry.recordingId)) || 'Untitled song'
}

/** "with Victoria Justice", "Taylor Swift cover", "acoustic" … the small print under a song. */
export function entryDetails(entry: SetlistEntry): string[] {
  const details: string[] = []
  if (entry.cover) details.push(`${entry.cover.artist} cover`)
  if (entry.guests && entry.guests.length > 0) details.push(`with ${entry.guests.join(' and ')}`)
  if (entry.arrangement) details.push(entry.arrangement)
  if (entry.keyOverride) details.push(`in ${entry.keyOverride}`)
  return details
}

/** Changes between two lists by entry id, as the server's diff reports them (songs, other entries and sections). */
export function localDiff(from: readonly (SetlistEntry | TimedEntry)[], to: readonly (SetlistEntry | TimedEntry)[]): SetlistDiff {
  const title = (e: SetlistEntry | TimedEntry) => entryTitle(e)
  const fromIndex = new Map(from.map((e, i) => [e.id, i]))
  const toIndex = new Map(to.map((e, i) => [e.id, i]))
  const sectionOf = (list: readonly SetlistEntry[]) => {
    const map = new Map<string, string | null>()
    let current: string | null = null
    for (const e of list) {
      if (e.type === 'section') current = sectionTitle(e)
      else map.set(e.id, current)
    }
    return map
  }
  const fromSection = sectionOf(from)
  const toSection = sectionOf(to)
  const added = to.flatMap((e, i) => (fromIndex.has(e.id) ? [] : [{ key: e.id, title: title(e), toIndex: i }]))
  const removed = from.flatMap((e, i) => (toIndex.has(e.id) ? [] : [{ key: e.id, title: title(e), fromIndex: i }]))
  // Moved: kept entries whose order among the kept ones changed (a longest run in order stays put).
  const keptFrom = from.filter((e) => toIndex.has(e.id))
  const keptTo = to.filter((e) => fromIndex.has(e.id))
  const stay = longestInOrder(keptTo.map((e) => keptFrom.findIndex((f) => f.id === e.id)))
  const moved = keptTo.flatMap((e, i) => (stay.has(i) ? [] : [{ key: e.id, title: title(e), fromIndex: fromIndex.get(e.id)!, toIndex: toIndex.get(e.id)! }]))
  const sectionsChanged = keptTo.flatMap((e) =>
    e.type !== 'section' && (fromSection.get(e.id) ?? null) !== (toSection.get(e.id) ?? null)
      ? [{ key: e.id, title: title(e), fromSection: fromSection.get(e.id) ?? null, toSection: toSection.get(e.id) ?? null }]
      : [],
  )
  const fields = ['notes', 'keyOverride', 'guests', 'arrangement', 'cover', 'title', 'durationSeconds', 'recordingId'] as const
  const changed = keptTo.flatMap((e) => {
    const before = from[fromIndex.get(e.id)!]!
    const differing = fields.filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(e[f] ?? null))
    return differing.length > 0 ? [{ key: e.id, title: title(e), fields: [...differing] }] : []
  })
  return { added, removed, moved, sectionsChanged, changed }
}

/** Indices of a longest increasing subsequence of `values`. */
function longestInOrder(values: readonly number[]): Set<number> {
  const best: number[] = values.map(() => 1)
  const prev: number[] = values.map(() => -1)
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < i; j++) {
      if (values[j]! < values[i]! && best[j]! + 1 > best[i]!) {
        best[i] = best[j]! + 1
        prev[i] = j
      }
    }
  }
  let end = -1
  for (let i = 0; i < values.length; i++) if (end === -1 || best[i]! > best[end]!) end = i
  const keep = new Set<number>()
  for (let i = end; i !== -1; i = prev[i]!) keep.add(i)
  return keep
}

/** Running time of plain entries: recording durations for songs, their own duration otherwise. */
export function runningSeconds(entries: readonly SetlistEntry[], recordingSeconds: (id: string) => number | null | undefined): number {
  let total = 0
  for (const e of entries) {
    if (e.type === 'section') continue
    const own = e.recordingId ? recordingSeconds(e.recordingId) : null
    total += own ?? e.durationSeconds ?? 0
  }
  return total
}

/** "1 h 21 min" for a running time. */
export function formatRunningTime(seconds: number): string {
  const minutes = Math.round(seconds / 60)
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min`
}
