import { z } from 'zod'
import { FullDateSchema, IdSchema, NameSchema, NotesSchema, PartialDateSchema, VersionSchema, lineText, nameText } from './common.ts'
import { MODES, PITCH_CLASSES, RECORDING_KINDS, RELEASE_FORMATS, RELEASE_KINDS, STAGE_NEEDS, WRITER_ROLES, normalisePitchClass } from '../domain/catalog.ts'

export const WriterBodySchema = z.object({
  personId: IdSchema,
  role: z.enum(WRITER_ROLES).default('composer-lyricist'),
  sharePercent: z.number().describe('Share of the work in percent, to 0.01; all writers total exactly 100'),
})

export const WorkBodySchema = z.object({
  title: NameSchema,
  iswc: z
    .string()
    .regex(/^T-?\d{3}\.?\d{3}\.?\d{3}-?\d$/, 'an ISWC looks like T-123.456.789-0')
    .nullable()
    .optional(),
  notes: NotesSchema.optional(),
  writers: z.array(WriterBodySchema).max(50).default([]),
})
/**
 * PUT replaces the whole resource (ADR 014): its children are required, never defaulted, so a body
 * without them is refused with 400 naming the field instead of deleting them.
 */
const replaced = 'required: PUT replaces the whole list; send the current one to keep it'
export const UpdateWorkBodySchema = WorkBodySchema.extend({
  writers: z.array(WriterBodySchema, { error: (issue) => (issue.input === undefined ? replaced : undefined) }).max(50),
  version: VersionSchema,
})

export const WriterSchema = z.object({
  personId: IdSchema,
  personName: z.string(),
  role: z.string(),
  sharePercent: z
    .number()
    .nullable()
    .describe('Null while the splits are not known yet (credits imported from MusicBrainz); then every writer of the work has null'),
})

export const RecordingSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  actId: IdSchema,
  actName: z.string(),
  kind: z.enum(RECORDING_KINDS),
  durationSeconds: z.number().int().nullable(),
})
export type RecordingSummary = z.infer<typeof RecordingSummarySchema>

export const WorkSchema = z.object({
  id: IdSchema,
  title: z.string(),
  iswc: z.string().nullable(),
  notes: z.string(),
  version: z.number().int(),
  writers: z.array(WriterSchema),
  splitsPending: z.boolean().describe('Writers are known but their shares are not: splits to fill'),
  recordings: z.array(RecordingSummarySchema),
})
export type Work = z.infer<typeof WorkSchema>

export const WorkListEntrySchema = z.object({
  id: IdSchema,
  title: z.string(),
  writers: z.array(z.string()),
  recordingCount: z.number().int(),
  splitsPending: z.boolean(),
})

const KeySchema = lineText(8)
  .transform((value, ctx) => {
    const pc = normalisePitchClass(value)
    if (!pc) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a key: use C, C#, Db, D … B` })
      return z.NEVER
    }
    return pc
  })
  .pipe(z.enum(PITCH_CLASSES))

export const RecordingBodySchema = z.object({
  workId: IdSchema,
  actId: IdSchema,
  title: nameText(200).nullable().optional().describe('Defaults to the work title'),
  kind: z.enum(RECORDING_KINDS),
  durationSeconds: z
    .number()
    .int()
    .min(1)
    .max(4 * 3600)
    .nullable()
    .optional(),
  key: KeySchema.nullable().optional(),
  mode: z.enum(MODES).nullable().optional(),
  tempoBpm: z.number().int().min(20).max(320).nullable().optional(),
  energy: z.number().int().min(1, 'energy is 1 to 10').max(10, 'energy is 1 to 10').nullable().optional(),
  needs: z.array(z.enum(STAGE_NEEDS)).max(STAGE_NEEDS.length).default([]),
  recordedOn: PartialDateSchema.nullable().optional(),
  leadPersonIds: z.array(IdSchema).max(20).default([]),
  featured: z
    .array(z.object({ actId: IdSchema, credit: lineText(100).default('') }))
    .max(20)
    .default([]),
  notes: NotesSchema.optional(),
})
export const UpdateRecordingBodySchema = RecordingBodySchema.extend({
  needs: z.array(z.enum(STAGE_NEEDS), { error: (issue) => (issue.input === undefined ? replaced : undefined) }).max(STAGE_NEEDS.length),
  leadPersonIds: z.array(IdSchema, { error: (issue) => (issue.input === undefined ? replaced : undefined) }).max(20),
  featured: z.array(RecordingBodySchema.shape.featured.unwrap().element, { error: (issue) => (issue.input === undefined ? replaced : undefined) }).max(20),
  version: VersionSchema,
})

