import type { PlannerShow, PlannerSong, PlanShowRequest, PlanTourRequest } from '../domain/planner.ts'
import { compileProblem, coreOf } from './compile.ts'
import type { Problem, TourContext } from './problem.ts'
import { FastEvaluator } from './sequence-check.ts'
import { planParsedShow, resultFor, solveProblem, type InternalPlan, type SolveOutcome } from './plan-show.ts'
import { MIN_STEPS } from './budget.ts'

/**
 * Fixed and core-and-rotating tours (issue 13, ADR 017): the tour's set is planned once, on a
 * typical show; each distinct (lineup, guest night, window) gets that set repaired where its rules
 * force a change (a guest's song in, an acoustic song out when the player is absent) and the repair
 * is reused for every show with the same signature; in core-and-rotating mode each show then fills
 * its rotating slots with the best songs the no-repeat window leaves. The search runs only for the
 * tour's set and once per signature (or where a show's own rule, such as a same-city cap, breaks the
 * reused set), which is what makes a 60-show tour fast.
 *
 * A repair keeps as much of the set as the rules allow: every song outside the tour's set costs
 * STICK more in the search (an internal copy of the problem; the plan is scored on the real one).
 */

interface RotationRunOptions {
  seed: number
  steps: number
  capLeft: () => number
  signal?: AbortSignal
  /** The show's tour context from the plans made so far (plays, previous show, same-city set). */
  contextFor: (i: number) => TourContext
  onShow?: (i: number) => void
}

interface RotationRun {
  /** The context each show was planned and is to be explained in. */
  contexts: TourContext[]
  capped: boolean
}

/** Share of the tour's steps for the tour's set, and for each signature's repair (each capped). */
const BASE_SHARE = 0.3
const BASE_MAX_STEPS = 250_000
const REPAIR_SHARE = 0.02
const REPAIR_MAX_STEPS = 40_000

const cityOf = (s: PlannerShow) => (s.city ?? '').trim().toLowerCase()

/** A copy of the problem in which every song outside `keep` and `free` costs `stick` more (repairs change as little as they can). */
function sticky(p: Problem, keep: Set<string>, free: Set<string>): Problem {
  const total = Object.values(p.weights).reduce((a, b) => a + b, 0)
  const stick = 4 * total + 1
  return { ...p, songs: p.songs.map((s) => (keep.has(s.id) || free.has(s.id) ? s : { ...s, songCost: s.songCost + stick })) }
}

/**
 * The guest-night song of a show in a rotation mode: the song with the highest fan demand whose guest
 * is billed; on a tie, the song whose guest list names a billed guest first (the guest's own number,
 * not one where she stands in for the record's featured artist), then the recording id.
 */
function guestSongOf(req: Pick<PlanTourRequest, 'repertoire' | 'rules'>, show: PlannerShow): Set<string> {
  const billed = new Set(show.billedGuests.map((g) => g.trim().toLowerCase()))
  const excluded = new Set(req.rules.excluded)
  const firstBilled = (x: PlannerSong) => x.guests.findIndex((g) => billed.has(g.trim().toLowerCase()))
  const songs = req.repertoire.filter((x) => x.needs.includes('guest') && !excluded.has(x.recordingId) && firstBilled(x) >= 0)
  songs.sort((a, b) => (b.fanDemand ?? 0.5) - (a.fanDemand ?? 0.5) || firstBilled(a) - firstBilled(b) || a.recordingId.localeCompare(b.recordingId))
  return new Set(songs.slice(0, 1).map((x) => x.recordingId))
}

interface Signature {
  seq: number[]
  /** Songs of the set beyond the core that play every night with this signature. */
  backbone: Set<string>
  /** Positions of the rotating slots in seq. */
  slots: number[]
}

/**
 * The least change that makes a set keep the rules: the required songs put in where they cost
 * least, then, while a rule is broken, the one insertion, removal or replacement that breaks the
 * fewest rules and scores best (at most `rounds` changes). Deterministic and fast; the search takes
 * over only when this does not reach a set that keeps every rule.
 */
