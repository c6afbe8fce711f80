// What was played at a show, and each song's play history (issue 4, after the show). Types from the
// contract (contract/played.ts); type-only imports keep zod out of the bundle.
import type * as played from '../../../src/contract/played.ts'
import { request } from './request.ts'
import { workspaceKey, workspacePath } from './workspace-resource.ts'

export type PlayedSetlist = played.PlayedSetlist
export type RecordPlayedBody = played.RecordPlayedBody
export type ActPlayHistory = played.ActPlayHistory
export type SongHistory = played.SongHistory

const id = encodeURIComponent

export const playedKeys = {
  show: (ws: string, showId: string) => [...workspaceKey(ws), 'played', showId] as const,
  act: (ws: string, actId: string) => [...workspaceKey(ws), 'play-history', actId] as const,
}

export const playedApi = {
  /** What was played at a show, with the changes from the agreed list; 404 until recorded. */
  get: (ws: string, showId: string) => request<PlayedSetlist>('GET', workspacePath(ws, `/shows/${id(showId)}/played`)),
  /** Records it; send the version once recorded (409 with the current record when stale). */
  record: (ws: string, showId: string, body: RecordPlayedBody) => request<PlayedSetlist>('PUT', workspacePath(ws, `/shows/${id(showId)}/played`), body),
  /** Per song of the act: times played, on the current tour, and where it was last played. */
  actHistory: (ws: string, actId: string) => request<ActPlayHistory>('GET', workspacePath(ws, `/acts/${id(actId)}/play-history`)),
}
