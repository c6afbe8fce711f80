import {
  MB_IMPORT_BODY_LIMIT,
  MusicBrainzImportBodySchema,
  MusicBrainzImportResultSchema,
  SetlistFmImportBodySchema,
  SetlistFmImportResultSchema,
} from '../../contract/imports.ts'
import { importMusicBrainzFiles } from '../../usecases/imports/import-musicbrainz.ts'
import { importSetlistFmFile } from '../../usecases/imports/import-setlistfm.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

/** Imports from other systems: MusicBrainz ws/2 JSON (issue 6), setlist.fm API JSON (issue 11). */
export const importsRoutes = defineRoutes((app, ctx) => {
  const tags = ['imports']
  app.post(
    '/imports/musicbrainz',
    {
      bodyLimit: MB_IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Import MusicBrainz ws/2 JSON documents (artist, release group, release, recording or work lookups, or search answers of them): acts with dated members, people, works with writers (splits left to fill), recordings, release groups with editions and track lists. Each file is one transaction; importing a file again changes nothing. Send one file per request to show progress.',
        body: MusicBrainzImportBodySchema,
        response: { 200: MusicBrainzImportResultSchema },
      },
    },
    async (request) => importMusicBrainzFiles(ctx.deps, actorOf(request), request.body),
  )
  app.post(
    '/imports/setlistfm',
    {
      bodyLimit: MB_IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary:
          "Import a setlist.fm API JSON file (a page of set lists or one set list) into an act's played history: past shows with their venues and tours, and what was played. Whatever can be read is imported; `reports` says per set list and per song what was left out and why. Set lists imported before are left alone.",
        body: SetlistFmImportBodySchema,
        response: { 200: SetlistFmImportResultSchema },
      },
    },
    async (request) => importSetlistFmFile(ctx.deps, actorOf(request), request.body),
  )
})