function greedyRepair(p: Problem, seq: number[], rounds = 12): { seq: number[]; viol: number; evaluations: number } {
  const ev = new FastEvaluator(p)
  let evaluations = 0
  const score = (x: number[]) => {
    evaluations++
    const cost = ev.evaluate(x)
    return { viol: ev.viol, cost }
  }
  const better = (a: { viol: number; cost: number }, b: { viol: number; cost: number }) => a.viol < b.viol || (a.viol === b.viol && a.cost < b.cost - 1e-12)
  let cur = seq.filter((x) => p.songs[x]!.eligible)
  for (const s of p.songs) {
    if (!s.required || !s.eligible || cur.includes(s.idx)) continue
    let best: number[] | null = null
    let bestScore = { viol: Infinity, cost: Infinity }
    for (let t = 0; t <= cur.length; t++) {
      const cand = [...cur.slice(0, t), s.idx, ...cur.slice(t)]
      const sc = score(cand)
      if (better(sc, bestScore)) {
        best = cand
        bestScore = sc
      }
    }
    cur = best!
  }
  let now = score(cur)
  for (let round = 0; round < rounds && now.viol > 0; round++) {
    let best: number[] | null = null
    let bestScore = now
    const inSet = new Set(cur)
    const outside = p.eligible.filter((x) => !inSet.has(x))
    const consider = (cand: number[]) => {
      const sc = score(cand)
      if (better(sc, bestScore)) {
        best = cand
        bestScore = sc
      }
    }
    for (let t = 0; t < cur.length; t++) {
      if (!p.songs[cur[t]!]!.required && p.songs[cur[t]!]!.pin === null) consider([...cur.slice(0, t), ...cur.slice(t + 1)])
      for (const x of outside) {
        const cand = [...cur]
        cand[t] = x
        if (p.songs[cur[t]!]!.required || p.songs[cur[t]!]!.pin !== null) continue
        consider(cand)
      }
    }
    for (const x of outside) for (let t = 0; t <= cur.length; t++) consider([...cur.slice(0, t), x, ...cur.slice(t)])
    if (!best || bestScore.viol >= now.viol) break
    cur = best
    now = bestScore
  }
  return { seq: cur, viol: now.viol, evaluations }
}

/** Fills the rotating slots, one after the other, with the song that keeps the most rules and scores best there (two passes). */
function fillSlots(p: Problem, seq: number[], slots: number[]): { seq: number[]; viol: number; evaluations: number } {
  const ev = new FastEvaluator(p)
  const cur = [...seq]
  let evaluations = 0
  const candidates = p.eligible.filter((i) => !p.songs[i]!.required && p.songs[i]!.pin === null)
  for (let pass = 0; pass < 2; pass++) {
    for (const pos of slots) {
      const inSet = new Set(cur)
      let bestSong = cur[pos]!
      let bestCost = ev.evaluate(cur)
      let bestViol = ev.viol
      evaluations++
      for (const c of candidates) {
        if (inSet.has(c)) continue
        cur[pos] = c
        const cost = ev.evaluate(cur)
        evaluations++
        if (ev.viol < bestViol || (ev.viol === bestViol && cost < bestCost - 1e-12)) {
          bestSong = c
          bestCost = cost
          bestViol = ev.viol
        }
      }
      cur[pos] = bestSong
    }
  }
  ev.evaluate(cur)
  return { seq: cur, viol: ev.viol, evaluations }
}

/**
 * Plans every show of a fixed or core-and-rotating tour into `plans` (date order). The caller
 * re-scores and re-explains them in `contexts` afterwards.
 */
