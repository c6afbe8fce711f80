import { z } from 'zod'
import { FullDateSchema, IdSchema, NameSchema, NotesSchema, VersionSchema, lineText } from './common.ts'
import { HotelStaySchema } from './hotels.ts'
import { ContactSchema } from './advance.ts'
import { TravelSegmentSchema } from './travel.ts'
import { LocalTimeSchema, ShowTimesSchema, TimeZoneSchema } from './touring.ts'
import { AUDIENCES, DAY_TYPES, DISPLAY_MODES, SCHEDULE_ITEM_KINDS } from '../domain/road.ts'
import { SHOW_STATUSES } from '../domain/touring.ts'
import { SHOW_TIME_FIELDS } from '../domain/show-time-days.ts'

// ── days ────────────────────────────────────────────────────────────────
export const DayBodySchema = z.object({
  actId: IdSchema.describe('The act whose day it is (the tour’s act)'),
  tourId: IdSchema.nullable().optional(),
  legId: IdSchema.nullable().optional(),
  localDate: FullDateSchema.describe('The date on the day’s clock'),
  type: z.enum(DAY_TYPES),
  city: NameSchema,
  timeZone: TimeZoneSchema,
  notes: NotesSchema.optional(),
})
export const UpdateDayBodySchema = DayBodySchema.extend({ version: VersionSchema })

export const ScheduleItemBodySchema = z.object({
  title: NameSchema,
  kind: z.enum(SCHEDULE_ITEM_KINDS),
  startTime: LocalTimeSchema.describe('On the day’s clock'),
  afterMidnight: z.boolean().default(false).describe('The start is on the morning after the day’s date (up to 06:00): "+1 day"'),
  endTime: LocalTimeSchema.nullable().optional().describe('Earlier than the start: after midnight'),
  display: z.enum(DISPLAY_MODES).default('exact'),
  confirmed: z.boolean().default(false),
  audience: z.enum(AUDIENCES).default('everyone'),
  audienceActId: IdSchema.nullable().optional().describe('With audience "act": the act whose party sees the line'),
  personIds: z.array(IdSchema).max(100).default([]).describe('With audience "people": who sees the line'),
  location: lineText(200).optional(),
  notes: NotesSchema.optional(),
})
export const UpdateScheduleItemBodySchema = ScheduleItemBodySchema.extend({ version: VersionSchema })

