// Imports from other systems: typed calls on src/contract/imports.ts.
import type * as I from '../../../src/contract/imports.ts'
import { request } from './request.ts'
import { workspacePath } from './workspace-resource.ts'

export type MusicBrainzImportResult = I.MusicBrainzImportResult
export type MusicBrainzFileResult = I.MusicBrainzFileResult
export type ImportCountsByKind = I.ImportCountsByKind

export const importsApi = {
  /** One or more MusicBrainz ws/2 documents; the import page sends one per request to show progress. */
  musicbrainz: (ws: string, files: { name: string; document: unknown }[]) =>
    request<MusicBrainzImportResult>('POST', workspacePath(ws, '/imports/musicbrainz'), { files }),
}
