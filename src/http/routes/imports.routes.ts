import { MB_IMPORT_BODY_LIMIT, MusicBrainzImportBodySchema, MusicBrainzImportResultSchema } from '../../contract/imports.ts'
import { importMusicBrainzFiles } from '../../usecases/imports/import-musicbrainz.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

/** Imports from other systems (issue 6): MusicBrainz ws/2 JSON. */
export const importsRoutes = defineRoutes((app, ctx) => {
  const tags = ['imports']
  app.post('/imports/musicbrainz', {
    bodyLimit: MB_IMPORT_BODY_LIMIT,
    schema: {
      tags,
      summary:
        'Import MusicBrainz ws/2 JSON documents (artist, release group, release, recording or work lookups, or search answers of them): acts with dated members, people, works with writers (splits left to fill), recordings, release groups with editions and track lists. Each file is one transaction; importing a file again changes nothing. Send one file per request to show progress.',
      body: MusicBrainzImportBodySchema,
      response: { 200: MusicBrainzImportResultSchema },
    },
  }, async (request) => importMusicBrainzFiles(ctx.deps, actorOf(request), request.body))
})
