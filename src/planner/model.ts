import type {
  PlannerGoal,
  PlannerHistory,
  PlannerRules,
  PlannerShow,
  PlannerSong,
  PlannerWeights,
  Rotation,
  RotationMode,
  TemplateItem,
} from '../domain/planner.ts'
import { PITCH_CLASSES } from '../domain/catalog.ts'
import { earliestDay, isPartialDate } from '../domain/partial-date.ts'

/**
 * The planner's compiled problem: one show, its songs as numbers, every hard rule as plain fields
 * and every soft goal as per-song, per-slot and per-transition costs. Everything else in
 * src/planner works on this (the exact DP, the search, the checker of sequences).
 *
 * The objective of a set of N songs s_0 … s_{N-1} (lower is better):
 *   (Σ_t songCost[s_t] + arcCost(s_t, t, N)) / N  +  Σ_t trans[s_t][s_t+1] / (N − 1)
 * i.e. the mean per-song penalty plus the mean transition penalty, each goal weighted.
 */

export const DEFAULT_ARC = [0.8, 0.65, 0.7, 0.5, 0.7, 0.85, 1]
const UNKNOWN = 0.5

export interface PSong {
  idx: number
  id: string
  title: string
  dur: number
  /** Position on the circle of fifths of the key's relative major (0–11), −1 unknown. */
  fifths: number
  minor: boolean | null
  bpm: number | null
  energy: number | null
  leads: number[]
  acoustic: boolean
  isNew: boolean
  inLastTour: boolean
  inSameCity: boolean
  /** The billed guest who joins, for songs that need one. */
  guest: string | null
  eligible: boolean
  ineligibleBecause: string | null
  /** Rule ids that make it ineligible (for the conflict explanation). */
  ineligibleRules: string[]
  demand: number
  freshness: number
  variety: number
  /** Weighted per-song penalty (fan demand, freshness, variety). */
  songCost: number
  /** Days since last played before this show, null when never. */
  daysSince: number | null
  pin: number | 'opener' | 'closer' | 'encore' | null
  /** Must be in the set, anywhere (a core song of the rotation). */
  required: boolean
  raw: PlannerSong
}

export interface Problem {
  songs: PSong[]
  eligible: number[]
  n: number
  /** Weighted transition penalties, n × n. */
  trans: Float64Array
  weights: PlannerWeights
  arc: number[]
  sizeMin: number
  sizeMax: number
  durMin: number
  durMax: number
  newRule: { count: number; exactly: boolean } | null
  acoustic: { midSet: boolean; role: string; min: number; max: number } | null
  /** Songs needing the acoustic role may be played (the player is in the lineup or no rule asks). */
  encoreK: number
  maxRun: number
  lastTour: { pct: number } | null
  sameCity: { pct: number; count: number } | null
  personCount: number
  personNames: string[]
  /** Rules switched off (for the conflict explanation's deletion filter). */
  dropped: ReadonlySet<string>
  show: PlannerShow
  rules: PlannerRules
  /** The set-list rules as the rule engine will see them (after dropping). */
  lineupRoles: string[]
  sameCityKeys: string[] | null
  lastTourKeys: string[] | null
  /** Shows compared for variety (0 without a previous show). */
  neighbourCount: number
  /** The act's show template (intro tape, talks …), kept in every show of a tour. */
  template: TemplateItem[]
  /** Its seconds: the songs get the duration window less these. */
  templateSeconds: number
  /** Any play on record before this show (freshness means something). */
  hasPlays: boolean
  /** The rotation (null: free rotation). */
  rotation: ProblemRotation | null
}

export interface ProblemRotation {
  mode: RotationMode
  slots: number
  /** Core songs (recording ids). */
  core: Set<string>
  /** The tour's set beyond the core, played every night in these modes (recording ids). */
  backbone: Set<string>
  /** Core songs a rule keeps out of this show, with the rule. */
  coreDropped: { title: string; why: string; rules: string[] }[]
  /** The last date each song was played in this show's city (history and this tour). */
  lastHere: Map<string, string>
  /** The tour's set (empty when unknown). */
  tourSet: Set<string>
  repeatForced: boolean
}

