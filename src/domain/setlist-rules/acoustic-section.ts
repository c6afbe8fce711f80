import type { RuleViolation } from '../setlist.ts'
import type { SetlistPart, SetlistRule, SetlistView } from './context.ts'

const RULE = 'acoustic-section'

/** Where an acoustic part sits in the main set: it needs main-set songs both before and after it. */
function placementProblem(view: SetlistView, part: SetlistPart): string | null {
  if (!part.isMainSet) return 'The acoustic section belongs in the middle of the main set, not in an encore'
  const index = view.parts.indexOf(part)
  const played = view.parts.filter((p) => p.isMainSet && p !== part && p.songs.length > 0).map((p) => view.parts.indexOf(p))
  if (!played.some((i) => i < index)) return 'The acoustic section opens the main set; it belongs in the middle'
  if (!played.some((i) => i > index)) return 'The acoustic section closes the main set; it belongs in the middle'
  return null
}

/**
 * An acoustic section only when the acoustic player is in the show's lineup; one of them; in the
 * middle of the main set when `midSet`; and songs that need the acoustic player inside it.
 */
export const acousticSection: SetlistRule = {
  id: RULE,
  check(view, ctx, rules) {
    const rule = rules.acousticSection
    if (!rule) return []
    const role = rule.playerRole
    const acoustic = view.parts.filter((p) => p.kind === 'acoustic')
    const markerIds = acoustic.map((p) => p.marker?.id).filter((id): id is string => !!id)
    const violations: RuleViolation[] = []
    if (acoustic.length && !ctx.lineupRoles.includes(role)) {
      violations.push({ rule: RULE, message: `An acoustic section needs ${role} in the show's lineup, and nobody in it plays that`, entryIds: markerIds })
    }
    if (acoustic.length > 1) {
      violations.push({ rule: RULE, message: `Keep to one acoustic section; this list has ${acoustic.length}`, entryIds: markerIds })
    }
    if (rule.midSet) {
      for (const part of acoustic) {
        const problem = placementProblem(view, part)
        if (problem) violations.push({ rule: RULE, message: problem, entryIds: part.marker ? [part.marker.id] : [] })
      }
    }
    const outside = view.songs.filter((s) => s.facts?.needs.includes(role) && view.parts[s.partIndex]?.kind !== 'acoustic')
    if (outside.length) {
      const what = outside.length === 1 ? 'This song needs' : `${outside.length} songs need`
      violations.push({
        rule: RULE,
        message: `${what} ${role}: play ${outside.length === 1 ? 'it' : 'them'} in the acoustic section`,
        entryIds: outside.map((s) => s.entry.id),
      })
    }
    return violations
  },
}
