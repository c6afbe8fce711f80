import { IMPORT_KINDS, type ImportCountsByKind, type MusicBrainzImportBody, type MusicBrainzImportResult } from '../../contract/imports.ts'
import { ValidationError } from '../../domain/errors.ts'
import { importParsedMusicBrainz, worksNeedingSplits } from './musicbrainz-document.ts'
import { parseMusicBrainz } from '../../interop/musicbrainz/parse.ts'
import type { ParsedMbDocument } from '../../interop/musicbrainz/types.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'

/**
 * Imports MusicBrainz ws/2 JSON documents into the actor's workspace: acts, members, people,
 * works with their writers (splits left to fill), recordings, release groups with their editions
 * and track lists. Every document is read before anything is written, so a bad one is refused
 * (400 naming `files.N.document.<field>`) with nothing imported; then each file is imported in
 * its own transaction. Importing the same file again changes nothing.
 */
export async function importMusicBrainzFiles(deps: Deps, actor: Actor, body: MusicBrainzImportBody): Promise<MusicBrainzImportResult> {
  assertWritesAll(actor, 'imports')
  assertWritesAll(actor, 'imports')
  const parsed: ParsedMbDocument[] = body.files.map((file, i) => {
    try {
      return parseMusicBrainz(file.document)
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err
      const errors = (err.details.errors ?? []).map((e) => ({ path: `files.${i}.document${e.path === 'document' ? '' : `.${e.path}`}`, message: e.message }))
      throw new ValidationError(errors, `${file.name}: ${err.message}`)
    }
  })
  const files: MusicBrainzImportResult['files'] = []
  for (const [i, doc] of parsed.entries()) {
    const result = await importParsedMusicBrainz(deps.db, { workspaceId: actor.workspaceId, parsed: doc, clock: deps.clock })
    files.push({ name: body.files[i]!.name, ...result })
  }
  const counts = Object.fromEntries(
    IMPORT_KINDS.map((k) => [
      k,
      files.reduce(
        (sum, f) => ({
          created: sum.created + f.counts[k].created,
          updated: sum.updated + f.counts[k].updated,
          unchanged: sum.unchanged + f.counts[k].unchanged,
        }),
        { created: 0, updated: 0, unchanged: 0 },
      ),
    ]),
  ) as ImportCountsByKind
  return { files, counts, worksNeedingSplits: await worksNeedingSplits(deps.db, actor.workspaceId) }
}
