// A show's tickets and public status (ADR 035) and its deal and settlement (ADRs 040, 043, 048).
// Types from the contract; type-only imports keep zod out of the bundle.
import type { z } from 'zod'
import type * as tickets from '../../../src/contract/tickets.ts'
import type * as settlements from '../../../src/contract/settlements.ts'
import { request } from './request.ts'
import { workspaceKey, workspacePath } from './workspace-resource.ts'

export type ShowTickets = tickets.ShowTickets
export type Offer = ShowTickets['offers'][number]
export type TicketsBody = z.input<typeof tickets.TicketsBodySchema>
export type OfferBody = TicketsBody['offers'][number]
export type ShowSettlement = settlements.ShowSettlement
export type SettlementTerms = NonNullable<ShowSettlement['terms']>
export type SettlementBody = z.input<typeof settlements.SettlementBodySchema>
export type TourMoney = settlements.TourMoney

const id = encodeURIComponent

export const businessKeys = {
  tickets: (ws: string, showId: string) => [...workspaceKey(ws), 'shows', showId, 'tickets'] as const,
  settlement: (ws: string, showId: string) => [...workspaceKey(ws), 'money', 'settlement', showId] as const,
  tourMoney: (ws: string, tourId: string) => [...workspaceKey(ws), 'money', 'tour', tourId] as const,
}

const showPath = (ws: string, showId: string, rest: string) => workspacePath(ws, `/shows/${id(showId)}${rest}`)

export const businessApi = {
  tickets: (ws: string, showId: string) => request<ShowTickets>('GET', showPath(ws, showId, '/tickets')),
  saveTickets: (ws: string, showId: string, body: TicketsBody) => request<ShowTickets>('PUT', showPath(ws, showId, '/tickets'), body),
  settlement: (ws: string, showId: string) => request<ShowSettlement>('GET', showPath(ws, showId, '/settlement')),
  saveSettlement: (ws: string, showId: string, body: SettlementBody) => request<ShowSettlement>('PUT', showPath(ws, showId, '/settlement'), body),
  approve: (ws: string, showId: string, version: number) => request<ShowSettlement>('POST', showPath(ws, showId, '/settlement/approve'), { version }),
  reopen: (ws: string, showId: string, version: number) => request<ShowSettlement>('POST', showPath(ws, showId, '/settlement/reopen'), { version }),
  sheetUrl: (ws: string, showId: string) => showPath(ws, showId, '/settlement.pdf'),
  tourMoney: (ws: string, tourId: string) => request<TourMoney>('GET', workspacePath(ws, `/tours/${id(tourId)}/money`)),
  saveTourHomeCurrency: (ws: string, tourId: string, homeCurrency: string) =>
    request<TourMoney>('PUT', workspacePath(ws, `/tours/${id(tourId)}/money`), { homeCurrency }),
}

/** The body that writes an offer back as it is. */
export const offerBody = (o: Offer): OfferBody => ({
  kind: o.kind,
  label: o.label,
  url: o.url,
  onSale: o.onSale,
  soldOut: o.soldOut,
  priceMinor: o.priceMinor,
  currency: o.currency,
})
