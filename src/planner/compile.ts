import type { PlannerSong, RotationMode } from '../domain/planner.ts'
import { PITCH_CLASSES } from '../domain/catalog.ts'
import { earliestDay, isPartialDate } from '../domain/partial-date.ts'
import { energyFlowPenalty, keyPenalty, tempoPenalty } from './costs.ts'
import { DEFAULT_ARC, UNKNOWN, type CompileInput, type Problem, type PSong, type TourContext } from './problem.ts'

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
