import type { SetlistRule, SongSlot } from './context.ts'
import { earliestDay, isPartialDate } from '../partial-date.ts'

/**
 * A song is new when its earliest release is on or after `sinceDate`. A partial date counts from its
 * first day (a release known only as "2013" is not new against 2013-06-01); unreleased songs are not
 * counted, since fans cannot know them yet.
 */
export function isNewSong(slot: SongSlot, sinceDate: string): boolean {
  const released = slot.facts?.releasedOn
  if (!released || !isPartialDate(released) || !isPartialDate(sinceDate)) return false
  return earliestDay(released) >= earliestDay(sinceDate)
}

/** Exactly / at least N new songs ("six new songs"); a song played twice counts once. */
export const newSongs: SetlistRule = {
  id: 'new-songs',
  check(view, _ctx, rules) {
    const rule = rules.newSongs
    if (!rule) return []
    const seen = new Set<string>()
    const fresh = view.songs.filter((s) => isNewSong(s, rule.sinceDate) && !seen.has(s.key) && seen.add(s.key))
    const n = fresh.length
    const noun = (k: number) => `${k} new song${k === 1 ? '' : 's'}`
    if (n < rule.count) {
      return [{ rule: 'new-songs', message: `${noun(rule.count)} needed, ${n} in this list`, entryIds: fresh.map((s) => s.entry.id) }]
    }
    if (rule.mode === 'exactly' && n > rule.count) {
      return [{ rule: 'new-songs', message: `Exactly ${noun(rule.count)} wanted, ${n} in this list`, entryIds: fresh.map((s) => s.entry.id) }]
    }
    return []
  },
}