export interface CompileInput {
  repertoire: PlannerSong[]
  show: PlannerShow
  rules: PlannerRules
  weights: PlannerWeights
  energyArc: number[] | null
  history: PlannerHistory
  personNames: Record<string, string>
  rotation?: Rotation | null
  /** The parts of the show that are not songs: placed by buildEntries, their time taken from the window. */
  showTemplate?: TemplateItem[]
}

/** Extra context for tours: the sets of neighbouring shows and plays planned so far. */
export interface TourContext {
  /** Song keys of the neighbouring shows (previous and, in the polish pass, next). */
  neighbours: Set<string>[]
  /** Plays planned earlier in this tour (added to the history's plays). */
  plays: { recordingId: string; date: string; city: string | null }[]
  /** Set of an earlier show of this tour in the same city, which overrides history.sameCitySets. */
  sameCityKeys: string[] | null
  /** The tour's set beyond the core, required every night (fixed and core-rotating modes). */
  backbone?: Set<string>
  /** Songs that may not rotate in at this show (recording id → why). */
  banned?: Map<string, string>
  /** Set size of the tour's set (fixed and core-rotating modes). */
  size?: { min: number; max: number }
  /** The rules left no song to rotate in without a repeat inside the window: slots repeat tonight. */
  repeatForced?: boolean
  /** A guest night's songs, required tonight (rotation modes; default: every song whose guest is billed). */
  guestSongs?: Set<string>
  /** The tour's set (fixed and core-rotating modes), to say what tonight changed. */
  tourSet?: Set<string>
}

/** The core songs: the rotation's own list, or the singles and fan favourites (demand ≥ 0.8), at most half a set. */
export function coreOf(input: Pick<CompileInput, 'repertoire' | 'rules' | 'rotation'>): Set<string> {
  const r = input.rotation
  if (!r || r.mode === 'free') return new Set()
  if (r.core) return new Set(r.core)
  const songs = input.repertoire
  const meanDur = songs.reduce((a, x) => a + x.durationSeconds, 0) / Math.max(1, songs.length)
  const typical = input.rules.setSize?.min ?? (input.rules.durationWindow ? Math.round(input.rules.durationWindow.minSeconds / meanDur) : 12)
  const cap = Math.max(1, Math.floor(typical / 2))
  return new Set(
    songs
      .filter((x) => x.single || (x.fanDemand ?? UNKNOWN) >= 0.8)
      .sort((a, b) => (b.fanDemand ?? UNKNOWN) - (a.fanDemand ?? UNKNOWN) || a.recordingId.localeCompare(b.recordingId))
      .slice(0, cap)
      .map((x) => x.recordingId),
  )
}

export const keyOf = (recordingId: string) => `rec:${recordingId}`

function fifthsOf(song: PlannerSong): { fifths: number; minor: boolean | null } {
  if (!song.key) return { fifths: -1, minor: song.mode === null ? null : song.mode === 'minor' }
  let pc = PITCH_CLASSES.indexOf(song.key)
  const minor = song.mode === 'minor'
  if (minor) pc = (pc + 3) % 12 // relative major: A minor sits with C major (Camelot 8A/8B)
  return { fifths: (pc * 7) % 12, minor: song.mode === null ? null : minor }
}

/** Key change penalty 0–1: steps on the circle of fifths (relative major/minor one step apart), 6+ steps = 1. */
export function keyPenalty(a: PSong, b: PSong): number {
  if (a.fifths < 0 || b.fifths < 0) return UNKNOWN
  const d = Math.abs(a.fifths - b.fifths)
  const steps = Math.min(d, 12 - d) + (a.minor !== null && b.minor !== null && a.minor !== b.minor ? 1 : 0)
  return Math.min(1, steps / 6)
}
export function tempoPenalty(a: PSong, b: PSong): number {
  if (a.bpm === null || b.bpm === null) return UNKNOWN / 2
  return Math.min(1, Math.abs(a.bpm - b.bpm) / 40)
}
export function energyFlowPenalty(a: PSong, b: PSong): number {
  if (a.energy === null || b.energy === null) return UNKNOWN / 2
  return Math.min(1, Math.abs(a.energy - b.energy) / 6)
}
/** The arc's target energy (0–1) at slot t of N, linear between the template's points. */
export function arcTarget(arc: number[], t: number, n: number): number {
  const x = n <= 1 ? 0 : (t / (n - 1)) * (arc.length - 1)
  const i = Math.min(arc.length - 2, Math.floor(x))
  const f = x - i
  return arc[i]! * (1 - f) + arc[i + 1]! * f
}
export function arcPenalty(p: Problem, s: PSong, t: number, n: number): number {
  if (s.energy === null) return UNKNOWN / 2
  return Math.abs(s.energy / 10 - arcTarget(p.arc, t, n))
}

