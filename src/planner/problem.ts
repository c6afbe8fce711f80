import type { PlannerHistory, PlannerRules, PlannerShow, PlannerSong, PlannerWeights, Rotation, RotationMode, TemplateItem } from '../domain/planner.ts'

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
/** The penalty of a measure nobody entered (a song's key, tempo, energy or fan demand). */
export const UNKNOWN = 0.5

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
