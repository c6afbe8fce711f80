/**
 * The set-list planner's vocabulary: what it is asked (a show or a tour, with the repertoire, the
 * rules, the weights, the history, the rotation and the show template) and what it answers. The
 * planner (src/planner) works on these types only; contract/planner.ts validates input and output
 * with zod schemas checked against them (`satisfies`), so the two cannot drift apart (ADR 028).
 */
import type { Mode, PitchClass } from './catalog.ts'
import type { SetlistEntry, SetlistRules } from './setlist.ts'

/** The soft goals, each a penalty from 0 (perfect) to 1 (worst), weighted in the total. */
export const PLANNER_GOALS = ['keys', 'tempo', 'energyFlow', 'energyArc', 'fanDemand', 'freshness', 'variety'] as const
export type PlannerGoal = (typeof PLANNER_GOALS)[number]

/** How the shows of a tour relate (ADR 017): one set, a core with rotating slots, or variety as a goal. */
export const ROTATION_MODES = ['fixed', 'core-rotating', 'free'] as const
export type RotationMode = (typeof ROTATION_MODES)[number]

/** The parts of a show that are not songs. */
export const TEMPLATE_KINDS = ['intro', 'talk', 'dj-interlude', 'costume-change', 'encore-break', 'other'] as const
export type TemplateKind = (typeof TEMPLATE_KINDS)[number]
/** Where a template item goes: a named place, or after song N (1-based). */
export const TEMPLATE_PLACES = ['start', 'before-encore', 'after-acoustic', 'mid-set', 'end'] as const
export type TemplatePlace = (typeof TEMPLATE_PLACES)[number]

export const PLAN_STATUSES = ['optimal', 'feasible', 'infeasible'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]
export const PLAN_METHODS = ['exact', 'exact-subset', 'search', 'tour', 'none'] as const
export type PlanMethod = (typeof PLAN_METHODS)[number]

/** One recording of the act's repertoire, as the planner sees it. */
export interface PlannerSong {
  recordingId: string
  title: string
  durationSeconds: number
  key: PitchClass | null
  mode: Mode | null
  tempoBpm: number | null
  /** 1 (ballad) to 10 (closer). */
  energy: number | null
  /** Lead singers (person ids), for the singer-run rule. */
  leadPersonIds: string[]
  /** Stage needs, the same words as lineup roles: 'acoustic-guitar', 'guest', 'dj-track' … */
  needs: string[]
  /** Guests who can join this song. */
  guests: string[]
  /** Earliest release (a partial date); null when unreleased. */
  releasedOn: string | null
  /** 0 (nobody asks) to 1 (everybody asks); null counts as 0.5. */
  fanDemand: number | null
  /** Released as a single (a default core song of the rotation). */
  single: boolean
}

/** One show to plan. */
export interface PlannerShow {
  id?: string
  date: string
  city: string | null
  lineupRoles: string[]
  lineup: { name: string; role: string }[]
  billedGuests: string[]
  setStartLocal?: string
  /** This show's own window (a festival slot); the act's rule otherwise. */
  durationWindow?: { minSeconds: number; maxSeconds: number } | null
}

export interface PlannerPin {
  recordingId: string
  /** 1-based song position, or the opener, the closer (the last song of the show) or any encore slot. */
  position: number | 'opener' | 'closer' | 'encore'
}

/** The act's rules (the set-list rule engine's) plus planner-only hard rules. */
export interface PlannerRules extends SetlistRules {
  setSize?: { min: number; max: number } | null
  pinned: PlannerPin[]
  excluded: string[]
  /** The last N songs form the encore. */
  encore?: { songs: number } | null
  /** Songs in the acoustic section (needs the acousticSection rule). */
  acousticBlock?: { min: number; max: number } | null
}

export type PlannerWeights = Record<PlannerGoal, number>

export interface PlannerPlay {
  recordingId: string
  date: string
  city: string | null
}

export interface PlannerHistory {
  /** Song keys (rec:<recordingId> or title:<lowercase title>) of the last tour. */
  lastTourSongKeys: string[] | null
  /** City → song keys of the set last played there. */
  sameCitySets: Record<string, string[]>
  plays: PlannerPlay[]
}

export interface Rotation {
  mode: RotationMode
  /** Core songs; null: the singles and fan favourites. */
  core: string[] | null
  /** core-rotating: songs that change from show to show. */
  slots: number
  /** core-rotating: a rotating song does not come back within this many shows (nor twice in one city). */
  noRepeatWithin: number
}

/** The rotation of an act or a tour with nothing saved: core and two rotating slots (ADR 017, ADR 028). */
export const DEFAULT_ROTATION: Rotation = { mode: 'core-rotating', core: null, slots: 2, noRepeatWithin: 4 }

/** One part of the show that is not a song (intro tape, a talk, a DJ interlude, a costume change, the encore break). */
export interface TemplateItem {
  kind: TemplateKind
  title: string
  durationSeconds: number
  /** Where it goes; null: where the energy arc wants a breather (ADR 028). */
  at: TemplatePlace | number | null
}

/** What a show and a tour request share. */
export interface PlannerRequestCommon {
  repertoire: PlannerSong[]
  rules: PlannerRules
  weights: PlannerWeights
  /** Energy template over the set (points 0–1); null: the default build-up. */
  energyArc: number[] | null
  history: PlannerHistory
  seed: number
  /** The time budget: the default step count and the clock cap follow it. */
  budgetMs: number
  /** Search steps of the whole plan; null: budgetMs × STEPS_PER_MS (a tour: × TOUR_STEPS_PER_MS). */
  steps: number | null
  /** Person id → name, for messages. */
  personNames: Record<string, string>
  /** null: free rotation. */
  rotation: Rotation | null
  showTemplate: TemplateItem[]
}

export interface PlanShowRequest extends PlannerRequestCommon {
  show: PlannerShow
}

export interface PlanTourRequest extends PlannerRequestCommon {
  /** In date order. */
  shows: PlannerShow[]
}

export interface PlanRuleCheck {
  ruleId: string
  ok: boolean
  message: string
}

export interface PlanScore {
  /** Weighted sum of the goal penalties: lower is better. */
  total: number
  byGoal: Record<PlannerGoal, number>
}

export interface PlanResult {
  showId: string | null
  status: PlanStatus
  provenOptimal: boolean
  entries: SetlistEntry[]
  runningSeconds: number
  score: PlanScore | null
  rules: PlanRuleCheck[]
  reasons: { recordingId: string; title: string; reasons: string[] }[]
  conflictingRules?: string[]
  explanation: string
  stats: { evaluations: number; elapsedMs: number; method: PlanMethod; seed: number; steps: number; capped: boolean }
}

export interface TourPlanResult {
  status: PlanStatus
  shows: PlanResult[]
  stats: {
    songsUsed: number
    timesPlayed: Record<string, number>
    consecutiveJaccard: number[]
    meanJaccard: number | null
    hardViolations: number
    infeasibleShows: number
    evaluations: number
    elapsedMs: number
    seed: number
    steps: number
    capped: boolean
  }
}

/** Progress of a running plan. */
export interface PlanProgress {
  fraction: number
  bestScore: number | null
  feasible: boolean
}
