import type { PlannerRules, PlannerShow, PlannerSong } from '../domain/planner.ts'
import type { SetlistEntry } from '../domain/setlist.ts'
import { checkSetlist, type SetlistContext } from '../domain/setlist-rules/index.ts'
import { formatRunningTime } from '../domain/setlist-timing.ts'

/**
 * The independent re-check of a returned plan, on the set-list ENTRIES (not on the planner's own
 * sequence): the set-list rule engine (src/domain/setlist-rules) for the rules it covers, and a
 * small separate check of the planner-only rules (set size, pinned, excluded, encore, acoustic
 * block, songs from the repertoire). It shares no code with the planner's model.
 */

export interface RuleCheck {
  ruleId: string
  ok: boolean
  message: string
}

export interface CheckInput {
  repertoire: PlannerSong[]
  show: PlannerShow
  rules: PlannerRules
  lastTourSongKeys: string[] | null
  sameCitySongKeys: string[] | null
  personNames: Record<string, string>
}

export function contextFor(input: CheckInput): SetlistContext {
  return {
    songs: new Map(
      input.repertoire.map((s) => [
        s.recordingId,
        { durationSeconds: s.durationSeconds, releasedOn: s.releasedOn, leadPersonIds: s.leadPersonIds, needs: s.needs },
      ]),
    ),
    lineupRoles: [...new Set([...input.show.lineupRoles, ...(input.show.lineup ?? []).map((l) => l.role)])],
    billedGuests: input.show.billedGuests,
    lastTourSongKeys: input.lastTourSongKeys,
    lastSameCitySongKeys: input.sameCitySongKeys,
    personNames: new Map(Object.entries(input.personNames)),
  }
}

const ENGINE_RULES: { id: string; on: (r: PlannerRules, i: CheckInput) => boolean; okMessage: (r: PlannerRules, i: CheckInput, running: number) => string }[] =
  [
    {
      id: 'duration-window',
      on: (r, i) => !!(i.show.durationWindow ?? r.durationWindow),
      okMessage: (r, i, running) => {
        const w = (i.show.durationWindow ?? r.durationWindow)!
        return `Running time ${formatRunningTime(running)} is within ${formatRunningTime(w.minSeconds)}–${formatRunningTime(w.maxSeconds)}`
      },
    },
    {
      id: 'new-songs',
      on: (r) => !!r.newSongs,
      okMessage: (r) => `${r.newSongs!.mode === 'exactly' ? 'Exactly' : 'At least'} ${r.newSongs!.count} new songs (released since ${r.newSongs!.sinceDate})`,
    },
    {
      id: 'acoustic-section',
      on: (r) => !!r.acousticSection,
      okMessage: (r) =>
        `Songs needing ${r.acousticSection!.playerRole} are in one acoustic section${r.acousticSection!.midSet ? ' in the middle of the main set' : ''}`,
    },
    { id: 'guest-billed', on: (r) => r.guestSongsNeedBilledGuest, okMessage: () => 'Guests join only songs at shows where they are billed' },
    { id: 'singer-run', on: (r) => !!r.maxLeadRun, okMessage: (r) => `Nobody sings lead on more than ${r.maxLeadRun} songs in a row` },
    {
      id: 'differ-from-last-tour',
      on: (r, i) => r.differFromLastTourPct != null && !!i.lastTourSongKeys,
      okMessage: (r) => `At least ${r.differFromLastTourPct} % of the songs differ from the last tour`,
    },
    {
      id: 'same-city-repeat',
      on: (r, i) => r.maxSameCityRepeatPct != null && !!i.sameCitySongKeys?.length,
      okMessage: (r) => `At most ${r.maxSameCityRepeatPct} % of the last set in this city comes back`,
    },
  ]

/** Every hard rule that applies, checked on the entries: ok or the problem. */
export function checkPlan(entries: SetlistEntry[], input: CheckInput): RuleCheck[] {
  const rules = input.rules
  const show = input.show
  // the engine takes the show's own window when it has one
  const engineRules = show.durationWindow ? { ...rules, durationWindow: show.durationWindow } : rules
  const violations = checkSetlist(entries, contextFor(input), engineRules)
  const byRule = new Map<string, string[]>()
  for (const v of violations) byRule.set(v.rule, [...(byRule.get(v.rule) ?? []), v.message])
  const songs = entries.filter((e) => e.type === 'song')
  const duration = new Map(input.repertoire.map((s) => [s.recordingId, s.durationSeconds]))
  const running = songs.reduce((a, e) => a + (duration.get(e.recordingId ?? '') ?? e.durationSeconds ?? 0), 0)
  const checks: RuleCheck[] = []
  for (const rule of ENGINE_RULES) {
    const problems = byRule.get(rule.id)
    if (problems) checks.push({ ruleId: rule.id, ok: false, message: problems.join('; ') })
    else if (rule.on(rules, input)) checks.push({ ruleId: rule.id, ok: true, message: rule.okMessage(rules, input, running) })
  }
  for (const [id, problems] of byRule) if (!ENGINE_RULES.some((r) => r.id === id)) checks.push({ ruleId: id, ok: false, message: problems.join('; ') })
  checks.push(...checkPlannerRules(entries, input))
  return checks
}

