import type { SetlistRule } from './context.ts'
import { distinctSongKeys, percent } from './context.ts'

/** At least X % of the set's songs were not in the last tour's set ("switch it up"). */
export const differFromLastTour: SetlistRule = {
  id: 'differ-from-last-tour',
  check(view, ctx, rules) {
    const pct = rules.differFromLastTourPct
    if (pct === null || pct === undefined || !ctx.lastTourSongKeys) return []
    const last = new Set(ctx.lastTourSongKeys)
    const keys = distinctSongKeys(view)
    const different = keys.filter((k) => !last.has(k)).length
    if (keys.length === 0 || different * 100 >= pct * keys.length) return []
    return [
      {
        rule: 'differ-from-last-tour',
        message: `At least ${pct} % of the songs should differ from the last tour; ${different} of ${keys.length} (${percent(different, keys.length)}) do`,
        entryIds: view.songs.filter((s) => last.has(s.key)).map((s) => s.entry.id),
      },
    ]
  },
}