export const ScheduleItemSchema = z.object({
  id: IdSchema,
  dayId: IdSchema,
  title: z.string(),
  kind: z.enum(SCHEDULE_ITEM_KINDS),
  startTime: z.string().nullable().describe('Null when the time is hidden or to be confirmed for this reader'),
  startDayOffset: z.number().int().describe('1: after midnight, the morning after the day’s date'),
  endTime: z.string().nullable(),
  endDayOffset: z.number().int().nullable(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  timeLabel: z.string().describe('The time as the sheet shows it: "19:00", "~19:00", "TBC", "00:30 (+1 day)" or empty (hidden)'),
  display: z.enum(DISPLAY_MODES),
  confirmed: z.boolean(),
  audience: z.enum(AUDIENCES),
  audienceActId: IdSchema.nullable(),
  audienceActName: z.string().nullable(),
  people: z.array(z.object({ personId: IdSchema, personName: z.string() })),
  location: z.string(),
  notes: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
})
export type ScheduleItem = z.infer<typeof ScheduleItemSchema>

export const DaySchema = z.object({
  id: IdSchema,
  actId: IdSchema,
  actName: z.string(),
  tourId: IdSchema.nullable(),
  legId: IdSchema.nullable(),
  localDate: z.string(),
  type: z.enum(DAY_TYPES),
  city: z.string(),
  timeZone: z.string(),
  notes: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  items: z.array(ScheduleItemSchema),
})
export type Day = z.infer<typeof DaySchema>
export const DayListEntrySchema = DaySchema.omit({ items: true }).extend({ itemCount: z.number().int() })
export type DayListEntry = z.infer<typeof DayListEntrySchema>

/** A date of a tour (or leg) as the days list shows it: stored, derived from a show, or a gap. */
export const TourDateSchema = z.object({
  localDate: z.string(),
  dayId: IdSchema.nullable().describe('The stored day; null for a show day not set up yet, or a gap'),
  type: z.enum(DAY_TYPES).nullable().describe('Null for a gap: a date between the first and last day with nothing on it'),
  city: z.string().nullable(),
  timeZone: z.string().nullable(),
  notes: z.string(),
  itemCount: z.number().int(),
  shows: z.array(z.object({ id: IdSchema, venueName: z.string(), city: z.string(), timeZone: z.string(), status: z.enum(SHOW_STATUSES) })),
  version: z.number().int().nullable(),
})

export const TourDaysSchema = z.object({
  tourId: IdSchema,
  legId: IdSchema.nullable(),
  actId: IdSchema,
  gaps: z.number().int().describe('Dates with nothing on them between the first and the last'),
  dates: z.array(TourDateSchema),
})
export type TourDays = z.infer<typeof TourDaysSchema>

// ── default schedules ───────────────────────────────────────────────────
export const TemplateLineSchema = z.object({
  title: NameSchema,
  kind: z.enum(SCHEDULE_ITEM_KINDS),
  anchor: z.enum(['fixed', ...SHOW_TIME_FIELDS]).describe('At a fixed time, or minutes from one of the show’s times'),
  time: LocalTimeSchema.nullable().optional().describe('With anchor "fixed"'),
  offsetMinutes: z.number().int().min(-720).max(1440).default(0),
  durationMinutes: z.number().int().min(1).max(1440).nullable().optional(),
  audience: z.enum(['everyone', 'band', 'crew']).default('everyone'),
  display: z.enum(DISPLAY_MODES).default('exact'),
})
export const ScheduleTemplateBodySchema = z.object({ name: NameSchema, items: z.array(TemplateLineSchema).min(1).max(50) })
export const UpdateScheduleTemplateBodySchema = ScheduleTemplateBodySchema.extend({ version: VersionSchema })
export const ScheduleTemplateSchema = z.object({
  id: IdSchema,
  name: z.string(),
  items: z.array(
    z.object({
      title: z.string(),
      kind: z.enum(SCHEDULE_ITEM_KINDS),
      anchor: z.enum(['fixed', ...SHOW_TIME_FIELDS]),
      time: z.string().nullable().optional(),
      offsetMinutes: z.number().int(),
      durationMinutes: z.number().int().nullable().optional(),
      audience: z.enum(AUDIENCES),
      display: z.enum(DISPLAY_MODES),
    }),
  ),
  version: z.number().int(),
})
export type ScheduleTemplate = z.infer<typeof ScheduleTemplateSchema>
export const ApplyTemplateBodySchema = z.object({
  templateId: IdSchema,
  showId: IdSchema.nullable().optional().describe('The show whose times anchor the lines; by default the day’s show'),
  replace: z.boolean().default(false).describe('Remove the day’s lines first'),
})
export const ApplyTemplateResultSchema = z.object({
  day: z.lazy(() => DaySchema),
  skipped: z.array(z.string()).describe('Lines left out: their show time is missing or they would fall outside the day'),
})

// ── the day sheet ───────────────────────────────────────────────────────
export const DaySheetSchema = z.object({
  dayId: IdSchema,
  personId: IdSchema.nullable().describe('Whose day this is; null for a manager’s whole-day view'),
  personName: z.string().nullable(),
  actName: z.string(),
  localDate: z.string(),
  type: z.enum(DAY_TYPES),
  city: z.string(),
  timeZone: z.string(),
  myTimeZone: z.string().nullable().describe('The reader’s own zone (their next show’s or home), shown beside the day’s when it differs'),
  notes: z.string(),
  items: z.array(ScheduleItemSchema.extend({ myTime: z.string().nullable().describe('The start on my own clock, when my zone differs') })),
  show: z
    .object({
      id: IdSchema,
      venueName: z.string(),
      address: z.string(),
      city: z.string(),
      times: ShowTimesSchema,
      timesAfterMidnight: z.array(z.enum(SHOW_TIME_FIELDS)),
      setlist: z
        .array(z.object({ position: z.number().int(), title: z.string() }))
        .nullable()
        .describe('The agreed set list, for those who may read set lists'),
    })
    .nullable(),
  contacts: z
    .array(ContactSchema)
    .describe("The show's people, then its venue's, one tap away; phone and email only for a reader on the show, owners and managers (ADR 037)"),
  hotels: z
    .array(HotelStaySchema)
    .describe('Where I sleep tonight: the stays with a room of mine on the night of this date, only my rooms (every stay that night in a whole-day view)'),
  travel: z
    .array(
      z.object({
        journeyId: IdSchema,
        journeyTitle: z.string(),
        segment: TravelSegmentSchema,
        myDeparture: z.string().nullable().describe('The departure on my own clock, when my zone differs from the place it leaves'),
        myArrival: z.string().nullable().describe('The arrival on my own clock, when my zone differs from the place it arrives at'),
      }),
    )
    .describe('My travel this day: the segments of my journeys leaving or arriving on this date (each on its own clock), by departure'),
  updatedAt: z.string().describe('The last change to the day, any of its lines, its hotel stays or the journeys of its travel'),
})
export type DaySheet = z.infer<typeof DaySheetSchema>
