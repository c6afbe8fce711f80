import { z } from 'zod'
import { FullDateSchema, IdSchema, NotesSchema, VersionSchema, lineText } from './common.ts'
import { TRAVEL_MODES } from '../domain/travel.ts'
import { LocalTimeSchema, TimeZoneSchema } from './touring.ts'

// ── travel: journeys of connecting segments (issue 15 point 4, ADR 036) ──
export const TravelPlaceBodySchema = z.object({
  iata: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'a three-letter IATA airport code like LHR')
    .nullable()
    .optional()
    .describe('An airport: its zone, city and coordinates come from Greenroom’s airport table (GET /airports)'),
  name: lineText(200).optional().describe('The place (a station, a venue, a hotel); required without an airport code'),
  timeZone: TimeZoneSchema.nullable().optional().describe('The place’s IANA zone; required without an airport code'),
  latitude: z.number().nullable().optional(),
  longitude: z.number().nullable().optional(),
})
export const TravelSegmentBodySchema = z.object({
  id: IdSchema.nullable().optional().describe('A segment of this journey, kept (with its booking reference when none is sent); none: a new one'),
  mode: z.enum(TRAVEL_MODES),
  from: TravelPlaceBodySchema,
  to: TravelPlaceBodySchema,
  departureDate: FullDateSchema.describe('Local date of departure, on the clock of the place it leaves'),
  departureTime: LocalTimeSchema,
  arrivalDate: FullDateSchema.describe('Local date of arrival, on the clock of the place it arrives at'),
  arrivalTime: LocalTimeSchema,
  number: lineText(40).optional().describe('Flight or train number, e.g. "BA 283"'),
  carrier: lineText(100).optional(),
  bookingReference: lineText(100)
    .nullable()
    .optional()
    .describe('Left out on a kept segment: the stored one stays (for editors who may not read it); null or empty: none'),
  confirmed: z.boolean().default(false),
  notes: lineText(500).optional(),
  passengerIds: z
    .array(IdSchema)
    .max(100)
    .optional()
    .describe('Who is on this segment: passengers of the journey (ADR 050 amended). Left out: every passenger of the journey'),
})
export const JourneyBodySchema = z.object({
  tourId: IdSchema.nullable().optional(),
  title: lineText(200).optional().describe('e.g. "Dustin: London to Burbank"'),
  notes: NotesSchema.optional(),
  passengerIds: z
    .array(IdSchema)
    .max(100)
    .describe('People of the workspace on the journey: on every segment that does not name its own passengers, and each on one segment at least'),
  segments: z.array(TravelSegmentBodySchema).min(1).max(20).describe('In order: a connection leaves after the segment before it arrives'),
})
/** A PUT replaces the whole journey: its passengers and segments are required, so leaving them out never empties them. */
export const UpdateJourneyBodySchema = JourneyBodySchema.extend({ version: VersionSchema })

const PlaceSchema = z.object({
  iata: z.string().nullable(),
  name: z.string(),
  timeZone: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
})
export const TravelSegmentSchema = z.object({
  id: IdSchema,
  mode: z.enum(TRAVEL_MODES),
  from: PlaceSchema,
  to: PlaceSchema,
  departureDate: z.string(),
  departureTime: z.string(),
  departsAt: z.string().describe('The departure instant (UTC)'),
  arrivalDate: z.string(),
  arrivalTime: z.string(),
  arrivesAt: z.string().describe('The arrival instant (UTC)'),
  durationMinutes: z.number().int().describe('Computed across the two zones'),
  number: z.string(),
  carrier: z.string(),
  bookingReference: z.string().nullable().describe('Null for a reader who is neither a passenger nor a manager'),
  confirmed: z.boolean(),
  notes: z.string(),
  passengerIds: z.array(IdSchema).describe('Who is on this segment, in the order of the journey’s passengers'),
})
export const JourneySchema = z.object({
  id: IdSchema,
  tourId: IdSchema.nullable(),
  title: z.string(),
  notes: z.string(),
  departsAt: z.string(),
  arrivesAt: z.string(),
  durationMinutes: z.number().int().describe('From the first departure to the last arrival'),
  version: z.number().int(),
  updatedAt: z.string(),
  passengers: z.array(z.object({ personId: IdSchema, personName: z.string() })),
  segments: z.array(TravelSegmentSchema),
})
export type Journey = z.infer<typeof JourneySchema>
export type TravelSegment = z.infer<typeof TravelSegmentSchema>

export const AirportSchema = z.object({
  iata: z.string(),
  name: z.string(),
  city: z.string(),
  country: z.string(),
  timeZone: z.string(),
  latitude: z.number(),
  longitude: z.number(),
})
