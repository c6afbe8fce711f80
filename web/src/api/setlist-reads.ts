// The set-list query keys and the proposal read, apart from setlists-api.ts so that the entry can
// ask for a proposal as the page opens (page-prefetch.ts) without the offline outbox it imports.
import type * as setlists from '../../../src/contract/setlists.ts'
import { request } from './request.ts'
import { workspaceKey, workspacePath } from './workspace-resource.ts'

export const setlistKeys = {
  all: (ws: string) => [...workspaceKey(ws), 'setlists'] as const,
  proposals: (ws: string, params: Record<string, string | undefined> = {}) => [...workspaceKey(ws), 'setlists', 'proposals', params] as const,
  proposal: (ws: string, proposalId: string) => [...workspaceKey(ws), 'setlists', 'proposal', proposalId] as const,
  version: (ws: string, versionId: string) => [...workspaceKey(ws), 'setlists', 'version', versionId] as const,
  diff: (ws: string, from: string, to: string) => [...workspaceKey(ws), 'setlists', 'diff', from, to] as const,
  settings: (ws: string, actId: string) => [...workspaceKey(ws), 'setlists', 'settings', actId] as const,
  show: (ws: string, showId: string) => [...workspaceKey(ws), 'setlists', 'show', showId] as const,
  ruleContext: (ws: string, actId: string, targetKind: string, targetId: string | null) =>
    [...workspaceKey(ws), 'setlists', 'rule-context', actId, targetKind, targetId ?? ''] as const,
}

export const fetchProposal = (ws: string, proposalId: string) =>
  request<setlists.Proposal>('GET', workspacePath(ws, `/setlists/proposals/${encodeURIComponent(proposalId)}`))
