import type { SetlistEntry } from './setlist.ts'
import { longestIncreasingSubsequence, songKey } from './setlist-diff.ts'

/**
 * Three-way merge of set lists (issue 4: two members edit the same version; the second to save
 * sees the other's change and merges it, nothing is overwritten). Entries are matched by their
 * stable `id`. Both sides' additions, removals, moves and field edits are combined; where both
 * sides changed the same entry differently (or one removed what the other edited) the merge lists
 * a conflict and takes `theirs` unless told otherwise. Pure, no I/O: the web editor runs it.
 */

export type MergeSide = 'mine' | 'theirs'

export type MergeConflictKind =
  /** Both changed the same field(s) of an entry, to different values. */
  | 'edited-both'
  /** I removed the entry; they changed it. Theirs keeps it, mine drops it. */
  | 'removed-mine-edited-theirs'
  /** They removed the entry; I changed it. Theirs drops it, mine keeps it. */
  | 'removed-theirs-edited-mine'
  /** Both moved the entry, to different places. */
  | 'moved-both'
  /** Both added the same song, with different details. */
  | 'added-both'

export interface MergeConflict {
  entryId: string
  kind: MergeConflictKind
  /** My side of the entry; null when I removed it. */
  mine: SetlistEntry | null
  /** Their side of the entry; null when they removed it. */
  theirs: SetlistEntry | null
  /** For edited-both / added-both: the fields both set differently. */
  fields: string[]
  /** Which side the merged list follows for this conflict. */
  chosen: MergeSide
}

export interface SetlistMerge {
  merged: SetlistEntry[]
  conflicts: MergeConflict[]
}

export interface MergeOptions {
  /** The side to follow for a conflict on this entry; theirs by default. */
  choose?: (entryId: string) => MergeSide
}

/** One field's value as compared: a missing value and null are the same, objects by their JSON. */
function valueOf(entry: SetlistEntry, field: string): string {
  const v = (entry as Record<string, unknown>)[field]
  return v === undefined || v === null ? 'null' : JSON.stringify(v)
}

/** The value exactly as written (missing and null apart), so an untouched side is recognised as such. */
function rawOf(entry: SetlistEntry, field: string): string {
  const v = (entry as Record<string, unknown>)[field]
  return v === undefined ? '~' : JSON.stringify(v)
}

function fieldsOf(...entries: SetlistEntry[]): string[] {
  const keys = new Set<string>()
  for (const e of entries) for (const k of Object.keys(e)) if (k !== 'id') keys.add(k)
  return [...keys].sort()
}

/** Whether two entries say the same (ids aside). */
export function sameEntry(a: SetlistEntry, b: SetlistEntry): boolean {
  return fieldsOf(a, b).every((f) => valueOf(a, f) === valueOf(b, f))
}

/** An entry with `pick(field)`'s value for every field; missing values are left out. */
function build(id: string, fields: string[], pick: (field: string) => SetlistEntry): SetlistEntry {
  const out: Record<string, unknown> = { id }
  for (const f of fields) {
    const v = (pick(f) as Record<string, unknown>)[f]
    if (v !== undefined) out[f] = v
  }
  return out as SetlistEntry
}

/** Field by field: a side's change wins over the base; two different changes are a conflict (`prefer` decides). */
function mergeFields(base: SetlistEntry, mine: SetlistEntry, theirs: SetlistEntry, prefer: MergeSide): { entry: SetlistEntry; conflicting: string[] } {
  const fields = fieldsOf(base, mine, theirs)
  const conflicting: string[] = []
  const entry = build(base.id, fields, (f) => {
    if (rawOf(theirs, f) === rawOf(base, f)) return mine
    if (rawOf(mine, f) === rawOf(base, f)) return theirs
    const b = valueOf(base, f)
    const m = valueOf(mine, f)
    const t = valueOf(theirs, f)
    if (m === t || m === b) return theirs
    if (t === b) return mine
    conflicting.push(f)
    return prefer === 'mine' ? mine : theirs
  })
  return { entry, conflicting }
}

