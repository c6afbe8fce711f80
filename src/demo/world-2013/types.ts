import type { ActKind, MembershipRole, Mode, PitchClass, RecordingKind, ReleaseFormat, ReleaseKind, StageNeed, WriterRole } from '../../domain/catalog.ts'
import type { WorkspaceRole } from '../../domain/roles.ts'
import type { AnnouncementState, BillingRole, CommitmentKind, ShowStatus } from '../../domain/touring.ts'

/**
 * The shape of a demo world. Records point at each other by `ref` (a short readable name such as
 * `kendall` or `rec-we-are`); the loader turns refs into UUIDs.
 *
 * `invented` lists the fields of a record that world.md does not state and that we chose to make
 * the world complete (a title, a duration, an air date …). The special value `'record'` means the
 * whole record is ours (an invented person, an invented episode). Everything not listed comes from
 * world.md. An invented value may or may not match the public record: treat it as fiction.
 */
export interface Invented {
  invented?: readonly string[]
}

export interface DemoWorkspace {
  slug: string
  name: string
}

export interface DemoPerson extends Invented {
  ref: string
  name: string
  /** The person's workspace role when they have a login (`<first name>@demo.greenroom.test`); absent: no account. */
  login?: WorkspaceRole
  notes?: string
}

export interface DemoAct extends Invented {
  ref: string
  slug: string
  name: string
  kind: ActKind
  isInternal: boolean
  description: string
}

export interface DemoMembership extends Invented {
  act: string
  person: string
  role: MembershipRole
  instruments: readonly string[]
  beginDate?: string
  endDate?: string
}

export interface DemoWriter {
  person: string
  role?: WriterRole
  /** Percent to 0.01; a work's writers total exactly 100. */
  sharePercent: number
}

export interface DemoWork extends Invented {
  ref: string
  title: string
  /** A cover: the original artist. Nobody of the workspace wrote it, so it lists no writer (no share to register). */
  coverOf?: string
  writers: readonly DemoWriter[]
  notes?: string
}

export interface DemoFeatured {
  act: string
  credit: string
}

export interface DemoRecording extends Invented {
  ref: string
  work: string
  act: string
  /** Shown instead of the work title, e.g. with a "feat." credit. */
  title?: string
  kind: RecordingKind
  durationSeconds?: number
  key?: PitchClass
  mode?: Mode
  tempoBpm?: number
  /** 1 (ballad) to 10 (closer). */
  energy?: number
  needs: readonly StageNeed[]
  recordedOn?: string
  /** Lead singers, in billing order. */
  leads: readonly string[]
  featured?: readonly DemoFeatured[]
  notes?: string
}

export interface DemoTrack {
  medium: number
  position: number
  recording: string
}

export interface DemoEdition extends Invented {
  name: string
  releaseDate?: string
  preorderDate?: string
  format?: ReleaseFormat
  tracks: readonly DemoTrack[]
}

export interface DemoReleaseGroup extends Invented {
  ref: string
  act: string
  title: string
  kind: ReleaseKind
  /** For a single: the album it was taken from, and its order among that album's singles. */
  singleOf?: string
  singleOrder?: number
  notes?: string
  editions: readonly DemoEdition[]
}

export interface DemoPlacement extends Invented {
  recording: string
  series: string
  season: number
  episodeNumber: number
  episodeTitle: string
  /** YYYY-MM-DD */
  airDate: string
}

/** A place where shows (and sometimes other commitments) happen; its IANA zone decides its local times. */
export interface DemoVenue extends Invented {
  ref: string
  name: string
  address?: string
  city: string
  /** ISO 3166-1 alpha-2. */
  country: string
  latitude: number
  longitude: number
  timeZone: string
}

export interface DemoLeg extends Invented {
  /** Unique across the whole world, not only within its tour. */
  ref: string
  name: string
  notes?: string
}

export interface DemoTour extends Invented {
  ref: string
  /** The headliner: every show of the tour is this act's. */
  act: string
  name: string
  notes?: string
  legs: readonly DemoLeg[]
}

/** Local wall-clock times `HH:MM` at the venue, on the show's date (ADR 005). */
export interface DemoShowTimes {
  loadIn?: string
  soundcheck?: string
  doors?: string
  setStart?: string
  curfew?: string
}

export interface DemoShow extends Invented {
  ref: string
  /** The headliner. */
  act: string
  tour?: string
  leg?: string
  venue: string
  /** YYYY-MM-DD at the venue. */
  date: string
  times: DemoShowTimes
  status: ShowStatus
  announcement: AnnouncementState
  /** ISO 8601 instant; only (and always) for an embargoed show. */
  announceAt?: string
  billing: readonly { act: string; role: BillingRole }[]
  lineup: readonly { person: string; role: string }[]
  notes?: string
}

/**
 * Anything besides a show that takes people's time. The place is a venue (its name, coordinates
 * and zone are copied) or a location of its own; without coordinates it never causes a travel conflict.
 */
export interface DemoCommitment extends Invented {
  ref: string
  kind: CommitmentKind
  title: string
  act?: string
  venue?: string
  locationName?: string
  latitude?: number
  longitude?: number
  /** Required unless `venue` gives it. */
  timeZone?: string
  /** YYYY-MM-DD and optional HH:MM at the place; no times: all day. */
  startDate: string
  startTime?: string
  endDate: string
  endTime?: string
  outlet?: string
  journalist?: string
  embargoNotes?: string
  notes?: string
  people: readonly string[]
}

/** Dates (inclusive) a person is unavailable; the reason is for managers' eyes only. */
export interface DemoBlockout extends Invented {
  ref: string
  person: string
  startDate: string
  endDate: string
  reason?: string
}
