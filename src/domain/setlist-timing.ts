import type { SetlistEntry } from './setlist.ts'
import { instantToLocalTime } from './local-time.ts'

/** When each entry of a set list starts, from the set start, and on the venue's clock. */
export interface EntryTiming {
  entryId: string
  /** Seconds the entry lasts; null when unknown (counted as 0 in the running time). */
  effectiveSeconds: number | null
  /** Seconds from the set start to this entry's start. */
  startOffsetSeconds: number
  /** HH:MM in the venue's zone; null without a set start. */
  clockTime: string | null
}

export interface SetlistTiming {
  entries: EntryTiming[]
  /** Total of the known durations. */
  runningSeconds: number
}

export interface TimeEntriesOptions {
  /** A song's length (its recording's duration); null when unknown. */
  durationOf: (entry: SetlistEntry) => number | null
  /** The show's set start and the venue's IANA zone. */
  setStart?: { instant: Date; zone: string }
}

/**
 * The length an entry adds to the set: songs by `durationOf` (their recording), or their own
 * duration when they have no recording (covers, title-only songs); other entries by their own
 * duration; sections nothing.
 */
export function entrySeconds(entry: SetlistEntry, durationOf: TimeEntriesOptions['durationOf']): number | null {
  switch (entry.type) {
    case 'section':
      return 0
    case 'song':
      return wholeSeconds(durationOf(entry) ?? entry.durationSeconds ?? null)
    case 'other':
      return wholeSeconds(entry.durationSeconds ?? null)
  }
}

function wholeSeconds(seconds: number | null | undefined): number | null {
  return seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0 ? null : Math.round(seconds)
}

/**
 * Running time of a set list and each entry's start.
 * @example timeEntries(entries, { durationOf: (e) => lengths.get(e.recordingId ?? '') ?? null, setStart: { instant, zone: 'America/Chicago' } })
 */
export function timeEntries(entries: SetlistEntry[], opts: TimeEntriesOptions): SetlistTiming {
  let offset = 0
  const timed = entries.map((entry): EntryTiming => {
    const effectiveSeconds = entrySeconds(entry, opts.durationOf)
    const startOffsetSeconds = offset
    offset += effectiveSeconds ?? 0
    const clockTime = opts.setStart ? instantToLocalTime(new Date(opts.setStart.instant.getTime() + startOffsetSeconds * 1000), opts.setStart.zone) : null
    return { entryId: entry.id, effectiveSeconds, startOffsetSeconds, clockTime }
  })
  return { entries: timed, runningSeconds: offset }
}

/** "1:32:05" or "4:05": a running time as a band reads it. */
export function formatRunningTime(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const rest = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`
}