const DAY = 86_400_000
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY)
const normalCity = (c: string | null | undefined) => (c ?? '').trim().toLowerCase()

/**
 * Compiles one show's problem. `dropped` switches rules off (the deletion filter of the conflict
 * explanation); `tour` adds the tour's neighbours and plays.
 */
export function compileProblem(input: CompileInput, dropped: ReadonlySet<string> = new Set(), tour?: TourContext): Problem {
  const { repertoire, show, weights } = input
  const rules = input.rules
  const on = (id: string) => !dropped.has(id)
  const lineupRoles = [...new Set([...show.lineupRoles, ...(show.lineup ?? []).map((l) => l.role)])]
  const billed = new Set(show.billedGuests.map((g) => g.trim().toLowerCase()))
  const people = new Map<string, number>()
  const personIdx = (p: string) => {
    let i = people.get(p)
    if (i === undefined) people.set(p, (i = people.size))
    return i
  }
  const excluded = new Set(on('excluded') ? rules.excluded : [])
  const pins = new Map<string, PSong['pin']>()
  if (on('pinned'))
    for (const p of rules.pinned) pins.set(p.recordingId, p.position === 'opener' ? 0 : typeof p.position === 'number' ? p.position - 1 : p.position)
  const acousticRule = on('acoustic-section') ? (rules.acousticSection ?? null) : null
  const role = rules.acousticSection?.playerRole ?? 'acoustic-guitar'
  const acousticOk = !acousticRule || lineupRoles.includes(role)
  const newRule = on('new-songs') && rules.newSongs ? rules.newSongs : null
  const sinceDay = newRule && isPartialDate(newRule.sinceDate) ? earliestDay(newRule.sinceDate) : null
  const lastTourKeys = on('differ-from-last-tour') ? input.history.lastTourSongKeys : null
  const lastTour = new Set(lastTourKeys ?? [])
  const cityKeys =
    tour?.sameCityKeys ??
    input.history.sameCitySets[Object.keys(input.history.sameCitySets).find((c) => normalCity(c) === normalCity(show.city) && normalCity(c) !== '') ?? ''] ??
    null
  const sameCityKeys = on('same-city-repeat') && cityKeys && cityKeys.length ? [...new Set(cityKeys)] : null
  const sameCity = new Set(sameCityKeys ?? [])

  const mode: RotationMode = input.rotation?.mode ?? 'free'
  const rotating = mode !== 'free'
  const core = coreOf(input)
  const backbone = tour?.backbone ?? new Set<string>()
  const banned = tour?.banned ?? new Map<string, string>()
  // plays before this show: freshness (recency, fair rotation) and the previous show (variety);
  // with a core or a fixed set, repeating within the tour is the point, so only earlier tours count
  const allPlays = [...input.history.plays, ...(tour?.plays ?? [])].filter((p) => p.date < show.date)
  const plays = rotating ? input.history.plays.filter((p) => p.date < show.date) : allPlays
  const lastHere = new Map<string, string>()
  for (const p of allPlays)
    if (normalCity(p.city) !== '' && normalCity(p.city) === normalCity(show.city) && (lastHere.get(p.recordingId) ?? '') < p.date)
      lastHere.set(p.recordingId, p.date)
  const recency = new Map<string, number>()
  const lastPlayed = new Map<string, string>()
  let previousDate = ''
  for (const p of plays) {
    const days = Math.max(1, daysBetween(p.date, show.date))
    recency.set(p.recordingId, (recency.get(p.recordingId) ?? 0) + Math.exp(-days / 21))
    if ((lastPlayed.get(p.recordingId) ?? '') < p.date) lastPlayed.set(p.recordingId, p.date)
    if (p.date > previousDate) previousDate = p.date
  }
  const neighbours = tour?.neighbours.length
    ? tour.neighbours
    : previousDate
      ? [new Set(plays.filter((p) => p.date === previousDate).map((p) => keyOf(p.recordingId)))]
      : []

  const songs = repertoire.map((raw, idx): PSong => {
    const key = keyOf(raw.recordingId)
    const { fifths, minor } = fifthsOf(raw)
    const needsGuest = raw.needs.includes('guest')
    const guest = needsGuest ? (raw.guests.find((g) => billed.has(g.trim().toLowerCase())) ?? null) : null
    const reasons: string[] = []
    const why: string[] = []
    if (excluded.has(raw.recordingId)) {
      reasons.push('excluded')
      why.push('excluded by the rules')
    }
    const acoustic = raw.needs.includes(role)
    if (acoustic && !acousticOk) {
      reasons.push('acoustic-section')
      why.push(`needs ${role}, and nobody in the lineup plays it`)
    }
    if (needsGuest && !guest && on('guest-billed') && rules.guestSongsNeedBilledGuest) {
      reasons.push('guest-billed')
      why.push(raw.guests.length ? `needs a guest (${raw.guests.join(', ')}) who is not billed` : 'needs a guest and names none')
    }
    const ban = on('rotation') && !core.has(raw.recordingId) && !backbone.has(raw.recordingId) ? banned.get(raw.recordingId) : undefined
    if (ban) {
      reasons.push('rotation')
      why.push(ban)
    }
    const f = recency.get(raw.recordingId) ?? 0
    const demand = raw.fanDemand ?? UNKNOWN
    const freshness = f / (f + 1)
    const variety = rotating ? 0 : neighbours.length ? neighbours.filter((n) => n.has(key)).length / neighbours.length : 0
    const last = lastPlayed.get(raw.recordingId)
    const isNew = sinceDay !== null && raw.releasedOn !== null && isPartialDate(raw.releasedOn) && earliestDay(raw.releasedOn) >= sinceDay
    return {
      idx,
      id: raw.recordingId,
      title: raw.title,
      dur: raw.durationSeconds,
      fifths,
      minor,
      bpm: raw.tempoBpm,
      energy: raw.energy,
      leads: raw.leadPersonIds.map(personIdx),
      acoustic: acoustic && (!!acousticRule || !!(on('acoustic-block') && rules.acousticBlock)),
      isNew,
      inLastTour: lastTour.has(key),
      inSameCity: sameCity.has(key),
      guest: needsGuest ? guest : null,
      eligible: reasons.length === 0,
      ineligibleBecause: why.join('; ') || null,
      ineligibleRules: reasons,
      demand,
      freshness,
      variety,
      songCost: weights.fanDemand * (1 - demand) + weights.freshness * freshness + weights.variety * variety,
      daysSince: last ? daysBetween(last, show.date) : null,
      pin: pins.get(raw.recordingId) ?? null,
      // the core and the tour's set every night; on a guest night, the guest's song
      required:
        reasons.length === 0 &&
        on('rotation') &&
        (core.has(raw.recordingId) ||
          backbone.has(raw.recordingId) ||
          (rotating && needsGuest && !!guest && (tour?.guestSongs ? tour.guestSongs.has(raw.recordingId) : true))),
      raw,
    }
  })
  const n = songs.length
  const trans = new Float64Array(n * n)
  for (const a of songs)
    for (const b of songs) {
      trans[a.idx * n + b.idx] = weights.keys * keyPenalty(a, b) + weights.tempo * tempoPenalty(a, b) + weights.energyFlow * energyFlowPenalty(a, b)
    }
  const window = on('duration-window') ? (show.durationWindow ?? rules.durationWindow ?? null) : null
  const template = input.showTemplate ?? []
  const templateSeconds = template.reduce((a, x) => a + x.durationSeconds, 0)
  const size = on('set-size') ? (rules.setSize ?? null) : null
  const block = on('acoustic-block') ? (rules.acousticBlock ?? null) : null
  const names = [...people.keys()].map((p) => input.personNames[p] ?? p)
  return {
    songs,
    eligible: songs.filter((s) => s.eligible).map((s) => s.idx),
    n,
    trans,
    weights,
    arc: input.energyArc ?? DEFAULT_ARC,
    sizeMin: Math.max(1, size?.min ?? 1, on('rotation') ? (tour?.size?.min ?? 1) : 1),
    sizeMax: Math.min(100, size?.max ?? 100, on('rotation') ? (tour?.size?.max ?? 100) : 100),
    // the show template's parts take their time from the window: the songs fill the rest
    durMin: Math.max(0, (window?.minSeconds ?? 0) - (window ? templateSeconds : 0)),
    durMax: window ? Math.max(0, window.maxSeconds - templateSeconds) : Number.POSITIVE_INFINITY,
    template,
    templateSeconds,
    newRule: newRule ? { count: newRule.count, exactly: newRule.mode === 'exactly' } : null,
    // a show whose lineup rules out the acoustic section is planned without one (the block's minimum does not apply)
    acoustic: acousticRule
      ? { midSet: acousticRule.midSet, role, min: acousticOk ? (block?.min ?? 0) : 0, max: block?.max ?? 100 }
      : block
        ? { midSet: false, role, min: block.min, max: block.max }
        : null,
    encoreK: on('encore') ? (rules.encore?.songs ?? 0) : 0,
    maxRun: on('singer-run') ? (rules.maxLeadRun ?? 0) : 0,
    lastTour: on('differ-from-last-tour') && rules.differFromLastTourPct != null && lastTourKeys ? { pct: rules.differFromLastTourPct } : null,
    sameCity:
      on('same-city-repeat') && rules.maxSameCityRepeatPct != null && sameCityKeys ? { pct: rules.maxSameCityRepeatPct, count: sameCityKeys.length } : null,
    personCount: people.size,
    personNames: names,
    dropped,
    show,
    rules,
    lineupRoles,
    sameCityKeys,
    lastTourKeys,
    neighbourCount: rotating ? 0 : neighbours.length,
    hasPlays: plays.length > 0,
    rotation: rotating
      ? {
          mode,
          slots: mode === 'fixed' ? 0 : input.rotation!.slots,
          core,
          backbone,
          lastHere,
          repeatForced: !!tour?.repeatForced,
          tourSet: tour?.tourSet ?? new Set(),
          coreDropped: songs
            .filter((x) => core.has(x.id) && !x.eligible)
            .map((x) => ({ title: x.title, why: x.ineligibleBecause ?? '', rules: x.ineligibleRules })),
        }
      : null,
  }
}

