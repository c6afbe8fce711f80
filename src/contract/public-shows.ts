import { z } from 'zod'
import { BILLING_ROLES } from '../domain/touring.ts'
import { PublicBusinessShape } from './tickets.ts'

/**
 * The public shows of an act as JSON (GET /public/{actSlug}/shows.json): the same shows, with the
 * same ids, times and sequence numbers, as the .ics feed. Local times are on the venue's clock
 * in `timeZone`; `startsAt`/`endsAt` are the instants they stand for (ISO 8601, UTC).
 */
export const PUBLIC_SHOWS_FORMAT = 'greenroom-public-shows'
export const PUBLIC_SHOWS_FORMAT_VERSION = 1

const LocalTime = z.string().nullable()

export const PublicShowSchema = z.object({
  id: z.string().describe('Stable id of the show; the iCalendar UID is `{id}@greenroom`'),
  title: z.string().describe('Headliner and bill, e.g. "Big Time Rush with Victoria Justice"'),
  date: z.string().describe("The show's date at the venue (YYYY-MM-DD)"),
  doors: LocalTime.describe('Doors open, HH:MM at the venue'),
  setStart: LocalTime.describe('Show starts, HH:MM at the venue'),
  curfew: LocalTime.describe('Show ends by, HH:MM at the venue'),
  timeZone: z.string().describe("The venue's IANA time zone, e.g. America/New_York"),
  allDay: z.boolean().describe('No public times yet: the show takes its whole local date'),
  startsAt: z.string().describe('Start instant (doors, else set start), ISO 8601 UTC; for an all-day show the start of its local day'),
  endsAt: z.string().describe('End instant (curfew, else the derived end; for an all-day show the start of the next day), ISO 8601 UTC'),
  // Only these can be public (isPublic): a hold or an offer reaching here fails serialisation instead of leaking.
  status: z.enum(['confirmed', 'played', 'cancelled']).describe('A cancelled show stays listed, marked'),
  venue: z.object({
    name: z.string(),
    address: z.string(),
    city: z.string(),
    country: z.string().describe('ISO 3166-1 alpha-2'),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  }),
  billing: z.array(z.object({ name: z.string(), role: z.enum(['headliner', ...BILLING_ROLES]) })).describe('The bill in order, headliner first'),
  sequence: z.number().int().describe('Raised on every change (the iCalendar SEQUENCE)'),
  ...PublicBusinessShape,
})
export type PublicShow = z.infer<typeof PublicShowSchema>

export const PublicShowsDocumentSchema = z.object({
  format: z.literal(PUBLIC_SHOWS_FORMAT),
  formatVersion: z.literal(PUBLIC_SHOWS_FORMAT_VERSION),
  act: z.object({ slug: z.string(), name: z.string() }),
  generatedAt: z.string().describe('When this list was made, ISO 8601 UTC'),
  shows: z.array(PublicShowSchema).describe('In time order'),
})
export type PublicShowsDocument = z.infer<typeof PublicShowsDocumentSchema>
