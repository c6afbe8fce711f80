import type { PlannerGoal, TemplateItem } from '../domain/planner.ts'
import type { OtherKind } from '../domain/setlist.ts'
import type { SetlistEntry } from '../domain/setlist.ts'
import type { Problem, PSong } from './problem.ts'
import { arcTarget, keyPenalty } from './costs.ts'

const OTHER_KIND: Record<TemplateItem['kind'], OtherKind> = {
  intro: 'other',
  talk: 'talk',
  'dj-interlude': 'dj-interlude',
  'costume-change': 'break',
  'encore-break': 'break',
  other: 'other',
}

/**
 * Where each part of the show template goes, as "before song t" (t = N: after the last song), and
 * which go before the encore marker. 'mid-set' and a numbered place never split the acoustic
 * section: they move to its end. A part without a place goes where the energy arc wants a breather
 * (arcBreathers); the placed parts do not move for it.
 */
export function templatePlaces(p: Problem, seq: readonly number[]): { before: number; beforeEncore: boolean }[] {
  const N = seq.length
  const mainEnd = N - Math.min(p.encoreK, N)
  const acoustic = seq.map((s) => p.songs[s]!.acoustic)
  const first = acoustic.indexOf(true)
  const last = acoustic.lastIndexOf(true)
  const outOfBlock = (t: number) => (first >= 0 && t > first && t <= last ? last + 1 : t)
  const free = arcBreathers(
    p,
    N,
    mainEnd,
    (t) => first >= 0 && t > first && t <= last,
    p.template.filter((x) => x.at === null),
  )
  let nextFree = 0
  return p.template.map((item) => {
    if (item.at === null) return { before: free[nextFree++]!, beforeEncore: false }
    if (item.at === 'start') return { before: 0, beforeEncore: false }
    if (item.at === 'end') return { before: N, beforeEncore: false }
    if (item.at === 'before-encore') return p.encoreK > 0 && mainEnd < N ? { before: mainEnd, beforeEncore: true } : { before: N, beforeEncore: false }
    if (item.at === 'after-acoustic' && first >= 0 && last < mainEnd) return { before: last + 1, beforeEncore: last + 1 === mainEnd && p.encoreK > 0 }
    if (item.at === 'mid-set' || item.at === 'after-acoustic') return { before: outOfBlock(Math.floor(mainEnd / 2)), beforeEncore: false }
    return { before: outOfBlock(Math.min(N, item.at)), beforeEncore: false }
  })
}

/**
 * Places for the parts without one: the gaps between songs of the main set (never before the first
 * song, never inside the acoustic section) where the energy arc is lowest, a breather before it
 * climbs again: the arc's target between the two songs, lowest first (earliest on a tie), one part
 * per gap while gaps last. With one song or none, after the last.
 */
function arcBreathers(p: Problem, N: number, mainEnd: number, inBlock: (t: number) => boolean, items: unknown[]): number[] {
  const gaps: { t: number; target: number }[] = []
  for (let t = 1; t < mainEnd; t++) if (!inBlock(t)) gaps.push({ t, target: (arcTarget(p.arc, t - 1, N) + arcTarget(p.arc, t, N)) / 2 })
  gaps.sort((a, b) => a.target - b.target || a.t - b.t)
  return items.map((_, i) => (gaps.length ? gaps[i % gaps.length]!.t : N))
}

/** The set-list entries of a sequence: songs with section markers (acoustic, back to main, encore) and the show template's parts; stable ids. */
export function buildEntries(p: Problem, seq: readonly number[]): SetlistEntry[] {
  const N = seq.length
  const mainEnd = N - Math.min(p.encoreK, N)
  const anyAcoustic = seq.some((s) => p.songs[s]!.acoustic)
  const sections = anyAcoustic || (p.encoreK > 0 && mainEnd < N)
  const places = templatePlaces(p, seq)
  const part = (i: number): SetlistEntry => {
    const item = p.template[i]!
    return { id: `template-${i + 1}`, type: 'other', otherKind: OTHER_KIND[item.kind], title: item.title, durationSeconds: item.durationSeconds }
  }
  const partsAt = (t: number, beforeEncore: boolean) => places.flatMap((x, i) => (x.before === t && x.beforeEncore === beforeEncore ? [part(i)] : []))
  const entries: SetlistEntry[] = []
  if (sections) entries.push({ id: 'main', type: 'section', section: 'main', title: 'Main set' })
  let acousticOpen = false
  let parts = 1
  for (let t = 0; t < N; t++) {
    const s = p.songs[seq[t]!]!
    if (t === mainEnd && p.encoreK > 0) {
      entries.push(...partsAt(t, true))
      entries.push({ id: 'encore', type: 'section', section: 'encore', title: 'Encore' })
      acousticOpen = false
    }
    if (s.acoustic && !acousticOpen && t < mainEnd) {
      entries.push({ id: 'acoustic', type: 'section', section: 'acoustic', title: acousticTitle(p) })
      acousticOpen = true
    } else if (!s.acoustic && acousticOpen) {
      parts++
      entries.push({ id: `main-${parts}`, type: 'section', section: 'main', title: `Main set, part ${parts}` })
      acousticOpen = false
    }
    entries.push(...partsAt(t, false))
    const entry: SetlistEntry = { id: `song-${s.id}`, type: 'song', recordingId: s.id }
    if (s.guest) entry.guests = [s.guest]
    if (s.acoustic) entry.arrangement = 'acoustic'
    entries.push(entry)
  }
  entries.push(...partsAt(N, true), ...partsAt(N, false))
  return entries
}

