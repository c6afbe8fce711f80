// Organisations, holds, availability and pitches: typed calls on src/contract (organizations.ts, rights.ts).
import type { z } from 'zod'
import type * as O from '../../../src/contract/organizations.ts'
import type * as R from '../../../src/contract/rights.ts'
import { queryString, request } from './request.ts'
import { workspaceKey, workspacePath, workspaceResource } from './workspace-resource.ts'

export type Organization = O.Organization
export type OrganizationBody = z.input<typeof O.OrganizationBodySchema>
export type UpdateOrganizationBody = z.input<typeof O.UpdateOrganizationBodySchema>
export type Hold = R.Hold
export type HoldBody = R.HoldBody
export type UpdateHoldBody = R.UpdateHoldBody
export type AvailabilityState = R.AvailabilityState
export type WorkAvailability = R.WorkAvailability
export type FreeWorks = R.FreeWorks
export type ExpiringHold = R.ExpiringHold
export type Pitch = R.Pitch
export type PitchBody = R.PitchBody
export type UpdatePitchBody = R.UpdatePitchBody

export const organizationsApi = workspaceResource<Organization, Organization, OrganizationBody, UpdateOrganizationBody>('organizations')

const id = encodeURIComponent

/** A song's holds and pitches; keys start with the workspace's, so every save refreshes them. */
export const rightsApi = {
  keys: {
    availability: (ws: string, workId: string) => [...workspaceKey(ws), 'rights', 'availability', workId],
    pitches: (ws: string, workId: string) => [...workspaceKey(ws), 'rights', 'pitches', workId],
    freeWorks: (ws: string) => [...workspaceKey(ws), 'rights', 'free-works'],
    expiring: (ws: string, withinDays: number) => [...workspaceKey(ws), 'rights', 'expiring', withinDays],
  },
  availability: (ws: string, workId: string) => request<WorkAvailability>('GET', workspacePath(ws, `/works/${id(workId)}/availability`)),
  createHold: (ws: string, workId: string, body: HoldBody) => request<Hold>('POST', workspacePath(ws, `/works/${id(workId)}/holds`), body),
  updateHold: (ws: string, workId: string, holdId: string, body: UpdateHoldBody) =>
    request<Hold>('PUT', workspacePath(ws, `/works/${id(workId)}/holds/${id(holdId)}`), body),
  removeHold: (ws: string, workId: string, holdId: string) => request<void>('DELETE', workspacePath(ws, `/works/${id(workId)}/holds/${id(holdId)}`)),
  pitches: (ws: string, workId: string) => request<Pitch[]>('GET', workspacePath(ws, `/works/${id(workId)}/pitches`)),
  createPitch: (ws: string, workId: string, body: PitchBody) => request<Pitch>('POST', workspacePath(ws, `/works/${id(workId)}/pitches`), body),
  updatePitch: (ws: string, pitchId: string, body: UpdatePitchBody) => request<Pitch>('PUT', workspacePath(ws, `/pitches/${id(pitchId)}`), body),
  removePitch: (ws: string, pitchId: string) => request<void>('DELETE', workspacePath(ws, `/pitches/${id(pitchId)}`)),
  freeWorks: (ws: string) => request<FreeWorks>('GET', workspacePath(ws, '/me/free-works')),
  expiring: (ws: string, withinDays: number) =>
    request<ExpiringHold[]>('GET', workspacePath(ws, `/rights/expiring${queryString({ withinDays: String(withinDays) })}`)),
}
