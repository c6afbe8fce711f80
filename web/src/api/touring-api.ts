// Tours, shows, venues and everyone's calendar: typed calls and the types of their answers,
// inferred from the shared contract (src/contract/touring.ts). Type-only imports keep zod out.
import type { z } from 'zod'
import type * as touring from '../../../src/contract/touring.ts'
import { queryString, request } from './request.ts'
import { workspaceKey, workspacePath, workspaceResource } from './workspace-resource.ts'

export type Venue = touring.Venue
export type VenueBody = z.input<typeof touring.VenueBodySchema>
export type UpdateVenueBody = z.input<typeof touring.UpdateVenueBodySchema>
export type Tour = touring.Tour
export type Leg = z.infer<typeof touring.LegSchema>
export type TourListEntry = z.infer<typeof touring.TourListEntrySchema>
export type TourBody = z.input<typeof touring.TourBodySchema>
export type UpdateTourBody = z.input<typeof touring.UpdateTourBodySchema>
export type Show = touring.Show
export type ShowSummary = touring.ShowSummary
export type ShowBody = z.input<typeof touring.ShowBodySchema>
export type UpdateShowBody = z.input<typeof touring.UpdateShowBodySchema>
export type ShowStatus = ShowSummary['status']
export type AnnouncementState = ShowSummary['announcement']
export type ConflictView = touring.ConflictView
export type Commitment = touring.Commitment
/** Commitments as listed: their conflicts come with each one read on its own. */
export type CommitmentListEntry = Omit<Commitment, 'conflicts'>
export type CommitmentBody = z.input<typeof touring.CommitmentBodySchema>
export type UpdateCommitmentBody = z.input<typeof touring.UpdateCommitmentBodySchema>
export type Blockout = z.infer<typeof touring.BlockoutSchema>
export type BlockoutBody = z.input<typeof touring.BlockoutBodySchema>
export type UpdateBlockoutBody = z.input<typeof touring.UpdateBlockoutBodySchema>
export type TimelineEntry = touring.TimelineEntry

/** A private calendar feed as listed: the secret itself is never listed, only shown once when made. */
export interface CalendarFeed {
  id: string
  createdAt?: string
  revokedAt?: string | null
  lastUsedAt?: string | null
}

/** The answer to making a feed: the only time the token and its URL are sent. */
export interface CreatedCalendarFeed {
  id: string
  token: string
  url: string
}

/** A booking a conflict belongs to, as the workspace's conflicts list names it. */
export interface BookingRef {
  kind: 'show' | 'commitment'
  id: string
  title: string
  startsAt: string
  endsAt: string
}

/** A conflict in the workspace list: both sides named, `booking` and `with` (or the blockout). */
export type UpcomingConflict = ConflictView & { booking?: BookingRef }

export interface ConflictCheck {
  conflicts: ConflictView[]
}

const path = (ws: string, rest: string) => workspacePath(ws, rest)
const id = encodeURIComponent

export const venuesApi = workspaceResource<Venue, Venue, VenueBody, UpdateVenueBody>('venues')
export const toursApi = workspaceResource<Tour, TourListEntry, TourBody, UpdateTourBody>('tours')

export const showsApi = {
  ...workspaceResource<Show, ShowSummary, ShowBody, UpdateShowBody>('shows'),
  /** The conflicts this show would have if saved; `showId` leaves the show itself out (an edit). */
  checkConflicts: (ws: string, body: ShowBody, showId?: string) =>
    request<ConflictCheck>('POST', path(ws, `/shows/check-conflicts${queryString({ showId })}`), body),
}

export const commitmentsApi = {
  ...workspaceResource<Commitment, CommitmentListEntry, CommitmentBody, UpdateCommitmentBody>('commitments'),
  checkConflicts: (ws: string, body: CommitmentBody, commitmentId?: string) =>
    request<ConflictCheck>('POST', path(ws, `/commitments/check-conflicts${queryString({ commitmentId })}`), body),
}

export const blockoutsApi = workspaceResource<Blockout, Blockout, BlockoutBody, UpdateBlockoutBody>('blockouts')

export const conflictsApi = {
  key: (ws: string, personId?: string) => [...workspaceKey(ws), 'conflicts', personId ?? 'all'],
  list: (ws: string, personId?: string) => request<UpcomingConflict[]>('GET', path(ws, `/conflicts${queryString({ personId })}`)),
}

export interface TimelineRange {
  from?: string
  to?: string
}

export const timelineApi = {
  personKey: (ws: string, personId: string, range: TimelineRange) => [...workspaceKey(ws), 'timeline', 'person', personId, range],
  actKey: (ws: string, actId: string, range: TimelineRange) => [...workspaceKey(ws), 'timeline', 'act', actId, range],
  person: (ws: string, personId: string, range: TimelineRange = {}) =>
    request<TimelineEntry[]>('GET', path(ws, `/people/${id(personId)}/timeline${queryString({ ...range })}`)),
  act: (ws: string, actId: string, range: TimelineRange = {}) =>
    request<TimelineEntry[]>('GET', path(ws, `/acts/${id(actId)}/timeline${queryString({ ...range })}`)),
}

export const feedsApi = {
  key: (ws: string, personId: string) => [...workspaceKey(ws), 'feeds', personId],
  list: (ws: string, personId: string) => request<CalendarFeed[]>('GET', path(ws, `/people/${id(personId)}/feeds`)),
  create: (ws: string, personId: string) => request<CreatedCalendarFeed>('POST', path(ws, `/people/${id(personId)}/feeds`), {}),
  revoke: (ws: string, personId: string, feedId: string) => request<void>('DELETE', path(ws, `/people/${id(personId)}/feeds/${id(feedId)}`)),
}
