import type { PlannerRunShow } from '../../api/planner-api.ts'

export interface TourGrid {
  /** Songs, most planned first (then by title). */
  songs: { recordingId: string; title: string; times: number }[]
  /** Shows in date order, with the set of songs each plays. */
  shows: { showId: string; label: string; songs: Set<string> }[]
  /** Similarity of each show with the one before: shows.length - 1 values, 0 (nothing shared) to 1 (the same songs). */
  jaccard: number[]
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0
  let shared = 0
  for (const x of a) if (b.has(x)) shared++
  return shared / (a.size + b.size - shared)
}

/** The picture of a planned tour: which song each show plays, and how alike consecutive shows are. */
export function tourGrid(shows: PlannerRunShow[], titles: Record<string, string>): TourGrid {
  const times = new Map<string, number>()
  const columns = shows.map((s) => {
    const songs = new Set(s.recordingIds)
    for (const id of songs) times.set(id, (times.get(id) ?? 0) + 1)
    return { showId: s.showId, label: s.label, songs }
  })
  const songs = [...times.entries()]
    .map(([recordingId, n]) => ({ recordingId, title: titles[recordingId] ?? 'Untitled', times: n }))
    .sort((a, b) => b.times - a.times || a.title.localeCompare(b.title))
  const similarity = columns.slice(1).map((c, i) => jaccard(columns[i]!.songs, c.songs))
  return { songs, shows: columns, jaccard: similarity }
}

/** Points of a line chart of values 0–1 in a box of width × height (y = 1 at the top). */
export function linePoints(values: number[], width: number, height: number): string {
  if (values.length === 0) return ''
  const step = values.length === 1 ? 0 : width / (values.length - 1)
  return values.map((v, i) => `${Math.round(i * step * 10) / 10},${Math.round((1 - Math.min(1, Math.max(0, v))) * height * 10) / 10}`).join(' ')
}
