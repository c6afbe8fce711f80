// The act's set-list rules checked in the browser while a list is edited (issue 4): the SAME engine
// the server checks saved versions with (src/domain/setlist-rules, pure), fed with the rule context
// the server sends as plain JSON. Works offline once the context was fetched. No React here.
import type { RuleViolation, SetlistEntry, SetlistRuleContext } from '../../api/setlists-api.ts'
import { checkSetlist, type SetlistContext } from '../../../../src/domain/setlist-rules/index.ts'

/** The JSON context as the engine takes it: songs and names as maps. */
export function engineContext(json: SetlistRuleContext): SetlistContext {
  return {
    songs: new Map(
      json.songs.map((s) => [s.recordingId, { durationSeconds: s.durationSeconds, releasedOn: s.releasedOn, leadPersonIds: s.leadPersonIds, needs: s.needs }]),
    ),
    lineupRoles: json.lineupRoles,
    billedGuests: json.billedGuests,
    lastTourSongKeys: json.lastTourSongKeys,
    lastSameCitySongKeys: json.lastSameCitySongKeys,
    personNames: new Map(json.personNames.map((p) => [p.personId, p.name])),
  }
}

/** A checker for one context: call it with each new list (the maps are built once). */
export function ruleChecker(json: SetlistRuleContext): (entries: readonly SetlistEntry[]) => RuleViolation[] {
  const ctx = engineContext(json)
  return (entries) => checkSetlist([...entries], ctx, json.rules, json.ruleIds)
}
