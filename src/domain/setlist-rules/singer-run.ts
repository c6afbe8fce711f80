import type { RuleViolation } from '../setlist.ts'
import type { SetlistRule, SongSlot } from './context.ts'

/**
 * No lead singer sings more than `maxLeadRun` songs in a row. Songs are consecutive when no other
 * song comes between them (talks and section markers do not break a run); a song with no known
 * lead breaks every run. One violation per over-long run, pointing at all its songs.
 */
export const singerRun: SetlistRule = {
  id: 'singer-run',
  check(view, ctx, rules) {
    const max = rules.maxLeadRun
    if (!max) return []
    const violations: RuleViolation[] = []
    const runs = new Map<string, SongSlot[]>()
    const close = (person: string) => {
      const run = runs.get(person)
      runs.delete(person)
      if (!run || run.length <= max) return
      const name = ctx.personNames?.get(person) ?? person
      violations.push({
        rule: 'singer-run',
        message: `${name} sings lead on ${run.length} songs in a row (at most ${max})`,
        entryIds: run.map((s) => s.entry.id),
      })
    }
    for (const slot of view.songs) {
      const leads = new Set(slot.facts?.leadPersonIds ?? [])
      for (const person of [...runs.keys()]) if (!leads.has(person)) close(person)
      for (const person of leads) runs.set(person, [...(runs.get(person) ?? []), slot])
    }
    for (const person of [...runs.keys()]) close(person)
    return violations
  },
}
