// Travel on the road: journeys of segments (issue 15 point 4, ADR 036). Types from the contract
// (contract/travel.ts); type-only imports keep zod out of the bundle.
import type * as travel from '../../../src/contract/travel.ts'
import { request } from './request.ts'
import { workspacePath } from './workspace-resource.ts'

export type Journey = travel.Journey
export type TravelSegment = travel.TravelSegment
export type TravelMode = TravelSegment['mode']

export interface SegmentDraft {
  id?: string
  mode: TravelMode
  from: { iata?: string | null; name?: string; timeZone?: string | null }
  to: { iata?: string | null; name?: string; timeZone?: string | null }
  departureDate: string
  departureTime: string
  arrivalDate: string
  arrivalTime: string
  number?: string
  carrier?: string
  bookingReference?: string | null
  confirmed: boolean
  /** Who is on this segment (ADR 050 amended); left out: every passenger of the journey. */
  passengerIds?: string[]
}
export interface JourneyDraft {
  title?: string
  passengerIds: string[]
  segments: SegmentDraft[]
}

const id = encodeURIComponent

export const travelApi = {
  create: (ws: string, body: JourneyDraft) => request<Journey>('POST', workspacePath(ws, '/journeys'), body),
  update: (ws: string, journeyId: string, body: JourneyDraft & { version: number }) =>
    request<Journey>('PUT', workspacePath(ws, `/journeys/${id(journeyId)}`), body),
  get: (ws: string, journeyId: string) => request<Journey>('GET', workspacePath(ws, `/journeys/${id(journeyId)}`)),
}
