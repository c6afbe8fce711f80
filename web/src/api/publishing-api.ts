// A song's publishing, the split sheet, CWR export and acknowledgement import: typed calls on src/contract/publishing.ts.
import type * as P from '../../../src/contract/publishing.ts'
import { request } from './request.ts'
import { workspaceKey, workspacePath } from './workspace-resource.ts'

export type WorkPublishing = P.WorkPublishing
export type WriterPublishing = P.WriterPublishing
export type WorkPublishingBody = P.WorkPublishingBody
export type RegistrationOverview = P.RegistrationOverview
export type PublishingSettings = P.PublishingSettings
export type PublishingSettingsBody = P.PublishingSettingsBody
export type CwrExportResult = P.CwrExportResult
export type CwrAckImportResult = P.CwrAckImportResult

const id = encodeURIComponent

/** Keys start with the workspace's, so every save refreshes them. */
export const publishingApi = {
  keys: {
    work: (ws: string, workId: string) => [...workspaceKey(ws), 'publishing', 'work', workId],
    registrations: (ws: string) => [...workspaceKey(ws), 'publishing', 'registrations'],
    settings: (ws: string) => [...workspaceKey(ws), 'publishing', 'settings'],
  },
  work: (ws: string, workId: string) => request<WorkPublishing>('GET', workspacePath(ws, `/works/${id(workId)}/publishing`)),
  saveWork: (ws: string, workId: string, body: WorkPublishingBody) =>
    request<WorkPublishing>('PUT', workspacePath(ws, `/works/${id(workId)}/publishing`), body),
  splitSheetHref: (ws: string, workId: string) => workspacePath(ws, `/works/${id(workId)}/split-sheet.pdf`),
  registrations: (ws: string) => request<RegistrationOverview[]>('GET', workspacePath(ws, '/publishing/registrations')),
  settings: (ws: string) => request<PublishingSettings>('GET', workspacePath(ws, '/publishing/settings')),
  saveSettings: (ws: string, body: PublishingSettingsBody) => request<PublishingSettings>('PUT', workspacePath(ws, '/publishing/settings'), body),
  /** The transmission as it would be sent now; nothing recorded. */
  previewHref: (ws: string) => workspacePath(ws, '/exports/cwr'),
  exportCwr: (ws: string) => request<CwrExportResult>('POST', workspacePath(ws, '/exports/cwr')),
  importAck: (ws: string, fileName: string, text: string) => request<CwrAckImportResult>('POST', workspacePath(ws, '/imports/cwr-ack'), { fileName, text }),
}
