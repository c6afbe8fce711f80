// Advancing a show, its contacts and a venue's facts (issues 15.6 and 16.4, ADR 037). Types from the
// contract (contract/advance.ts); type-only imports keep zod out of the bundle.
import type * as advance from '../../../src/contract/advance.ts'
import { request } from './request.ts'
import { workspaceKey, workspacePath } from './workspace-resource.ts'

export type ShowAdvance = advance.ShowAdvance
export type VenueAdvance = advance.VenueAdvance
export type PromoterLink = advance.PromoterLink
export type Contact = ShowAdvance['contacts'][number]
export type ChecklistItem = ShowAdvance['checklist'][number]
export type ContactInput = { role: Contact['role']; name: string; phone?: string; email?: string }
export type ChecklistInput = { id?: string; category: ChecklistItem['category']; title: string; dueDate: string | null; status: ChecklistItem['status'] }

const id = encodeURIComponent

export const advanceKeys = {
  show: (ws: string, showId: string) => [...workspaceKey(ws), 'advance', 'show', showId] as const,
  links: (ws: string, showId: string) => [...workspaceKey(ws), 'advance', 'links', showId] as const,
  venue: (ws: string, venueId: string) => [...workspaceKey(ws), 'advance', 'venue', venueId] as const,
}

export const advanceApi = {
  show: (ws: string, showId: string) => request<ShowAdvance>('GET', workspacePath(ws, `/shows/${id(showId)}/advance`)),
  saveShow: (ws: string, showId: string, body: { version: number; checklist: ChecklistInput[]; contacts: ContactInput[] }) =>
    request<ShowAdvance>('PUT', workspacePath(ws, `/shows/${id(showId)}/advance`), body),
  venue: (ws: string, venueId: string) => request<VenueAdvance>('GET', workspacePath(ws, `/venues/${id(venueId)}/advance`)),
  links: (ws: string, showId: string) => request<PromoterLink[]>('GET', workspacePath(ws, `/shows/${id(showId)}/promoter-links`)),
  createLink: (ws: string, showId: string, expiresInDays: number) =>
    request<PromoterLink & { token: string; url: string }>('POST', workspacePath(ws, `/shows/${id(showId)}/promoter-links`), { expiresInDays }),
  revoke: (ws: string, showId: string, linkId: string) =>
    request<PromoterLink>('POST', workspacePath(ws, `/shows/${id(showId)}/promoter-links/${id(linkId)}/revoke`), {}),
  accept: (ws: string, showId: string, linkId: string, venueVersion: number, fields: string[]) =>
    request<PromoterLink>('POST', workspacePath(ws, `/shows/${id(showId)}/promoter-links/${id(linkId)}/accept`), { venueVersion, fields }),
  dismiss: (ws: string, showId: string, linkId: string) =>
    request<PromoterLink>('POST', workspacePath(ws, `/shows/${id(showId)}/promoter-links/${id(linkId)}/dismiss`), {}),
}

/** The body that keeps a contact as it is: a phone or email the reader may not see is left out, so the server keeps it. */
export const contactInput = (c: Contact): ContactInput => ({
  role: c.role,
  name: c.name,
  ...(c.phone === null ? {} : { phone: c.phone }),
  ...(c.email === null ? {} : { email: c.email }),
})