/** The slot a pinned song must take in a set of N songs (−1 for 'encore', which is any encore slot). */
export function pinSlot(pin: PSong['pin'], n: number): number | null {
  if (pin === null) return null
  if (pin === 'opener') return 0
  if (pin === 'closer') return n - 1
  if (pin === 'encore') return -1
  return pin
}

export function weightedCost(p: Problem, seq: readonly number[]): number {
  const N = seq.length
  if (N === 0) return 0
  let songPart = 0
  for (let t = 0; t < N; t++) {
    const s = p.songs[seq[t]!]!
    songPart += s.songCost + p.weights.energyArc * arcPenalty(p, s, t, N)
  }
  let tr = 0
  for (let t = 0; t + 1 < N; t++) tr += p.trans[seq[t]! * p.n + seq[t + 1]!]!
  return songPart / N + (N > 1 ? tr / (N - 1) : 0)
}

/** Each goal's mean penalty (0–1) and the weighted total. */
export function scoreByGoal(p: Problem, seq: readonly number[]): { total: number; byGoal: Record<PlannerGoal, number> } {
  const N = seq.length
  const g: Record<PlannerGoal, number> = { keys: 0, tempo: 0, energyFlow: 0, energyArc: 0, fanDemand: 0, freshness: 0, variety: 0 }
  for (let t = 0; t < N; t++) {
    const s = p.songs[seq[t]!]!
    g.energyArc += arcPenalty(p, s, t, N) / N
    g.fanDemand += (1 - s.demand) / N
    g.freshness += s.freshness / N
    g.variety += s.variety / N
    if (t + 1 < N) {
      const b = p.songs[seq[t + 1]!]!
      g.keys += keyPenalty(s, b) / (N - 1)
      g.tempo += tempoPenalty(s, b) / (N - 1)
      g.energyFlow += energyFlowPenalty(s, b) / (N - 1)
    }
  }
  const round = (x: number) => Math.round(x * 1e6) / 1e6
  const byGoal = Object.fromEntries(Object.entries(g).map(([k, v]) => [k, round(v)])) as Record<PlannerGoal, number>
  return { total: round(weightedCost(p, seq)), byGoal }
}
