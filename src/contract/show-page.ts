import { z } from 'zod'
import { PromoterLinkSchema, ShowAdvanceSchema } from './advance.ts'
import { GuestListSchema } from './guests.ts'
import { ActPlayHistorySchema, PlayedSetlistSchema } from './played.ts'
import { DayListEntrySchema } from './road.ts'
import { SetlistVersionSchema } from './setlists.ts'
import { ShowTicketsSchema } from './tickets.ts'
import { ShowSchema, TourSchema } from './touring.ts'

/**
 * A show's page in one answer (ADR 054): the show and what its panels read, each part exactly what
 * its own route answers this reader (named beside it). A part is absent where its own route would
 * answer 403 or 404 (a role that may not read it, a set list not applied, nothing played yet), so
 * the client asks that route itself if it needs to, and gets the same answer it always did.
 */
export const ShowPageSchema = z.object({
  show: ShowSchema.describe('GET /shows/{showId}'),
  tour: TourSchema.optional().describe('GET /tours/{tourId}, of a show on a tour'),
  days: z.array(DayListEntrySchema).optional().describe('GET /days?from={localDate}&to={localDate}: the days on the road on the show’s date'),
  tickets: ShowTicketsSchema.optional().describe('GET /shows/{showId}/tickets'),
  advance: ShowAdvanceSchema.optional().describe('GET /shows/{showId}/advance'),
  promoterLinks: z.array(PromoterLinkSchema).optional().describe('GET /shows/{showId}/promoter-links'),
  setlist: SetlistVersionSchema.optional().describe('GET /shows/{showId}/setlist, once a set list is applied'),
  played: PlayedSetlistSchema.optional().describe('GET /shows/{showId}/played, once recorded'),
  playHistory: ActPlayHistorySchema.optional().describe('GET /acts/{actId}/play-history of the show’s act, once the show’s played list is recorded'),
  guests: GuestListSchema.optional().describe('GET /shows/{showId}/guests'),
})
export type ShowPage = z.infer<typeof ShowPageSchema>
