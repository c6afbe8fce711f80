// Web Push (issue 14 point 6, ADR 044): the server's key and my devices. Types from the contract
// (contract/push.ts); type-only imports keep zod out of the bundle.
import type * as push from '../../../src/contract/push.ts'
import { request } from './request.ts'
import { workspaceKey, workspacePath } from './workspace-resource.ts'

export type PushDevice = push.PushDevice

export const pushKeys = {
  devices: (ws: string) => [...workspaceKey(ws), 'push', 'devices'] as const,
}

export const pushApi = {
  publicKey: (ws: string) => request<{ publicKey: string }>('GET', workspacePath(ws, '/push/vapid-public-key')),
  devices: (ws: string) => request<PushDevice[]>('GET', workspacePath(ws, '/me/push-subscriptions')),
  subscribe: (ws: string, subscription: PushSubscriptionJSON) => request<PushDevice>('POST', workspacePath(ws, '/me/push-subscriptions'), subscription),
  remove: (ws: string, id: string) => request<void>('DELETE', workspacePath(ws, `/me/push-subscriptions/${encodeURIComponent(id)}`)),
}
