// The signed-in person's home (issue 14). Types from the contract (contract/home.ts); type-only
// imports keep zod out of the bundle.
import type * as home from '../../../src/contract/home.ts'
import { request } from './request.ts'
import { workspaceKey, workspacePath } from './workspace-resource.ts'

export type Home = home.Home

export const homeKeys = {
  all: (ws: string) => [...workspaceKey(ws), 'home'] as const,
}

export const homeApi = {
  get: (ws: string) => request<Home>('GET', workspacePath(ws, '/home')),
}
