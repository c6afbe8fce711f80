import { z } from 'zod'
import { IdSchema, VersionSchema } from './common.ts'
import { EntriesSchema, SetlistDiffSchema, SetlistEntrySchema } from './setlists.ts'

/** What was actually played at a show, and how it differs from the agreed list applied to it (issue 4, after the show). */
export const PlayedSetlistSchema = z.object({
  showId: IdSchema,
  entries: z.array(SetlistEntrySchema.extend({ displayTitle: z.string() })),
  source: z.string().describe('recorded, or setlistfm for imported history'),
  sourceId: z.string().nullable(),
  recordedBy: IdSchema.nullable().describe('The user who recorded it last'),
  recordedAt: z.string(),
  version: z.number().int(),
  appliedVersionId: IdSchema.nullable().describe('The agreed version applied to the show, if any'),
  changes: SetlistDiffSchema.nullable().describe('From the applied agreed version to what was played; null when none was applied'),
})
export type PlayedSetlist = z.infer<typeof PlayedSetlistSchema>

export const RecordPlayedBodySchema = z.object({
  entries: EntriesSchema.optional().describe('What was played; omitted: exactly the agreed list applied to the show'),
  version: VersionSchema.optional().describe('Required once a played list exists (409 with the current one when stale)'),
})
export type RecordPlayedBody = z.output<typeof RecordPlayedBodySchema>

export const PlaceSchema = z.object({
  showId: IdSchema,
  date: z.string().describe('Local date of the show'),
  venueName: z.string(),
  city: z.string(),
  country: z.string(),
})

export const SongHistorySchema = z.object({
  songKey: z.string().describe('rec:<recordingId> or title:<title>'),
  recordingId: IdSchema.nullable(),
  title: z.string(),
  timesPlayed: z.number().int(),
  timesThisTour: z.number().int(),
  lastPlayed: PlaceSchema.nullable(),
})
export type SongHistory = z.infer<typeof SongHistorySchema>

const TourRefSchema = z.object({ id: IdSchema, name: z.string() }).nullable().describe("The act's current or most recent tour (the last one started by today)")

export const ActPlayHistorySchema = z.object({ actId: IdSchema, tour: TourRefSchema, songs: z.array(SongHistorySchema).describe('Last played first') })
export type ActPlayHistory = z.infer<typeof ActPlayHistorySchema>

export const RecordingPlayHistorySchema = SongHistorySchema.extend({
  actId: IdSchema,
  tour: TourRefSchema,
  plays: z.array(PlaceSchema).describe('Every show it was played at, newest first'),
})
export type RecordingPlayHistory = z.infer<typeof RecordingPlayHistorySchema>
