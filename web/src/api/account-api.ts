import { ApiProblem } from './api-problem.ts'
import { request } from './request.ts'
import { workspaceKey, workspacePath } from './workspace-resource.ts'
import type * as T from './types.ts'

export const meKey = ['me'] as const

/** The signed-in user and their workspaces, or null when nobody is signed in. */
export async function fetchMe(): Promise<T.Me | null> {
  try {
    return await request<T.Me>('GET', '/api/me')
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) return null
    throw error
  }
}

export const accountApi = {
  login: (body: T.LoginBody) => request<T.Me>('POST', '/api/auth/login', body),
  signup: (body: T.SignupBody) => request<T.Me>('POST', '/api/auth/signup', body),
  logout: () => request<void>('POST', '/api/auth/logout'),
  createWorkspace: (body: T.CreateWorkspaceBody) => request<T.Workspace>('POST', '/api/workspaces', body),
  previewInvite: (token: string) => request<T.InvitePreview>('GET', `/api/invites/${encodeURIComponent(token)}`),
  acceptInvite: (token: string) => request<T.Workspace>('POST', `/api/invites/${encodeURIComponent(token)}/accept`),
}

export const workspaceApi = {
  key: (ws: string) => [...workspaceKey(ws), 'workspace'],
  membersKey: (ws: string) => [...workspaceKey(ws), 'members'],
  invitesKey: (ws: string) => [...workspaceKey(ws), 'invites'],
  get: (ws: string) => request<T.Workspace>('GET', workspacePath(ws)),
  members: (ws: string) => request<T.Member[]>('GET', workspacePath(ws, '/members')),
  setMemberRole: (ws: string, userId: string, role: T.WorkspaceRole) =>
    request<T.Member>('PUT', workspacePath(ws, `/members/${encodeURIComponent(userId)}`), { role }),
  invites: (ws: string) => request<T.Invite[]>('GET', workspacePath(ws, '/invites')),
  createInvite: (ws: string, body: T.CreateInviteBody) => request<T.CreatedInvite>('POST', workspacePath(ws, '/invites'), body),
  revokeInvite: (ws: string, id: string) => request<void>('DELETE', workspacePath(ws, `/invites/${encodeURIComponent(id)}`)),
}
