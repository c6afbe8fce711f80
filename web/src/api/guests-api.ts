// A show's guest list (issue 16, point 3; ADR 038). Types from the contract (contract/guests.ts);
// type-only imports keep zod out of the bundle. A door check-in goes through the offline outbox:
// kept on the phone with no signal, sent with its Idempotency-Key when it is back.
import type * as guests from '../../../src/contract/guests.ts'
import { sendOrQueue } from '../offline/outbox.ts'
import { request } from './request.ts'
import { workspaceKey, workspacePath } from './workspace-resource.ts'

export type GuestList = guests.GuestList
export type GuestRequest = guests.GuestRequest
export type PassType = GuestRequest['passType']
export type CheckInResult = { outcome: 'admitted' | 'already-admitted-by-this-tap'; request: GuestRequest }

export const PASS_TYPE_OPTIONS: readonly { value: PassType; label: string }[] = [
  { value: 'guest', label: 'Guest' },
  { value: 'press', label: 'Press' },
  { value: 'industry', label: 'Industry' },
  { value: 'vip', label: 'VIP' },
  { value: 'meet-and-greet', label: 'Meet & greet' },
  { value: 'working', label: 'Working' },
]
export const passTypeLabel = (t: PassType) => PASS_TYPE_OPTIONS.find((o) => o.value === t)?.label ?? t

const id = encodeURIComponent

export const guestKeys = {
  show: (ws: string, showId: string) => [...workspaceKey(ws), 'guests', showId] as const,
}

export const guestListPath = (ws: string, showId: string) => workspacePath(ws, `/shows/${id(showId)}/guests`)

export interface RequestBody {
  name: string
  plusN: number
  passType: PassType
  note: string
  meetAndGreetTime: string | null
}

export interface SettingsBody {
  version: number
  cutoff: string | null
  locked: boolean
  allotments: { personId: string | null; actId: string | null; headLimit: number; passTypes: PassType[] }[]
}

/** A tap's name: sent with the check-in and as its Idempotency-Key, so a resend is the same admission. */
export function newTapId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}-tap`
}

export const guestsApi = {
  get: (ws: string, showId: string) => request<GuestList>('GET', guestListPath(ws, showId)),
  saveSettings: (ws: string, showId: string, body: SettingsBody) => request<GuestList>('PUT', guestListPath(ws, showId), body),
  create: (ws: string, showId: string, body: RequestBody) => request<GuestRequest>('POST', `${guestListPath(ws, showId)}/requests`, body),
  withdraw: (ws: string, showId: string, requestId: string) => request<void>('DELETE', `${guestListPath(ws, showId)}/requests/${id(requestId)}`),
  decide: (ws: string, showId: string, r: GuestRequest, decision: 'approved' | 'denied') =>
    request<GuestRequest>('POST', `${guestListPath(ws, showId)}/requests/${id(r.id)}/decision`, { version: r.version, decision }),
  /** Admits a guest; with no connection the tap is kept and sent later (a 409 then shows as a conflict in the banner). */
  checkIn: (ws: string, showId: string, requestId: string, tap: { checkInId: string; device: string; admittedAt: string }, doorHref: string) =>
    sendOrQueue<CheckInResult>('check-in', ws, requestId, 'POST', `${guestListPath(ws, showId)}/requests/${id(requestId)}/check-in`, tap, { href: doorHref }),
  undoCheckIn: (ws: string, showId: string, requestId: string) =>
    request<GuestRequest>('DELETE', `${guestListPath(ws, showId)}/requests/${id(requestId)}/check-in`),
  doorListUrl: (ws: string, showId: string, format: 'pdf' | 'csv') => `${guestListPath(ws, showId)}/door-list.${format}`,
}