/** Ids of `side` that moved against `base`: those off one longest run kept in base order. */
function movedIds(base: readonly SetlistEntry[], side: readonly SetlistEntry[]): Set<string> {
  const baseIndex = new Map(base.map((e, i) => [e.id, i]))
  const kept = side.filter((e) => baseIndex.has(e.id))
  const stay = new Set(longestIncreasingSubsequence(kept.map((e) => baseIndex.get(e.id)!)))
  return new Set(kept.filter((_, i) => !stay.has(i)).map((e) => e.id))
}

/** Entries of the base whose predecessor (among the entries both lists have) is not the same in `side`. */
function disturbed(base: readonly SetlistEntry[], side: readonly SetlistEntry[]): Set<string> {
  const inSide = new Set(side.map((e) => e.id))
  const inBase = new Set(base.map((e) => e.id))
  const before = (list: readonly SetlistEntry[]) => {
    const map = new Map<string, string | null>()
    let previous: string | null = null
    for (const e of list) {
      if (!inSide.has(e.id) || !inBase.has(e.id)) continue
      map.set(e.id, previous)
      previous = e.id
    }
    return map
  }
  const was = before(base)
  const now = before(side)
  return new Set([...now].filter(([id, prev]) => was.get(id) !== prev).map(([id]) => id))
}

/** The id of the entry before `id` in `list` that `present` accepts; null at the start. */
function anchorBefore(list: readonly SetlistEntry[], id: string, present: (id: string) => boolean): string | null {
  const i = list.findIndex((e) => e.id === id)
  for (let j = i - 1; j >= 0; j--) if (present(list[j]!.id)) return list[j]!.id
  return null
}

