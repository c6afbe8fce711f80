/** Vocabulary of the catalog: acts, works, recordings and releases. */

export const ACT_KINDS = ['group', 'duo', 'solo'] as const
export type ActKind = (typeof ACT_KINDS)[number]

export const MEMBERSHIP_ROLES = ['member', 'touring-musician', 'dj', 'musical-director', 'guest'] as const
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number]

export const WRITER_ROLES = ['composer-lyricist', 'composer', 'lyricist', 'arranger'] as const
export type WriterRole = (typeof WRITER_ROLES)[number]

export const RECORDING_KINDS = ['demo', 'master', 'live', 'acoustic', 'remix'] as const
export type RecordingKind = (typeof RECORDING_KINDS)[number]

/** Pitch classes in sharps; flats are accepted on input by the contract and normalised. */
export const PITCH_CLASSES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'] as const
export type PitchClass = (typeof PITCH_CLASSES)[number]
export const MODES = ['major', 'minor'] as const
export type Mode = (typeof MODES)[number]

/** What a recording needs on stage; the set-list rules and the planner read these. */
export const STAGE_NEEDS = ['acoustic-guitar', 'guest', 'dj-track', 'full-band'] as const
export type StageNeed = (typeof STAGE_NEEDS)[number]

export const RELEASE_KINDS = ['album', 'ep', 'single'] as const
export type ReleaseKind = (typeof RELEASE_KINDS)[number]

export const RELEASE_FORMATS = ['cd', 'digital', 'vinyl', 'cassette', 'streaming'] as const
export type ReleaseFormat = (typeof RELEASE_FORMATS)[number]

const FLATS: Record<string, PitchClass> = { Db: 'C#', Eb: 'D#', Gb: 'F#', Ab: 'G#', Bb: 'A#', Cb: 'B', Fb: 'E' }

/** Accepts `Bb` as well as `A#`; returns null for anything that is not a pitch class. */
export function normalisePitchClass(text: string): PitchClass | null {
  if ((PITCH_CLASSES as readonly string[]).includes(text)) return text as PitchClass
  return FLATS[text] ?? null
}
