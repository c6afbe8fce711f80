/** What the calendar feeds, the public JSON and the public page are made from: shows, acts, a person's calendar (read by db/queries, formatted by interop/). */
import type { ShowBusiness } from './tickets.ts'
import type { AnnouncementState, BillingRole, CommitmentKind, ShowStatus } from './touring.ts'

/** An act whose shows a feed lists. */
export interface FeedAct {
  workspaceId: string
  id: string
  slug: string
  name: string
  isInternal: boolean
}

/** Where a show happens, with the zone every local time of the show is read in. */
export interface FeedVenue {
  name: string
  address: string
  city: string
  /** ISO 3166-1 alpha-2. */
  country: string
  latitude: number | null
  longitude: number | null
  timeZone: string
}

/** A show with everything a calendar feed, the public JSON and the public page say about it. */
export interface FeedShow {
  id: string
  headliner: { actId: string; name: string }
  /** Other acts on the bill, in billing order. */
  billing: { actId: string; name: string; role: BillingRole }[]
  localDate: string
  times: { loadIn: string | null; soundcheck: string | null; doors: string | null; setStart: string | null; curfew: string | null }
  /** The span the show occupies (derived from the local times, ADR 005). */
  startsAt: Date
  endsAt: Date
  status: ShowStatus
  announcement: AnnouncementState
  announceAt: Date | null
  version: number
  venue: FeedVenue
  /** Ticket offers and what happened to the date or place (tickets.ts); absent: scheduled, no offers. */
  business?: ShowBusiness
}

/** A commitment as a person's calendar feed shows it. */
export interface FeedCommitment {
  id: string
  kind: CommitmentKind
  title: string
  /** The venue's name and city when it is at a venue, else the free-text place. */
  place: string
  latitude: number | null
  longitude: number | null
  timeZone: string
  startDate: string
  startTime: string | null
  endDate: string
  endTime: string | null
  startsAt: Date
  endsAt: Date
  outlet: string | null
  journalist: string | null
  version: number
}

export interface PersonFeed {
  personName: string
  /** Shows the person is in the lineup of, with their role there, whatever the status or announcement. */
  shows: (FeedShow & { role: string })[]
  commitments: FeedCommitment[]
}

/** A line of a day's schedule on the private feed of someone it reaches (issue 15, ADR 034). */
export interface FeedScheduleItem {
  id: string
  title: string
  /** The day's city and the line's location. */
  place: string
  timeZone: string
  startsAt: Date
  endsAt: Date | null
  confirmed: boolean
  /** approximate or exact; hidden lines have no time and never reach a feed. */
  display: 'exact' | 'approximate' | 'tbc'
  notes: string
  version: number
}
