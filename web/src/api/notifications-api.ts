// The signed-in person's inbox (issue 14). Types from the contract (contract/notifications.ts);
// type-only imports keep zod out of the bundle.
import type * as notifications from '../../../src/contract/notifications.ts'
import { queryString, request } from './request.ts'
import { workspaceKey, workspacePath } from './workspace-resource.ts'

export type Notification = notifications.Notification

const id = encodeURIComponent

export const notificationKeys = {
  all: (ws: string) => [...workspaceKey(ws), 'notifications'] as const,
  list: (ws: string, unreadOnly: boolean) => [...workspaceKey(ws), 'notifications', 'list', unreadOnly] as const,
  unread: (ws: string) => [...workspaceKey(ws), 'notifications', 'unread'] as const,
}

export const notificationsApi = {
  list: (ws: string, unreadOnly: boolean) =>
    request<Notification[]>('GET', workspacePath(ws, `/notifications${queryString({ unread: unreadOnly ? 'true' : undefined })}`)),
  unread: (ws: string) => request<{ unread: number }>('GET', workspacePath(ws, '/notifications/unread-count')),
  read: (ws: string, notificationId: string) => request<Notification>('POST', workspacePath(ws, `/notifications/${id(notificationId)}/read`)),
  readAll: (ws: string) => request<{ marked: number }>('POST', workspacePath(ws, '/notifications/read-all')),
}
