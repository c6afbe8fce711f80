import type { SetlistRule } from './context.ts'
import { percent } from './context.ts'

/** At most Y % of the set last played in the same city comes back. */
export const sameCityRepeat: SetlistRule = {
  id: 'same-city-repeat',
  check(view, ctx, rules) {
    const pct = rules.maxSameCityRepeatPct
    const lastKeys = ctx.lastSameCitySongKeys ? [...new Set(ctx.lastSameCitySongKeys)] : []
    if (pct === null || pct === undefined || lastKeys.length === 0) return []
    const now = new Set(view.songs.map((s) => s.key))
    const repeated = lastKeys.filter((k) => now.has(k))
    if (repeated.length * 100 <= pct * lastKeys.length) return []
    const repeatedKeys = new Set(repeated)
    return [
      {
        rule: 'same-city-repeat',
        message: `At most ${pct} % of the last set in this city may come back; ${repeated.length} of its ${lastKeys.length} songs (${percent(repeated.length, lastKeys.length)}) do`,
        entryIds: view.songs.filter((s) => repeatedKeys.has(s.key)).map((s) => s.entry.id),
      },
    ]
  },
}
