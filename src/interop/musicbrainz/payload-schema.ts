import { z } from 'zod'
import { partialDateProblem } from '../../domain/partial-date.ts'

/**
 * MusicBrainz web service v2 JSON (musicbrainz.org/ws/2/…?fmt=json), as much of it as Greenroom
 * reads: the shapes found in ../shared/interop-samples/musicbrainz-ws2. Objects are strict about the
 * fields we read and ignore the rest (tags, ratings, aliases, label info, url relations …).
 */

/** An MBID: 36 hex characters with dashes (older MBIDs are version 3 UUIDs, so not z.uuid()). */
export const MbidSchema = z.guid('not a MusicBrainz id (MBID)')

/** "", null or absent → null; otherwise YYYY, YYYY-MM or YYYY-MM-DD, kept as written. */
const PartialDateSchema = z
  .string()
  .nullish()
  .transform((value, ctx) => {
    if (value === null || value === undefined || value === '') return null
    const problem = partialDateProblem(value)
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem })
      return z.NEVER
    }
    return value
  })

const TextSchema = z
  .string()
  .nullish()
  .transform((v) => v ?? '')
const NameSchema = z.string().trim().min(1, 'required').max(500)

export const ArtistRefSchema = z.object({
  id: MbidSchema,
  name: NameSchema,
  'sort-name': z.string().nullish(),
  type: z.string().nullish(),
  disambiguation: TextSchema,
})
export type MbArtistRef = z.output<typeof ArtistRefSchema>

export const ArtistCreditSchema = z.array(
  z.object({
    name: z.string().nullish(),
    joinphrase: TextSchema,
    artist: ArtistRefSchema,
  }),
)

/** A relationship; only the artist, work and recording targets are read. */
const RelationBase = {
  type: z.string(),
  /** Search answers leave it out; then the target object present says it. */
  'target-type': z.string().nullish(),
  direction: z.string().nullish(),
  begin: PartialDateSchema,
  end: PartialDateSchema,
  ended: z.boolean().nullish(),
  attributes: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? []),
}

function withTargetType<T extends { 'target-type'?: string | null; artist?: unknown; work?: unknown }>(rel: T): T & { 'target-type': string } {
  return { ...rel, 'target-type': rel['target-type'] ?? (rel.artist ? 'artist' : rel.work ? 'work' : '') }
}

export const ArtistRelationSchema = z.object({ ...RelationBase, artist: ArtistRefSchema.optional() }).transform(withTargetType)

export const WorkSchema = z.object({
  id: MbidSchema,
  title: NameSchema,
  disambiguation: TextSchema,
  iswcs: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? []),
  relations: z
    .array(ArtistRelationSchema)
    .nullish()
    .transform((v) => v ?? []),
})
export type MbWorkPayload = z.output<typeof WorkSchema>

const RecordingRelationSchema = z.object({ ...RelationBase, artist: ArtistRefSchema.optional(), work: WorkSchema.optional() }).transform(withTargetType)

export const RecordingSchema = z.object({
  id: MbidSchema,
  title: NameSchema,
  disambiguation: TextSchema,
  /** Milliseconds. */
  length: z.number().int().min(0).nullish(),
  video: z.boolean().nullish(),
  'first-release-date': PartialDateSchema,
  'artist-credit': ArtistCreditSchema.nullish(),
  relations: z
    .array(RecordingRelationSchema)
    .nullish()
    .transform((v) => v ?? []),
})
export type MbRecordingPayload = z.output<typeof RecordingSchema>

const TrackSchema = z.object({
  id: MbidSchema.nullish(),
  position: z.number().int().min(0).max(999),
  number: z.string().nullish(),
  title: z.string().nullish(),
  length: z.number().int().min(0).nullish(),
  'artist-credit': ArtistCreditSchema.nullish(),
  recording: RecordingSchema.nullish(),
})
export type MbTrackPayload = z.output<typeof TrackSchema>

const MediumSchema = z.object({
  position: z.number().int().min(1).max(99).nullish(),
  format: z.string().nullish(),
  title: TextSchema,
  'track-count': z.number().int().min(0).nullish(),
  pregap: TrackSchema.nullish(),
  tracks: z
    .array(TrackSchema)
    .nullish()
    .transform((v) => v ?? []),
  'data-tracks': z
    .array(TrackSchema)
    .nullish()
    .transform((v) => v ?? []),
})

/** The release group as embedded in a release (without its releases). */
const ReleaseGroupRefSchema = z.object({
  id: MbidSchema,
  title: NameSchema,
  'primary-type': z.string().nullish(),
  'secondary-types': z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? []),
  'first-release-date': PartialDateSchema,
  'artist-credit': ArtistCreditSchema.nullish(),
})

export const ReleaseSchema = z.object({
  id: MbidSchema,
  title: NameSchema,
  status: z.string().nullish(),
  date: PartialDateSchema,
  country: z.string().nullish(),
  barcode: z.string().nullish(),
  disambiguation: TextSchema,
  'artist-credit': ArtistCreditSchema.nullish(),
  'release-group': ReleaseGroupRefSchema.nullish(),
  media: z
    .array(MediumSchema)
    .nullish()
    .transform((v) => v ?? []),
})
export type MbReleasePayload = z.output<typeof ReleaseSchema>

export const ReleaseGroupSchema = ReleaseGroupRefSchema.extend({
  releases: z
    .array(ReleaseSchema)
    .nullish()
    .transform((v) => v ?? []),
})
export type MbReleaseGroupPayload = z.output<typeof ReleaseGroupSchema>

export const ArtistSchema = ArtistRefSchema.extend({
  'life-span': z.object({ begin: PartialDateSchema, end: PartialDateSchema, ended: z.boolean().nullish() }).nullish(),
  relations: z
    .array(ArtistRelationSchema)
    .nullish()
    .transform((v) => v ?? []),
})
export type MbArtistPayload = z.output<typeof ArtistSchema>

/** A search answer: `{ created, count, offset, <entities>: [...] }`. */
export const searchEnvelope = <T extends z.ZodType>(key: string, entity: T) =>
  z.object({ created: z.string().nullish(), count: z.number().int().nullish(), offset: z.number().int().nullish(), [key]: z.array(entity) })
