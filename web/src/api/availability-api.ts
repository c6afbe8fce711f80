// Availability requests (issue 14, point 4; ADR 042). Types from the contract; type-only imports keep zod out of the bundle.
import type { z } from 'zod'
import type * as av from '../../../src/contract/availability-requests.ts'
import { request } from './request.ts'
import { workspaceKey, workspacePath } from './workspace-resource.ts'

export type AvailabilityRequest = av.AvailabilityRequest
export type AvailabilityRequestInput = z.input<typeof av.AvailabilityRequestBodySchema>
export type AnswerValue = z.infer<typeof av.AvailabilityAnswerValueSchema>

export const availabilityKeys = {
  all: (ws: string) => [...workspaceKey(ws), 'availability'] as const,
  one: (ws: string, id: string) => [...workspaceKey(ws), 'availability', id] as const,
}

const base = (ws: string, rest = '') => workspacePath(ws, `/availability-requests${rest}`)

export const availabilityApi = {
  list: (ws: string) => request<AvailabilityRequest[]>('GET', base(ws)),
  get: (ws: string, id: string) => request<AvailabilityRequest>('GET', base(ws, `/${encodeURIComponent(id)}`)),
  create: (ws: string, body: AvailabilityRequestInput) => request<AvailabilityRequest>('POST', base(ws), body),
  answer: (ws: string, id: string, answer: AnswerValue, comment: string) =>
    request<AvailabilityRequest>('PUT', base(ws, `/${encodeURIComponent(id)}/answer`), { answer, comment }),
  close: (ws: string, id: string) => request<AvailabilityRequest>('POST', base(ws, `/${encodeURIComponent(id)}/close`), {}),
  commitment: (ws: string, id: string, acknowledgeConflicts: boolean) =>
    request<{ commitment: { id: string } }>('POST', base(ws, `/${encodeURIComponent(id)}/commitment`), { acknowledgeConflicts }),
}
