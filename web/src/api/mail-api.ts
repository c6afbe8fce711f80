// The outbox (owners) and my email settings (issue 14, ADR 033). Types from the contract
// (contract/mail.ts); type-only imports keep zod out of the bundle.
import type * as mail from '../../../src/contract/mail.ts'
import { request } from './request.ts'
import { workspaceKey, workspacePath } from './workspace-resource.ts'

export type OutboxMail = mail.OutboxMail
export type Preferences = mail.Preferences
export type Preference = mail.Preference
export type Delivery = mail.Delivery

export const mailKeys = {
  outbox: (ws: string) => [...workspaceKey(ws), 'mail', 'outbox'] as const,
  preferences: (ws: string) => [...workspaceKey(ws), 'mail', 'preferences'] as const,
}

export const mailApi = {
  outbox: (ws: string) => request<OutboxMail[]>('GET', workspacePath(ws, '/mail/outbox?limit=100')),
  preferences: (ws: string) => request<Preferences>('GET', workspacePath(ws, '/me/notification-preferences')),
  setPreferences: (ws: string, body: { preferences: Preference[]; delivery?: Delivery }) =>
    request<Preferences>('PUT', workspacePath(ws, '/me/notification-preferences'), body),
}
