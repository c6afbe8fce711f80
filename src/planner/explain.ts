import type { PlannerGoal } from '../contract/planner.ts'
import type { SetlistEntry } from '../contract/setlists.ts'
import type { Problem, PSong } from './model.ts'
import { arcTarget, keyPenalty } from './model.ts'

/** The set-list entries of a sequence: songs with section markers (acoustic, back to main, encore); stable ids. */
export function buildEntries(p: Problem, seq: readonly number[]): SetlistEntry[] {
  const N = seq.length
  const mainEnd = N - Math.min(p.encoreK, N)
  const anyAcoustic = seq.some((s) => p.songs[s]!.acoustic)
  const sections = anyAcoustic || (p.encoreK > 0 && mainEnd < N)
  const entries: SetlistEntry[] = []
  if (sections) entries.push({ id: 'main', type: 'section', section: 'main', title: 'Main set' })
  let acousticOpen = false
  let parts = 1
  for (let t = 0; t < N; t++) {
    const s = p.songs[seq[t]!]!
    if (t === mainEnd && p.encoreK > 0) { entries.push({ id: 'encore', type: 'section', section: 'encore', title: 'Encore' }); acousticOpen = false }
    if (s.acoustic && !acousticOpen && t < mainEnd) {
      entries.push({ id: 'acoustic', type: 'section', section: 'acoustic', title: acousticTitle(p) })
      acousticOpen = true
    } else if (!s.acoustic && acousticOpen) {
      parts++
      entries.push({ id: `main-${parts}`, type: 'section', section: 'main', title: `Main set, part ${parts}` })
      acousticOpen = false
    }
    const entry: SetlistEntry = { id: `song-${s.id}`, type: 'song', recordingId: s.id }
    if (s.guest) entry.guests = [s.guest]
    if (s.acoustic) entry.arrangement = 'acoustic'
    entries.push(entry)
  }
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
    if (s.isNew && p.newRule) r.push(`new song ${++newSeen} of ${newTotal}${p.newRule ? ` (the rules ask for ${p.newRule.exactly ? 'exactly' : 'at least'} ${p.newRule.count})` : ''}`)
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
      if (prev.fifths >= 0 && s.fifths >= 0 && keyPenalty(prev, s) <= 1 / 6) r.push(keyName(prev) === keyName(s) ? `stays in ${keyName(s)}` : `smooth key change ${keyName(prev)} → ${keyName(s)}`)
    }
    if (s.energy !== null) {
      const target = arcTarget(p.arc, t, N) * 10
      if (Math.abs(s.energy - target) <= 1) r.push(`energy ${s.energy} fits the arc here (${Math.round(target * 10) / 10})`)
    }
    if (!r.length) r.push('fills the set: the best score for this slot')
    return { recordingId: s.id, title: s.title, reasons: r }
  })
}

const GOAL_WORDS: Record<PlannerGoal, string> = {
  keys: 'key changes', tempo: 'tempo jumps', energyFlow: 'energy jumps', energyArc: 'the energy arc', fanDemand: 'fan demand', freshness: 'freshness', variety: 'variety between shows',
}

export function explanationText(p: Problem, seq: readonly number[], byGoal: Record<PlannerGoal, number>, status: string, proven: boolean, running: number): string {
  const best = (Object.keys(byGoal) as PlannerGoal[]).filter((g) => p.weights[g] > 0 && (g !== 'freshness' || p.hasPlays) && (g !== 'variety' || p.neighbourCount > 0)).sort((a, b) => byGoal[a] - byGoal[b])
  const mins = `${Math.floor(running / 60)}:${String(running % 60).padStart(2, '0')}`
  const how = proven ? 'No set scores better (proved by the exact method).' : status === 'optimal' ? '' : 'The best set the search found in its time budget.'
  const repeated = p.neighbourCount > 0 ? seq.filter((s) => p.songs[s]!.variety > 0).length : null
  const variety = repeated === null ? '' : ` ${seq.length - repeated} of ${seq.length} songs were not in the ${p.neighbourCount > 1 ? 'neighbouring shows' : 'previous show'}.`
  return `${seq.length} songs, ${mins}. Keeps every hard rule.${variety} Strongest on ${best.slice(0, 2).map((g) => GOAL_WORDS[g]).join(' and ')}; weakest on ${GOAL_WORDS[best[best.length - 1] ?? 'keys']}. ${how}`.trim()
}
