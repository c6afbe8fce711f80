import { z } from 'zod'
import { FullDateSchema, IdSchema, NameSchema, NotesSchema, VersionSchema, lineText, multiLineText } from './common.ts'
import { LocalTimeSchema, TimeZoneSchema } from './touring.ts'

// ── hotel stays (issue 15 point 5, ADR 039) ──────────────────────────────
export const HotelGuestBodySchema = z.object({
  personId: IdSchema.describe('A person of the workspace'),
  fromDate: FullDateSchema.nullable().optional().describe('Their first night, when they join after the check-in date'),
  toDate: FullDateSchema.nullable().optional().describe('Their check-out date, when they leave before the stay ends'),
})
export const HotelRoomBodySchema = z.object({
  id: IdSchema.nullable().optional().describe('A room of this stay, kept (with its confirmation number when none is sent); none: a new room'),
  label: lineText(200).optional().describe('The room type or number, e.g. "King, non-smoking"'),
  confirmationNumber: lineText(100)
    .nullable()
    .optional()
    .describe('Left out on a kept room: the stored one stays (for editors who may not read it); null or empty: none'),
  guests: z.array(HotelGuestBodySchema).max(20).default([]).describe('Sharing: several guests in one room'),
})
export const HotelStayBodySchema = z.object({
  tourId: IdSchema.nullable().optional(),
  name: NameSchema.describe('The hotel'),
  address: multiLineText(500).optional(),
  phone: lineText(50).optional(),
  timeZone: TimeZoneSchema.describe('The hotel’s IANA zone: the check-in and check-out times are on its clock'),
  checkInDate: FullDateSchema,
  checkInTime: LocalTimeSchema.default('15:00'),
  checkOutDate: FullDateSchema,
  checkOutTime: LocalTimeSchema.default('11:00'),
  notes: NotesSchema.optional(),
  rooms: z.array(HotelRoomBodySchema).max(200).default([]),
})
/** A PUT replaces the whole stay: its room list and each room's guests are required, so leaving them out never empties them. */
export const UpdateHotelStayBodySchema = HotelStayBodySchema.extend({
  rooms: z.array(HotelRoomBodySchema.extend({ guests: z.array(HotelGuestBodySchema).max(20) })).max(200),
  version: VersionSchema,
})

export const HotelRoomSchema = z.object({
  id: IdSchema,
  label: z.string(),
  confirmationNumber: z.string().nullable().describe('Null for a reader who is neither a guest of this room nor a manager'),
  guests: z.array(z.object({ personId: IdSchema, personName: z.string(), fromDate: z.string().nullable(), toDate: z.string().nullable() })),
})
export const HotelStaySchema = z.object({
  id: IdSchema,
  tourId: IdSchema.nullable(),
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  timeZone: z.string(),
  checkInDate: z.string(),
  checkInTime: z.string(),
  checkOutDate: z.string(),
  checkOutTime: z.string(),
  notes: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  rooms: z.array(HotelRoomSchema).describe('A reader who only reads their own (a viewer) gets only their own room'),
})
export type HotelStay = z.infer<typeof HotelStaySchema>
