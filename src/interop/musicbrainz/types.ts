/**
 * A MusicBrainz document in Greenroom's terms: what the parser (parse.ts) makes of a payload
 * (payload-schema.ts), and all the importer reads.
 */
import type { MB_DOCUMENT_KINDS } from '../../contract/imports.ts'
import type { RecordingKind, ReleaseFormat, ReleaseKind, WriterRole } from '../../domain/catalog.ts'

/** The kinds of MusicBrainz document Greenroom imports. */
export type MbDocumentKind = (typeof MB_DOCUMENT_KINDS)[number]

/** An artist as Greenroom needs it: an act (credits, artist documents) or a person (writers, members). */
export interface MbArtist {
  mbid: string
  name: string
  sortName: string | null
  /** MusicBrainz's type: Person, Group, Orchestra, Choir, Character, Other; null when the document omits it. */
  type: string | null
  disambiguation: string
}

export interface MbWriter {
  artist: MbArtist
  role: WriterRole
}

export interface MbWork {
  mbid: string
  title: string
  iswc: string | null
  writers: MbWriter[]
}

export interface MbRecording {
  mbid: string
  title: string
  durationSeconds: number | null
  kind: RecordingKind
  recordedOn: string | null
  /** The credited artists in order: the first is the recording's act, the others are featured. */
  credit: MbArtist[]
  work: MbWork | null
}

export interface MbTrack {
  medium: number
  position: number
  recording: MbRecording
}

export interface MbEdition {
  mbid: string
  name: string
  releaseDate: string | null
  format: ReleaseFormat | null
  barcode: string | null
  tracks: MbTrack[]
}

export interface MbReleaseGroup {
  /** Null when a release document does not embed its release group. */
  mbid: string | null
  title: string
  kind: ReleaseKind
  /** MusicBrainz's secondary types (Live, Compilation, DJ-mix …), kept in the release group's notes. */
  secondaryTypes: string[]
  credit: MbArtist[]
  editions: MbEdition[]
}

export interface MbMembership {
  group: MbArtist
  member: MbArtist
  beginDate: string | null
  endDate: string | null
  instruments: string[]
}

export interface MbActDocument {
  artist: MbArtist
  /** "1987–1994-04-05": the artist's life span as written, kept in the act's description. */
  lifeSpan: string | null
  memberships: MbMembership[]
}

/** One MusicBrainz document in Greenroom's terms; everything the importer writes comes from here. */
export interface ParsedMbDocument {
  kind: MbDocumentKind
  /** A search answer (`{ created, count, offset, … }`) rather than a lookup. */
  search: boolean
  /** How many entities of `kind` the document holds. */
  entities: number
  artists: MbActDocument[]
  releaseGroups: MbReleaseGroup[]
  recordings: MbRecording[]
  works: MbWork[]
  warnings: string[]
}
