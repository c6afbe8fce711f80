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
  /** Sign-up answers the same whether the email is new or not; logging in next tells the user. */
  signup: async (body: T.SignupBody): Promise<T.Me> => {
    await request<T.SignupAccepted>('POST', '/api/auth/signup', body)
    try {
      return await request<T.Me>('POST', '/api/auth/login', { email: body.email, password: body.password })
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 401) {
        throw new ApiProblem({
          status: 409,
          code: 'conflict',
          title: 'Could not log in',
          detail: 'This email may already have an account: log in with its password instead.',
          errors: [{ path: 'email', message: 'if this is your account, log in instead' }],
        })
      }
      throw error
    }
  },
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