export const RecordingSchema = z.object({
  id: IdSchema,
  workId: IdSchema,
  workTitle: z.string(),
  actId: IdSchema,
  actName: z.string(),
  title: z.string().describe('The recording title, or the work title when it has none'),
  ownTitle: z.string().nullable(),
  kind: z.enum(RECORDING_KINDS),
  durationSeconds: z.number().int().nullable(),
  key: z.enum(PITCH_CLASSES).nullable(),
  mode: z.enum(MODES).nullable(),
  tempoBpm: z.number().int().nullable(),
  energy: z.number().int().nullable(),
  needs: z.array(z.enum(STAGE_NEEDS)),
  recordedOn: z.string().nullable(),
  notes: z.string(),
  leads: z.array(z.object({ personId: IdSchema, name: z.string() })),
  featured: z.array(z.object({ actId: IdSchema, name: z.string(), credit: z.string() })),
  releases: z.array(z.object({ releaseGroupId: IdSchema, title: z.string(), editionName: z.string(), medium: z.number().int(), position: z.number().int() })),
  placements: z.array(
    z.object({
      id: IdSchema,
      series: z.string(),
      season: z.number().int().nullable(),
      episodeNumber: z.number().int().nullable(),
      episodeTitle: z.string().nullable(),
      airDate: z.string().nullable(),
    }),
  ),
  version: z.number().int(),
})
export type Recording = z.infer<typeof RecordingSchema>

export const TrackBodySchema = z.object({
  recordingId: IdSchema,
  medium: z.number().int().min(1).max(99).default(1),
  position: z.number().int().min(1).max(999),
})

export const EditionBodySchema = z.object({
  id: IdSchema.optional().describe('Keep an existing edition; omit for a new one'),
  name: NameSchema,
  releaseDate: PartialDateSchema.nullable().optional(),
  preorderDate: PartialDateSchema.nullable().optional(),
  format: z.enum(RELEASE_FORMATS).nullable().optional(),
  barcode: z
    .string()
    .regex(/^\d{8,14}$/, 'a barcode is 8 to 14 digits (UPC/EAN)')
    .nullable()
    .optional(),
  tracks: z.array(TrackBodySchema).max(500).default([]),
})

export const ReleaseGroupBodySchema = z.object({
  actId: IdSchema,
  title: NameSchema,
  kind: z.enum(RELEASE_KINDS),
  singleOfId: IdSchema.nullable().optional().describe('For a single: the album it is from'),
  singleOrder: z.number().int().min(1).max(99).nullable().optional().describe('For a single: 1 for the first single, 2 for the second …'),
  notes: NotesSchema.optional(),
  editions: z.array(EditionBodySchema).max(50).default([]),
})
const UpdateEditionBodySchema = EditionBodySchema.extend({
  tracks: z.array(TrackBodySchema, { error: (issue) => (issue.input === undefined ? replaced : undefined) }).max(500),
})
export const UpdateReleaseGroupBodySchema = ReleaseGroupBodySchema.extend({
  editions: z.array(UpdateEditionBodySchema, { error: (issue) => (issue.input === undefined ? replaced : undefined) }).max(50),
  version: VersionSchema,
})

export const TrackSchema = z.object({
  medium: z.number().int(),
  position: z.number().int(),
  recordingId: IdSchema,
  title: z.string(),
  durationSeconds: z.number().int().nullable(),
})
export const EditionSchema = z.object({
  id: IdSchema,
  name: z.string(),
  releaseDate: z.string().nullable(),
  preorderDate: z.string().nullable(),
  format: z.enum(RELEASE_FORMATS).nullable(),
  barcode: z.string().nullable(),
  tracks: z.array(TrackSchema),
  totalSeconds: z.number().int(),
})
export type Edition = z.infer<typeof EditionSchema>

export const ReleaseGroupSchema = z.object({
  id: IdSchema,
  actId: IdSchema,
  actName: z.string(),
  title: z.string(),
  kind: z.enum(RELEASE_KINDS),
  singleOfId: IdSchema.nullable(),
  singleOrder: z.number().int().nullable(),
  notes: z.string(),
  version: z.number().int(),
  editions: z.array(EditionSchema),
  singles: z.array(z.object({ id: IdSchema, title: z.string(), singleOrder: z.number().int().nullable(), releaseDate: z.string().nullable() })),
})
export type ReleaseGroup = z.infer<typeof ReleaseGroupSchema>

export const ReleaseGroupListEntrySchema = z.object({
  id: IdSchema,
  title: z.string(),
  kind: z.enum(RELEASE_KINDS),
  actName: z.string(),
  releaseDate: z.string().nullable(),
  editionCount: z.number().int(),
  singleOrder: z.number().int().nullable(),
})

export const PlacementBodySchema = z.object({
  recordingId: IdSchema,
  series: NameSchema,
  season: z.number().int().min(0).max(999).nullable().optional(),
  episodeNumber: z.number().int().min(0).max(9999).nullable().optional(),
  episodeTitle: nameText(200).nullable().optional(),
  airDate: FullDateSchema.nullable().optional(),
  notes: NotesSchema.optional(),
})
export const UpdatePlacementBodySchema = PlacementBodySchema.extend({ version: VersionSchema })

export const PlacementSchema = z.object({
  id: IdSchema,
  recordingId: IdSchema,
  recordingTitle: z.string(),
  series: z.string(),
  season: z.number().int().nullable(),
  episodeNumber: z.number().int().nullable(),
  episodeTitle: z.string().nullable(),
  airDate: z.string().nullable(),
  notes: z.string(),
  version: z.number().int(),
})
export type Placement = z.infer<typeof PlacementSchema>
