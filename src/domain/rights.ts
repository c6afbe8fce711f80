/** Vocabulary of holds and pitches (docs/glossary.md). */

/** option: the label/network may still use an unused song; hold: someone asked to keep it back;
 * first-use: an artist may release it first; exclusive: nobody else may use or pitch it. */
export const HOLD_KINDS = ['option', 'hold', 'first-use', 'exclusive'] as const
export type HoldKind = (typeof HOLD_KINDS)[number]

export const HOLDER_KINDS = ['organization', 'act', 'person'] as const
export type HolderKind = (typeof HOLDER_KINDS)[number]

export const PITCH_STATUSES = ['pitched', 'on-hold', 'recorded', 'released', 'passed'] as const
export type PitchStatus = (typeof PITCH_STATUSES)[number]

/** How a hold kind reads in a sentence: "held by Columbia (first use)". */
export const HOLD_KIND_LABELS: Record<HoldKind, string> = { option: 'option', hold: 'hold', 'first-use': 'first use', exclusive: 'exclusive' }

/** Longest period a hold may be given for, so that date arithmetic stays in range. */
export const HOLD_PERIOD_MAX_MONTHS = 120
export const HOLD_PERIOD_MAX_DAYS = 3660
