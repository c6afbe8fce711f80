import type { SetlistFmImportBody, SetlistFmImportResult } from '../../contract/imports.ts'
import { actSlug } from '../../db/queries/acts.ts'
import { fieldError, ValidationError } from '../../domain/errors.ts'
import { importSetlistFm } from './setlistfm-document.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'

/**
 * Imports a setlist.fm file into an act's played history: past shows (status played), their venues
 * and tours, and what was played. Whatever can be read is imported; the answer reports each set
 * list and song left out and why. A file that is no setlist.fm payload at all is a 400 naming
 * `document`; importing a file again changes nothing.
 */
export async function importSetlistFmFile(deps: Deps, actor: Actor, body: SetlistFmImportBody): Promise<SetlistFmImportResult> {
  assertWritesAll(actor, 'imports')
  const slug = await actSlug(deps.db, actor.workspaceId, body.actId)
  if (slug === null) throw fieldError('actId', `no act ${body.actId} in this workspace`)
  try {
    return await importSetlistFm(deps.db, { workspaceId: actor.workspaceId, actSlug: slug, payload: body.document, clock: deps.clock })
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err
    const errors = (err.details.errors ?? []).map((e) => ({ path: e.path === 'document' ? 'document' : `document.${e.path}`, message: e.message }))
    throw new ValidationError(errors, `${body.name}: ${err.message}`)
  }
}
