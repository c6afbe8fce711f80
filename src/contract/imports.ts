import { z } from 'zod'
import { IdSchema, JsonDocumentSchema, lineText } from './common.ts'

/** Imports from other systems: MusicBrainz ws/2 JSON (issue 6). */

/** The MusicBrainz documents Greenroom reads: lookups of these entities, or search answers of them. */
export const MB_DOCUMENT_KINDS = ['artist', 'release-group', 'release', 'recording', 'work'] as const
/** The Greenroom records an import counts. */
export const IMPORT_KINDS = ['people', 'acts', 'memberships', 'works', 'recordings', 'releaseGroups', 'editions'] as const

/** One request carries at most this many files; the web app sends one per request to show progress. */
export const MB_IMPORT_MAX_FILES = 20
/** The largest request body the import route accepts (the Meteora release lookup is 0.4 MB). */
export const MB_IMPORT_BODY_LIMIT = 10 * 1024 * 1024

export const MusicBrainzImportBodySchema = z.object({
  files: z
    .array(
      z.object({
        name: lineText(255).trim().min(1, 'required').describe('The file name, shown in the summary'),
        document: JsonDocumentSchema.describe('The JSON of one MusicBrainz ws/2 lookup or search answer (…?fmt=json)'),
      }),
    )
    .min(1, 'send at least one file')
    .max(MB_IMPORT_MAX_FILES, `send at most ${MB_IMPORT_MAX_FILES} files at a time`),
})
export type MusicBrainzImportBody = z.infer<typeof MusicBrainzImportBodySchema>

export const ImportCountsSchema = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() })
export const ImportCountsByKindSchema = z.object(
  Object.fromEntries(IMPORT_KINDS.map((k) => [k, ImportCountsSchema])) as Record<(typeof IMPORT_KINDS)[number], typeof ImportCountsSchema>,
)
export type ImportCountsByKind = z.infer<typeof ImportCountsByKindSchema>

export const MusicBrainzFileResultSchema = z.object({
  name: z.string(),
  kind: z.enum(MB_DOCUMENT_KINDS),
  search: z.boolean().describe('A search answer rather than a lookup'),
  entities: z.number().int().describe('How many artists, release groups, releases, recordings or works the document holds'),
  counts: ImportCountsByKindSchema.describe('Per kind: created, filled in (updated) or found as they were (unchanged)'),
  worksNeedingSplits: z.number().int().describe('Works of this file whose writers are known but whose splits are not'),
  warnings: z.array(z.string()),
})
export type MusicBrainzFileResult = z.infer<typeof MusicBrainzFileResultSchema>

export const MusicBrainzImportResultSchema = z.object({
  files: z.array(MusicBrainzFileResultSchema),
  counts: ImportCountsByKindSchema.describe('All files together'),
  worksNeedingSplits: z.number().int().describe('Works of the whole workspace with splits to fill, after the import'),
})
export type MusicBrainzImportResult = z.infer<typeof MusicBrainzImportResultSchema>

/** setlist.fm: one API JSON file (a page of set lists or one set list) into an act's played history. */
export const SetlistFmImportBodySchema = z.object({
  actId: IdSchema.describe('The act whose played set lists these are'),
  name: lineText(255).trim().min(1, 'required').describe('The file name, shown in the summary'),
  document: JsonDocumentSchema.describe('setlist.fm API JSON: GET /artist/{mbid}/setlists (a page) or GET /setlist/{id} (one set list)'),
})
export type SetlistFmImportBody = z.infer<typeof SetlistFmImportBodySchema>

export const SetlistFmSkippedSongSchema = z.object({
  set: z.number().int().describe('From 1'),
  position: z.number().int().nullable().describe('From 1 within the set; null when the whole set was left out'),
  name: z.string(),
  reason: z.string(),
})

export const SetlistFmImportResultSchema = z.object({
  actId: IdSchema,
  actCreated: z.boolean(),
  setlists: z.number().int().describe('Set lists in the file'),
  imported: z.number().int(),
  alreadyHere: z.number().int().describe('Imported before (same setlist.fm id): left as they are'),
  skipped: z.number().int().describe('Could not be read, or of another artist'),
  songsSkipped: z.number().int(),
  showsCreated: z.number().int(),
  venuesCreated: z.number().int(),
  venuesReused: z.number().int(),
  toursCreated: z.number().int(),
  entries: z.number().int(),
  songsMatched: z.number().int().describe("Songs matched to the act's recordings by title"),
  warnings: z.array(z.string()),
  reports: z
    .array(
      z.object({
        id: z.string().nullable(),
        eventDate: z.string().nullable(),
        venue: z.string().nullable(),
        outcome: z.enum(['imported', 'already-here', 'skipped']),
        reasons: z.array(z.string()),
        songsSkipped: z.array(SetlistFmSkippedSongSchema),
      }),
    )
    .describe('One per set list of the file, in its order'),
})
export type SetlistFmImportResult = z.infer<typeof SetlistFmImportResultSchema>