function acousticPlayer(p: Problem): string | null {
  const role = p.acoustic?.role ?? 'acoustic-guitar'
  return p.show.lineup?.find((l) => l.role === role)?.name ?? null
}
function acousticTitle(p: Problem): string {
  const who = acousticPlayer(p)
  return who ? `Acoustic with ${who}` : 'Acoustic'
}

const KEY_NAMES = ['C', 'G', 'D', 'A', 'E', 'B', 'F#', 'C#', 'G#', 'D#', 'A#', 'F']
function keyName(s: PSong): string {
  if (s.fifths < 0) return '?'
  const major = KEY_NAMES[s.fifths]!
  if (!s.minor) return major
  const pcs = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B']
  return `${pcs[(pcs.indexOf(major) + 9) % 12]}m`
}

/** Why each song is where it is, in set order. */
export function songReasons(p: Problem, seq: readonly number[]): { recordingId: string; title: string; reasons: string[] }[] {
  const N = seq.length
  const mainEnd = N - Math.min(p.encoreK, N)
  const newTotal = seq.filter((s) => p.songs[s]!.isNew).length
  let newSeen = 0
  return seq.map((si, t) => {
    const s = p.songs[si]!
    const r: string[] = []
    if (s.pin !== null) r.push(typeof s.pin === 'number' ? (s.pin === 0 ? 'pinned as the opener' : `pinned at song ${s.pin + 1}`) : `pinned: ${s.pin}`)
    if (t === 0 && s.pin === null) r.push(`opens the show at energy ${s.energy ?? '?'}`)
    if (t === N - 1 && s.pin === null) r.push(`closes the show at energy ${s.energy ?? '?'}`)
    if (p.encoreK > 0 && t >= mainEnd) r.push(`encore song ${t - mainEnd + 1} of ${N - mainEnd}`)
    if (s.isNew && p.newRule)
      r.push(`new song ${++newSeen} of ${newTotal}${p.newRule ? ` (the rules ask for ${p.newRule.exactly ? 'exactly' : 'at least'} ${p.newRule.count})` : ''}`)
    if (s.acoustic) {
      const who = acousticPlayer(p)
      r.push(`acoustic section: ${who ? `${who} is` : `${p.acoustic?.role ?? 'the acoustic player'} is`} in the lineup`)
    }
    if (s.guest) r.push(`with ${s.guest}, billed at this show`)
    if (s.demand >= 0.7) r.push(`fans ask for it (demand ${Math.round(s.demand * 100)} %)`)
    if (p.weights.freshness > 0 && p.hasPlays) {
      if (s.daysSince === null) r.push('not played before: fresh')
      else if (s.daysSince >= 30) r.push(`not played for ${s.daysSince} days`)
    }
    if (t > 0) {
      const prev = p.songs[seq[t - 1]!]!
      if (prev.fifths >= 0 && s.fifths >= 0 && keyPenalty(prev, s) <= 1 / 6)
        r.push(keyName(prev) === keyName(s) ? `stays in ${keyName(s)}` : `smooth key change ${keyName(prev)} → ${keyName(s)}`)
    }
    if (s.energy !== null) {
      const target = arcTarget(p.arc, t, N) * 10
      if (Math.abs(s.energy - target) <= 1) r.push(`energy ${s.energy} fits the arc here (${Math.round(target * 10) / 10})`)
    }
    const rot = p.rotation
    if (rot) {
      if (rot.core.has(s.id)) r.push('core song: plays every night')
      else if (s.guest && s.required) r.push(`guest night: ${s.guest} is billed, so this song is in tonight`)
      else if (rot.backbone.has(s.id)) r.push(rot.mode === 'fixed' ? "the tour's set: plays every night" : "the tour's set: plays every night beside the core")
      else if (rot.mode === 'core-rotating' || rot.backbone.size) r.push(rotationReason(p, s, t))
    }
    if (!r.length) r.push('fills the set: the best score for this slot')
    return { recordingId: s.id, title: s.title, reasons: r }
  })
}

const GOAL_WORDS: Record<PlannerGoal, string> = {
  keys: 'key changes',
  tempo: 'tempo jumps',
  energyFlow: 'energy jumps',
  energyArc: 'the energy arc',
  fanDemand: 'fan demand',
  freshness: 'freshness',
  variety: 'variety between shows',
}

