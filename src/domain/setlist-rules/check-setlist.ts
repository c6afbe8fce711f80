import type { RuleViolation, SetlistEntry, SetlistRules } from '../setlist.ts'
import type { SetlistContext, SetlistRule } from './context.ts'
import { viewSetlist } from './context.ts'
import { acousticSection } from './acoustic-section.ts'
import { differFromLastTour } from './differ-from-last-tour.ts'
import { durationWindow } from './duration-window.ts'
import { guestBilled } from './guest-billed.ts'
import { newSongs } from './new-songs.ts'
import { sameCityRepeat } from './same-city-repeat.ts'
import { singerRun } from './singer-run.ts'

/** Every set-list rule, in the order violations are reported. The planner evaluates them one by one. */
export const SETLIST_RULES: readonly SetlistRule[] = [durationWindow, newSongs, acousticSection, guestBilled, singerRun, differFromLastTour, sameCityRepeat]

/**
 * The act's rules checked against one set list; [] when it keeps them all. Pass `only` to check a
 * subset of rule ids (the planner re-checks just the rules a move can affect).
 */
export function checkSetlist(entries: SetlistEntry[], ctx: SetlistContext, rules: SetlistRules, only?: readonly string[]): RuleViolation[] {
  const view = viewSetlist(entries, ctx)
  const selected = only ? SETLIST_RULES.filter((r) => only.includes(r.id)) : SETLIST_RULES
  return selected.flatMap((r) => r.check(view, ctx, rules))
}