/** The planner-only rules, on entries. */
export function checkPlannerRules(entries: SetlistEntry[], input: CheckInput): RuleCheck[] {
  const rules = input.rules
  const out: RuleCheck[] = []
  const songs = entries.filter((e) => e.type === 'song')
  const ids = songs.map((e) => e.recordingId ?? '')
  const known = new Set(input.repertoire.map((s) => s.recordingId))
  const unknown = ids.filter((id) => !known.has(id))
  const dupes = ids.filter((id, i) => ids.indexOf(id) !== i)
  out.push(
    unknown.length || dupes.length
      ? {
          ruleId: 'known-songs',
          ok: false,
          message: unknown.length ? `${unknown.length} songs are not in the repertoire` : `${dupes.length} songs are in the list twice`,
        }
      : { ruleId: 'known-songs', ok: true, message: 'Every song is from the repertoire, once' },
  )
  if (songs.length === 0) out.push({ ruleId: 'set-size', ok: false, message: 'The set has no songs' })
  if (rules.setSize) {
    const { min, max } = rules.setSize
    const ok = songs.length >= min && songs.length <= max
    out.push({
      ruleId: 'set-size',
      ok,
      message: ok ? `${songs.length} songs, within ${min}–${max}` : `${songs.length} songs; the set should have ${min}–${max}`,
    })
  }
  if (rules.excluded.length) {
    const bad = ids.filter((id) => rules.excluded.includes(id))
    out.push({
      ruleId: 'excluded',
      ok: bad.length === 0,
      message: bad.length ? `${bad.length} excluded songs are in the set` : `None of the ${rules.excluded.length} excluded songs is in the set`,
    })
  }
  // encore: the last N songs after an encore marker
  const encoreAt = entries.findIndex((e) => e.type === 'section' && e.section === 'encore')
  const encoreSongs = encoreAt < 0 ? 0 : entries.slice(encoreAt).filter((e) => e.type === 'song').length
  if (rules.encore) {
    const ok = encoreSongs === rules.encore.songs && songs.length > encoreSongs
    out.push({
      ruleId: 'encore',
      ok,
      message: ok
        ? `An encore of ${encoreSongs} songs after the main set`
        : `The encore should have ${rules.encore.songs} songs after a main set; it has ${encoreSongs}`,
    })
  }
  if (rules.pinned.length) {
    const problems: string[] = []
    for (const pin of rules.pinned) {
      const at = ids.indexOf(pin.recordingId)
      const title = input.repertoire.find((s) => s.recordingId === pin.recordingId)?.title ?? pin.recordingId
      if (at < 0) {
        problems.push(`${title} is not in the set`)
        continue
      }
      const ok =
        pin.position === 'opener'
          ? at === 0
          : pin.position === 'closer'
            ? at === ids.length - 1
            : pin.position === 'encore'
              ? encoreAt >= 0
                ? entries.indexOf(songs[at]!) > encoreAt
                : at === ids.length - 1
              : at === pin.position - 1
      if (!ok) problems.push(`${title} should be ${typeof pin.position === 'number' ? `song ${pin.position}` : `the ${pin.position}`}`)
    }
    out.push({
      ruleId: 'pinned',
      ok: problems.length === 0,
      message: problems.length ? problems.join('; ') : `${rules.pinned.length} pinned song${rules.pinned.length === 1 ? '' : 's'} in place`,
    })
  }
  if (rules.acousticBlock) {
    // without the acoustic player in the lineup there is no acoustic section, and none is asked for
    const role = rules.acousticSection?.playerRole
    const noPlayer = !!role && !contextFor(input).lineupRoles.includes(role)
    const { max } = rules.acousticBlock
    const min = noPlayer ? 0 : rules.acousticBlock.min
    const at = entries.findIndex((e) => e.type === 'section' && e.section === 'acoustic')
    let n = 0
    if (at >= 0)
      for (const e of entries.slice(at + 1)) {
        if (e.type === 'section') break
        if (e.type === 'song') n++
      }
    const ok = n >= min && n <= max
    out.push({
      ruleId: 'acoustic-block',
      ok,
      message: ok
        ? n
          ? `An acoustic section of ${n} songs`
          : noPlayer
            ? `No acoustic section: nobody in the lineup plays ${role}`
            : 'No acoustic section, as allowed'
        : `The acoustic section should have ${min}–${max} songs; it has ${n}`,
    })
  }
  return out
}