function freshId(id: string, taken: Set<string>): string {
  for (let n = 2; ; n++) {
    const candidate = `${id.slice(0, 56)}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}

/**
 * Merges my changes and theirs, both made from `base`.
 * @example mergeSetlists(v1, myEdit, theirEdit).merged // both sides' changes; .conflicts lists what both changed differently
 */
export function mergeSetlists(
  base: readonly SetlistEntry[],
  mine: readonly SetlistEntry[],
  theirs: readonly SetlistEntry[],
  opts: MergeOptions = {},
): SetlistMerge {
  const choose = opts.choose ?? (() => 'theirs' as const)
  const baseById = new Map(base.map((e) => [e.id, e]))
  const mineById = new Map(mine.map((e) => [e.id, e]))
  const theirsById = new Map(theirs.map((e) => [e.id, e]))
  const conflicts: MergeConflict[] = []
  const conflict = (c: Omit<MergeConflict, 'chosen'>): MergeSide => {
    const chosen = choose(c.entryId)
    conflicts.push({ ...c, chosen })
    return chosen
  }

  /** The merged content of each surviving entry, by id. */
  const content = new Map<string, SetlistEntry>()
  /** Entries to place where mine has them (my additions, my moves, and what only I kept). */
  const placeLikeMine = new Set<string>()
  /** My entries kept under another id (both sides added different entries under one id). */
  const renamed = new Map<string, string>()

  // Entries of the base: edited, removed or kept on each side.
  for (const b of base) {
    const m = mineById.get(b.id)
    const t = theirsById.get(b.id)
    if (m && t) {
      const prefer = choose(b.id)
      const { entry, conflicting } = mergeFields(b, m, t, prefer)
      if (conflicting.length) conflict({ entryId: b.id, kind: 'edited-both', mine: m, theirs: t, fields: conflicting })
      content.set(b.id, entry)
    } else if (m && !t) {
      if (sameEntry(b, m)) continue // they removed it, I left it alone
      if (conflict({ entryId: b.id, kind: 'removed-theirs-edited-mine', mine: m, theirs: null, fields: [] }) === 'mine') {
        content.set(b.id, m)
        placeLikeMine.add(b.id)
      }
    } else if (t && !m) {
      if (sameEntry(b, t)) continue // I removed it, they left it alone
      if (conflict({ entryId: b.id, kind: 'removed-mine-edited-theirs', mine: null, theirs: t, fields: [] }) === 'theirs') content.set(b.id, t)
    }
  }

  // Their additions are all kept; mine are kept unless they added the same entry (or the same song).
  const theirAdded = theirs.filter((e) => !baseById.has(e.id))
  for (const t of theirAdded) content.set(t.id, t)
  const unpairedTheirSongs = new Map<string, SetlistEntry>()
  for (const t of theirAdded) {
    const key = songKey(t)
    if (key && !mineById.has(t.id) && !unpairedTheirSongs.has(key)) unpairedTheirSongs.set(key, t)
  }
  const taken = new Set([...base, ...mine, ...theirs].map((e) => e.id))
  for (const m of mine) {
    if (baseById.has(m.id)) continue
    const sameId = theirsById.get(m.id)
    if (sameId && sameEntry(sameId, m)) continue // both added it
    const key = songKey(m)
    const sameSong = sameId && key && songKey(sameId) === key ? sameId : !sameId && key ? unpairedTheirSongs.get(key) : undefined
    if (sameSong) {
      if (sameSong !== sameId) unpairedTheirSongs.delete(key!)
      renamed.set(m.id, sameSong.id)
      if (sameEntry(sameSong, m)) continue
      const fields = fieldsOf(sameSong, m).filter((f) => valueOf(sameSong, f) !== valueOf(m, f))
      if (conflict({ entryId: sameSong.id, kind: 'added-both', mine: m, theirs: sameSong, fields }) === 'mine')
        content.set(sameSong.id, { ...m, id: sameSong.id })
      continue
    }
    let id = m.id
    if (sameId) {
      id = freshId(m.id, taken)
      taken.add(id)
      renamed.set(m.id, id)
    }
    content.set(id, { ...m, id })
    placeLikeMine.add(id)
  }

  // Moves: mine are replayed on their order. Where both sides changed what comes before an entry,
  // and it ends up after different entries, both moved it: a conflict.
  const survives = (id: string) => content.has(id)
  const inBoth = (id: string) => survives(id) && mineById.has(id) && theirsById.has(id)
  const mineMoved = disturbed(base, mine)
  const theirsMoved = disturbed(base, theirs)
  const settled = new Set<string>()
  for (const e of mine) {
    if (!inBoth(e.id) || placeLikeMine.has(e.id) || !mineMoved.has(e.id) || !theirsMoved.has(e.id)) continue
    if (anchorBefore(mine, e.id, inBoth) === anchorBefore(theirs, e.id, inBoth)) continue
    settled.add(e.id)
    if (conflict({ entryId: e.id, kind: 'moved-both', mine: mineById.get(e.id)!, theirs: theirsById.get(e.id)!, fields: [] }) === 'mine')
      placeLikeMine.add(e.id)
  }
  for (const id of movedIds(base, mine)) if (survives(id) && !settled.has(id)) placeLikeMine.add(id)

  // Their order is the skeleton; what follows mine goes after the entry before it in mine (and after
  // anything only they have there), in my order.
  const order = theirs.map((e) => e.id).filter((id) => survives(id) && !placeLikeMine.has(id))
  const mineIds = mine.map((e) => renamed.get(e.id) ?? e.id)
  const inMine = new Set(mineIds)
  const mineOrder = mineIds.map((id) => content.get(id) ?? ({ id } as SetlistEntry))
  for (const id of mineIds) {
    if (!placeLikeMine.has(id)) continue
    const after = anchorBefore(mineOrder, id, (x) => survives(x) && order.includes(x))
    let at = after === null ? 0 : order.indexOf(after) + 1
    while (at < order.length && !inMine.has(order[at]!)) at++
    order.splice(at, 0, id)
  }
  return { merged: order.map((id) => content.get(id)!), conflicts }
}

/** The merge again with one conflict decided: `choices` maps entry ids to a side (theirs otherwise). */
export function mergeWithChoices(
  base: readonly SetlistEntry[],
  mine: readonly SetlistEntry[],
  theirs: readonly SetlistEntry[],
  choices: Readonly<Record<string, MergeSide>>,
): SetlistMerge {
  return mergeSetlists(base, mine, theirs, { choose: (id) => choices[id] ?? 'theirs' })
}