export function planRotatingTour(req: PlanTourRequest, order: PlannerShow[], plans: InternalPlan[], o: RotationRunOptions): RotationRun {
  const mode = req.rotation!.mode
  const core = coreOf(req)
  const slotCount = mode === 'core-rotating' ? req.rotation!.slots : 0
  const within = req.rotation!.noRepeatWithin
  const count = order.length
  const baseSteps = Math.max(MIN_STEPS, Math.min(BASE_MAX_STEPS, Math.floor(o.steps * BASE_SHARE)))
  const repairSteps = Math.max(MIN_STEPS, Math.min(REPAIR_MAX_STEPS, Math.floor(o.steps * REPAIR_SHARE)))
  const showReq = (show: PlannerShow): PlanShowRequest => ({ ...req, show })
  const guests = order.map((s) => guestSongOf(req, s))
  const keyOfShow = (i: number) => {
    const s = order[i]!
    return JSON.stringify([[...new Set([...s.lineupRoles, ...s.lineup.map((l) => l.role)])].sort(), [...guests[i]!], s.durationWindow ?? null])
  }
  const contexts: TourContext[] = []
  let capped = false
  const stop = () => !!o.signal?.aborted

  // 1. the tour's set, planned on a typical show: the commonest signature without a guest night
  const freq = new Map<string, number>()
  order.forEach((_, i) => freq.set(keyOfShow(i), (freq.get(keyOfShow(i)) ?? 0) + 1))
  let rep = 0
  for (let i = 1; i < count; i++) {
    const better = (j: number) => [guests[j]!.size === 0 ? 1 : 0, freq.get(keyOfShow(j))!] as const
    const [a1, a2] = better(i)
    const [b1, b2] = better(rep)
    if (a1 > b1 || (a1 === b1 && a2 > b2)) rep = i
  }
  const bare = (i: number): TourContext => ({ neighbours: [], plays: [], sameCityKeys: [], guestSongs: guests[i] })
  const baseProblem = compileProblem(showReq(order[rep]!), new Set(), bare(rep))
  // annealing only: the iterated local search's sets score a little better, but on S4 (seed 2) its set left
  // the rotating slots no song to take on a third of the nights (mean Jaccard 0.60 instead of 0.865)
  const baseOut = solveProblem(baseProblem, { seed: o.seed, steps: baseSteps, capMs: o.capLeft(), signal: o.signal, annealingOnly: true })
  capped ||= baseOut.capped
  const baseSeq = baseOut.seq
  const baseIds = (baseSeq ?? []).map((s) => baseProblem.songs[s]!.id)
  const demand = new Map(req.repertoire.map((x) => [x.recordingId, x.fanDemand ?? 0.5]))
  const pinnedIds = new Set(req.rules.pinned.map((x) => x.recordingId))
  const byDemand = (a: string, b: string) => demand.get(a)! - demand.get(b)! || a.localeCompare(b)
  // the rotating slots: the set's songs beyond the core the fans ask for least
  const baseSlots = new Set(
    baseIds
      .filter((id) => !core.has(id) && !pinnedIds.has(id) && !guests[rep]!.has(id))
      .sort(byDemand)
      .slice(0, slotCount),
  )
  const backbone = new Set(baseIds.filter((id) => !core.has(id) && !baseSlots.has(id) && !guests[rep]!.has(id)))
  /** What every night plays unless a rule changes it: the core and the backbone (the rotating slots change anyway). */
  const tourSet = new Set([...core, ...backbone].filter((id) => baseIds.includes(id)))

  // 2. each signature: the tour's set repaired where its rules force a change
  const signatures = new Map<string, Signature | null>()
  const signatureFor = (i: number): Signature | null => {
    const key = keyOfShow(i)
    if (signatures.has(key)) return signatures.get(key)!
    let seq: number[] | null = null
    const p = compileProblem(showReq(order[i]!), new Set(), bare(i))
    if (baseSeq) {
      const byId = new Map(p.songs.map((s) => [s.id, s.idx]))
      const init = baseIds.map((id) => byId.get(id)!).filter((s) => p.songs[s]!.eligible)
      const ev = new FastEvaluator(p)
      ev.evaluate(init)
      const greedy = init.length === baseIds.length && guests[i]!.size === 0 && ev.viol === 0 ? null : greedyRepair(p, init)
      if (!greedy) seq = init
      else if (greedy.viol === 0) seq = greedy.seq
      else {
        const keep = mode === 'fixed' ? new Set(baseIds) : new Set([...core, ...backbone])
        const free = new Set([...guests[i]!, ...baseSlots])
        const out = solveProblem(sticky(p, keep, free), {
          seed: o.seed + 31 * (i + 1),
          steps: repairSteps,
          capMs: o.capLeft(),
          signal: o.signal,
          ...(greedy.seq.length ? { initial: greedy.seq } : {}),
        })
        capped ||= out.capped
        seq = out.seq
      }
    }
    if (!seq) {
      signatures.set(key, null)
      return null
    }
    const ids = seq.map((s) => p.songs[s]!.id)
    const sigBackbone = new Set(ids.filter((id) => backbone.has(id) || (mode === 'fixed' && !core.has(id) && !guests[i]!.has(id))))
    // songs beyond the core, the backbone and the guest's song rotate, as many as the slots leave (a guest's song takes one)
    const open = ids.map((id, t) => ({ id, t })).filter(({ id }) => !core.has(id) && !sigBackbone.has(id) && !guests[i]!.has(id) && !pinnedIds.has(id))
    open.sort((a, b) => Number(baseSlots.has(b.id)) - Number(baseSlots.has(a.id)) || a.t - b.t)
    const rotatingCount = Math.max(0, slotCount - ids.filter((id) => guests[i]!.has(id)).length)
    const slots = open.slice(0, rotatingCount).map((x) => x.t)
    for (const x of open.slice(rotatingCount)) sigBackbone.add(x.id)
    const sig = { seq, backbone: sigBackbone, slots }
    signatures.set(key, sig)
    return sig
  }

  /** Songs of each show planned so far (recording ids), for the no-repeat window. */
  const played: Set<string>[] = []
  const bans = (i: number): Map<string, string> => {
    const banned = new Map<string, string>()
    if (mode !== 'core-rotating') return banned
    // every song of the shows in the window (the core and this show's set are never banned: see compileProblem)
    for (let j = Math.max(0, i - within); j < i; j++)
      for (const id of played[j] ?? []) banned.set(id, `played ${i - j === 1 ? 'the show before' : `${i - j} shows before`} (no repeat within ${within} shows)`)
    for (let j = 0; j < i; j++)
      if (cityOf(order[j]!) !== '' && cityOf(order[j]!) === cityOf(order[i]!))
        for (const id of played[j] ?? []) banned.set(id, `played at the earlier show in ${order[i]!.city}`)
    // a guest night's song plays on every night the guest is billed
    for (const id of guests[i]!) banned.delete(id)
    return banned
  }

  // 3. show by show: the signature's set, its slots filled; a full repair only where this show's own rules break it
  for (let i = 0; i < count && !stop(); i++) {
    const sreq = showReq(order[i]!)
    const base = o.contextFor(i)
    const sig = signatureFor(i)
    const started = performance.now()
    let plan: InternalPlan | null = null
    let ctx: TourContext = base
    if (sig) {
      const tries: [ban: boolean, strict: boolean][] = [
        [true, true],
        [true, false],
        [false, false],
      ]
      for (const [ban, strict] of tries) {
        const tctx: TourContext = {
          ...base,
          backbone: strict ? sig.backbone : new Set(),
          banned: ban ? bans(i) : new Map(),
          guestSongs: guests[i],
          repeatForced: !ban && mode === 'core-rotating',
          tourSet,
        }
        const p = compileProblem(sreq, new Set(), tctx)
        // song indexes follow the repertoire's order in every compiled problem
        let seq = [...sig.seq]
        let evaluations = 0
        let viol: number
        if (sig.slots.length) {
          const filled = fillSlots(p, seq, sig.slots)
          seq = filled.seq
          viol = filled.viol
          evaluations += filled.evaluations
        } else {
          const ev = new FastEvaluator(p)
          ev.evaluate(seq)
          viol = ev.viol
          evaluations++
        }
        let out: SolveOutcome | null =
          viol === 0 ? { seq, proven: false, method: 'search', evaluations, firstFeasibleMs: performance.now() - started, capped: false } : null
        if (!out && !strict) {
          // this show's own rules (a same-city cap, a festival window) break the reused set: repair it for this show alone
          const greedy = greedyRepair(p, seq)
          evaluations += greedy.evaluations
          if (greedy.viol === 0)
            out = { seq: greedy.seq, proven: false, method: 'search', evaluations, firstFeasibleMs: performance.now() - started, capped: false }
        }
        if (!out && !strict) {
          const keep = new Set([...core, ...sig.backbone])
          const r = solveProblem(sticky(p, keep, guests[i]!), { seed: o.seed + i, steps: repairSteps, capMs: o.capLeft(), signal: o.signal, initial: seq })
          capped ||= r.capped
          if (r.seq) out = r
        }
        if (out) {
          const candidate = resultFor(sreq, p, out, { started, seed: o.seed + i, steps: strict ? 0 : repairSteps, capMs: o.capLeft(), tour: tctx })
          if (candidate.status !== 'infeasible') {
            plan = candidate
            ctx = tctx
            break
          }
        }
      }
    }
    // no tour set for this show (the rules leave none): planned on its own, still keeping the window
    if (!plan) {
      for (const ban of [true, false]) {
        const tctx: TourContext = { ...base, banned: ban ? bans(i) : new Map(), guestSongs: guests[i], repeatForced: !ban && mode === 'core-rotating', tourSet }
        plan = planParsedShow(sreq, { seed: o.seed + i, steps: repairSteps * 4, capMs: o.capLeft(), signal: o.signal }, tctx)
        ctx = tctx
        if (plan.status !== 'infeasible') break
      }
    }
    plan = plan!
    capped ||= plan.stats.capped
    plans[i] = plan
    contexts[i] = { ...ctx, banned: new Map() }
    const songs = plan.entries.filter((e) => e.type === 'song').map((e) => e.recordingId!)
    played[i] = new Set(songs)
    o.onShow?.(i)
  }
  return { contexts, capped }
}
