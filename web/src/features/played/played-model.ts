// Pure helpers of the "what was played" screens. No React here.
import type { SongHistory } from '../../api/played-api.ts'
import type { SetlistEntry } from '../../api/setlists-api.ts'
import { songKey } from '../../../../src/domain/setlist-diff.ts'
import { dateTimeFormat } from '../shows/zoned-time.ts'

/** The date today at the venue (YYYY-MM-DD), for "past or today's show". */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  try {
    return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
  } catch {
    return now.toISOString().slice(0, 10)
  }
}

/** What was played can be recorded from the day of the show on (at the venue). */
export function canRecordPlayed(show: { localDate: string; timeZone: string }, now: Date = new Date()): boolean {
  return show.localDate <= todayIn(show.timeZone, now)
}

/** The play history of each song of a list, in list order (a song played twice once), from the act's history. */
export function historyOfSongs(
  entries: readonly SetlistEntry[],
  songs: readonly SongHistory[],
): { key: string; entry: SetlistEntry; history: SongHistory | null }[] {
  const byKey = new Map(songs.map((s) => [s.songKey, s]))
  const seen = new Set<string>()
  const rows: { key: string; entry: SetlistEntry; history: SongHistory | null }[] = []
  for (const entry of entries) {
    const key = songKey(entry)
    if (!key || seen.has(key)) continue
    seen.add(key)
    rows.push({ key, entry, history: byKey.get(key) ?? null })
  }
  return rows
}

/** Songs numbered 1, 2, 3 … through the whole list; section headers and other entries get no number. */
export function numberSongs<E extends { type: string }>(entries: readonly E[]): { entry: E; number: number | null }[] {
  let n = 0
  return entries.map((entry) => ({ entry, number: entry.type === 'song' ? ++n : null }))
}