export function explanationText(
  p: Problem,
  seq: readonly number[],
  byGoal: Record<PlannerGoal, number>,
  status: string,
  proven: boolean,
  running: number,
): string {
  const best = (Object.keys(byGoal) as PlannerGoal[])
    .filter((g) => p.weights[g] > 0 && (g !== 'freshness' || p.hasPlays) && (g !== 'variety' || p.neighbourCount > 0))
    .sort((a, b) => byGoal[a] - byGoal[b])
  const mins = clock(running)
  const how = proven ? 'No set scores better (proved by the exact method).' : status === 'optimal' ? '' : 'The best set the search found in its time budget.'
  const repeated = p.neighbourCount > 0 ? seq.filter((s) => p.songs[s]!.variety > 0).length : null
  const variety =
    repeated === null
      ? ''
      : ` ${seq.length - repeated} of ${seq.length} songs were not in the ${p.neighbourCount > 1 ? 'neighbouring shows' : 'previous show'}.`
  const rotation = rotationText(p, seq)
  const template = p.template.length
    ? ` With the show template (${p.template.map((x) => x.title).join(', ')}: ${clock(p.templateSeconds)}), counted in the running time.`
    : ''
  return `${seq.length} songs, ${mins}. Keeps every hard rule.${template}${variety}${rotation ? ` ${rotation}` : ''} Strongest on ${best
    .slice(0, 2)
    .map((g) => GOAL_WORDS[g])
    .join(' and ')}; weakest on ${GOAL_WORDS[best[best.length - 1] ?? 'keys']}. ${how}`.trim()
}

/** "slot 14 rotates: Chicago gets 'Cover Girl', last played here in 2012". */
function rotationReason(p: Problem, s: PSong, t: number): string {
  const city = p.show.city ?? 'this show'
  const last = p.rotation?.lastHere.get(s.id)
  const when = last ? `last played here in ${last.slice(0, 4)}` : p.show.city ? 'not played here before' : 'a rotating song'
  return `slot ${t + 1} ${p.rotation?.mode === 'fixed' ? 'changes' : 'rotates'}: ${city} gets '${s.title}', ${when}`
}

/** The rotation in words: the mode, the core (and core songs a rule keeps out, naming the rule), the rotating slots, a guest night. */
export function rotationText(p: Problem, seq: readonly number[]): string {
  const rot = p.rotation
  if (!rot) return ''
  const parts: string[] = []
  const coreIn = seq.filter((i) => rot.core.has(p.songs[i]!.id)).length
  parts.push(
    rot.mode === 'fixed'
      ? `Fixed set for the tour; core of ${rot.core.size} songs${rot.core.size ? `, ${coreIn} in tonight` : ''}.`
      : `Core and ${rot.slots} rotating slot${rot.slots === 1 ? '' : 's'}: ${coreIn} of ${rot.core.size} core songs tonight.`,
  )
  if (rot.repeatForced) parts.push('The rules leave no song to rotate in without repeating one from the last shows: a slot repeats tonight.')
  for (const d of rot.coreDropped) parts.push(`Core song '${d.title}' is out tonight: ${d.why} (rule ${d.rules.join(', ')}).`)
  const rotated = seq.map((i, t) => ({ s: p.songs[i]!, t })).filter(({ s }) => !rot.core.has(s.id) && !rot.backbone.has(s.id) && !(s.guest && s.required))
  if (rot.backbone.size && rotated.length)
    parts.push(
      rotated
        .map(({ s, t }) => rotationReason(p, s, t))
        .map((x) => x[0]!.toUpperCase() + x.slice(1))
        .join('; ') + '.',
    )
  const guests = seq.map((i) => p.songs[i]!).filter((s) => s.guest && s.required)
  if (guests.length) parts.push(`Guest night: ${guests.map((s) => `'${s.title}' with ${s.guest}`).join(', ')} takes a place in the set.`)
  // what tonight changed against the tour's set (core songs out are said above)
  const tonight = new Set(seq.map((i) => p.songs[i]!.id))
  const out = p.songs.filter((s) => rot.tourSet.has(s.id) && !tonight.has(s.id) && !rot.core.has(s.id))
  if (out.length) {
    const forced = out.filter((s) => !s.eligible).map((s) => `'${s.title}' (${s.ineligibleBecause}; rule ${s.ineligibleRules.join(', ')})`)
    const room = out.filter((s) => s.eligible).map((s) => `'${s.title}'`)
    parts.push(
      `Changed from the tour's set: ${[...forced, ...(room.length ? [`${room.join(', ')} ${room.length === 1 ? 'makes' : 'make'} room${guests.length ? ' for the guest' : ''}`] : [])].join('; ')}.`,
    )
  }
  return parts.join(' ')
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
