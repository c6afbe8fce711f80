import { z } from 'zod'

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
        name: z.string().trim().min(1, 'required').max(255).describe('The file name, shown in the summary'),
        document: z.unknown().describe('The JSON of one MusicBrainz ws/2 lookup or search answer (…?fmt=json)'),
      }),
    )
    .min(1, 'send at least one file')
    .max(MB_IMPORT_MAX_FILES, `send at most ${MB_IMPORT_MAX_FILES} files at a time`),
})
export type MusicBrainzImportBody = z.infer<typeof MusicBrainzImportBodySchema>

export const ImportCountsSchema = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() })
export const ImportCountsByKindSchema = z.object(Object.fromEntries(IMPORT_KINDS.map((k) => [k, ImportCountsSchema])) as Record<(typeof IMPORT_KINDS)[number], typeof ImportCountsSchema>)
export type ImportCountsByKind = z.infer<typeof ImportCountsByKindSchema>

export const MusicBrainzFileResultSchema = z.object({
  name: z.string(),
  kind: z.enum(MB_DOCUMENT_KINDS),
  search: z.boolean().describe('A search answer rather than a lookup'),
  entities: z.number().int().describe('How many artists, release groups, releases, recordings or works the document holds'),
  counts: ImportCountsByKindSchema.describe('Per kind: created, filled in (updated) or found as they were (unchanged)'),
  worksNeedingSplits: z.number().int().describe("Works of this file whose writers are known but whose splits are not"),
  warnings: z.array(z.string()),
})
export type MusicBrainzFileResult = z.infer<typeof MusicBrainzFileResultSchema>

export const MusicBrainzImportResultSchema = z.object({
  files: z.array(MusicBrainzFileResultSchema),
  counts: ImportCountsByKindSchema.describe('All files together'),
  worksNeedingSplits: z.number().int().describe('Works of the whole workspace with splits to fill, after the import'),
})
export type MusicBrainzImportResult = z.infer<typeof MusicBrainzImportResultSchema>
