/** Vocabulary of set lists and proposals. contract/setlists.ts checks its schemas against these types (`satisfies`). */
import type { PitchClass } from './catalog.ts'

export const ENTRY_TYPES = ['song', 'section', 'other'] as const
export type EntryType = (typeof ENTRY_TYPES)[number]

/** Section markers open a part of the show; entries after a marker belong to it until the next one. */
export const SECTION_KINDS = ['main', 'acoustic', 'encore', 'other'] as const
export type SectionKind = (typeof SECTION_KINDS)[number]

export const OTHER_KINDS = ['talk', 'break', 'dj-interlude', 'other'] as const
export type OtherKind = (typeof OTHER_KINDS)[number]

export const PROPOSAL_TARGETS = ['none', 'show', 'leg', 'tour'] as const
export type ProposalTarget = (typeof PROPOSAL_TARGETS)[number]

export const PROPOSAL_STATUSES = ['open', 'agreed', 'withdrawn'] as const
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number]

export const VERSION_KINDS = ['draft', 'amendment', 'counter', 'planner'] as const
export type VersionKind = (typeof VERSION_KINDS)[number]

export const ANSWER_KINDS = ['approve', 'amend', 'counter', 'reject', 'comment'] as const
export type AnswerKind = (typeof ANSWER_KINDS)[number]

export const CONSENSUS_RULES = ['all', 'majority', 'deciders'] as const
export type ConsensusRule = (typeof CONSENSUS_RULES)[number]

export const SETLIST_MAX_ENTRIES = 120

/**
 * One entry of a set list. `id` is stable across versions derived from one another (amendments keep
 * the ids of the entries they keep), so comments can point at an entry. Songs name a recording of
 * the act's repertoire, or (imported history, covers not in the catalog) just a title. A type, not an
 * interface: the merge reads it field by field as a record.
 */
export type SetlistEntry = {
  id: string
  type: EntryType
  /** song */
  recordingId?: string | null
  /** Song title when not from the repertoire (covers, imports), or the label of a section or other entry. */
  title?: string | null
  cover?: { artist: string; mbid?: string | null } | null
  guests?: string[]
  keyOverride?: PitchClass | null
  arrangement?: string | null
  /** A segue into the next song (setlist.fm ">" / "->"). */
  segue?: '' | '>' | '->'
  /** section */
  section?: SectionKind | null
  /** other */
  otherKind?: OtherKind | null
  /** For non-song entries, and for songs without a recording (covers, title-only); a recording's own duration wins. */
  durationSeconds?: number | null
  notes?: string
}

/** A broken set-list rule: the rule id (duration-window, new-songs …) and the entries it points at (none: the whole list). */
export interface RuleViolation {
  rule: string
  message: string
  entryIds: string[]
}

/** An act's set-list rules; absent or null: the rule is off. */
export interface SetlistRules {
  durationWindow?: { minSeconds: number; maxSeconds: number } | null
  /** Songs first released on/after `sinceDate` count as new. */
  newSongs?: { count: number; mode: 'exactly' | 'at-least'; sinceDate: string } | null
  acousticSection?: { playerRole: string; midSet: boolean } | null
  guestSongsNeedBilledGuest: boolean
  /** A lead singer sings at most this many songs in a row. */
  maxLeadRun?: number | null
  differFromLastTourPct?: number | null
  maxSameCityRepeatPct?: number | null
}

/** Songs added, removed and moved, and sections changed, between two versions. */
export interface SetlistDiff {
  added: { key: string; title: string; toIndex: number }[]
  removed: { key: string; title: string; fromIndex: number }[]
  moved: { key: string; title: string; fromIndex: number; toIndex: number }[]
  sectionsChanged: { key: string; title: string; fromSection: string | null; toSection: string | null }[]
  /** Same song, other notes/key/guests/arrangement. */
  changed: { key: string; title: string; fields: string[] }[]
}
