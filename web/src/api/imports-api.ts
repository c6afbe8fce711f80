// Imports from other systems: typed calls on src/contract/imports.ts.
import type * as I from '../../../src/contract/imports.ts'
import { request } from './request.ts'
import { workspacePath } from './workspace-resource.ts'

export type MusicBrainzImportResult = I.MusicBrainzImportResult
export type MusicBrainzFileResult = I.MusicBrainzFileResult
export type ImportCountsByKind = I.ImportCountsByKind
export type SetlistFmImportResult = I.SetlistFmImportResult

export const importsApi = {
  /** One or more MusicBrainz ws/2 documents; the import page sends one per request to show progress. */
  musicbrainz: (ws: string, files: { name: string; document: unknown }[]) =>
    request<MusicBrainzImportResult>('POST', workspacePath(ws, '/imports/musicbrainz'), { files }),
  /** One setlist.fm file into an act's played history; the answer reports what was left out and why. */
  setlistfm: (ws: string, body: I.SetlistFmImportBody) => request<SetlistFmImportResult>('POST', workspacePath(ws, '/imports/setlistfm'), body),
}
