import type { RuleViolation } from '../setlist.ts'
import type { SetlistRule } from './context.ts'

const normal = (name: string) => name.trim().toLowerCase()

/**
 * A guest comes on only when billed at the show: every guest named on an entry must be billed
 * (names compared case-insensitively), and a song that needs a guest must name one, so it is checked too.
 */
export const guestBilled: SetlistRule = {
  id: 'guest-billed',
  check(view, ctx, rules) {
    if (!rules.guestSongsNeedBilledGuest) return []
    const billed = new Set(ctx.billedGuests.map(normal))
    const violations: RuleViolation[] = []
    for (const entry of view.entries) {
      const missing = (entry.guests ?? []).filter((g) => !billed.has(normal(g)))
      if (missing.length) {
        violations.push({
          rule: 'guest-billed',
          message: `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not billed at this show`,
          entryIds: [entry.id],
        })
      }
    }
    for (const slot of view.songs) {
      if (!slot.facts?.needs.includes('guest') || (slot.entry.guests ?? []).length) continue
      violations.push({ rule: 'guest-billed', message: 'This song needs a guest: name the billed guest who joins', entryIds: [slot.entry.id] })
    }
    return violations
  },
}
