/** Vocabulary of set lists and proposals. */

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
