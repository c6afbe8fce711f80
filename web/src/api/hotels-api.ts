// Hotel stays on the road (issue 15 point 5, ADR 039, ADR 050). Types from the contract
// (contract/hotels.ts); type-only imports keep zod out of the bundle.
import type * as hotels from '../../../src/contract/hotels.ts'
import { queryString, request } from './request.ts'
import { workspaceKey, workspacePath } from './workspace-resource.ts'

export type HotelStay = hotels.HotelStay

export interface GuestDraft {
  personId: string
  fromDate?: string | null
  toDate?: string | null
}
export interface RoomDraft {
  id?: string
  label: string
  /** Left out on a kept room when empty: the stored number stays (an editor may not read it). */
  confirmationNumber?: string | null
  guests: GuestDraft[]
}
export interface StayDraft {
  tourId?: string | null
  name: string
  address: string
  phone: string
  timeZone: string
  checkInDate: string
  checkInTime: string
  checkOutDate: string
  checkOutTime: string
  notes: string
  rooms: RoomDraft[]
}

const id = encodeURIComponent

/** Under the road's key: a `road.hotel` live event (or any `road.*`) makes them stale, like the day sheets. */
export const hotelKeys = {
  list: (ws: string, filter: { from?: string; to?: string }) => [...workspaceKey(ws), 'road', 'hotels', filter] as const,
  one: (ws: string, stayId: string) => [...workspaceKey(ws), 'road', 'hotel', stayId] as const,
}

export const hotelsApi = {
  list: (ws: string, filter: { from?: string; to?: string }) => request<HotelStay[]>('GET', workspacePath(ws, `/hotels${queryString(filter)}`)),
  get: (ws: string, stayId: string) => request<HotelStay>('GET', workspacePath(ws, `/hotels/${id(stayId)}`)),
  create: (ws: string, body: StayDraft) => request<HotelStay>('POST', workspacePath(ws, '/hotels'), body),
  update: (ws: string, stayId: string, body: StayDraft & { version: number }) => request<HotelStay>('PUT', workspacePath(ws, `/hotels/${id(stayId)}`), body),
  remove: (ws: string, stayId: string) => request<void>('DELETE', workspacePath(ws, `/hotels/${id(stayId)}`)),
}
