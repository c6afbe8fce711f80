import { z } from 'zod'

/**
 * The setlist.fm REST API's JSON (api.setlist.fm/docs/1.0), read tolerantly: clients that convert
 * the API's XML give one object where the JSON has an array (`"set": {…}`, `"song": {…}`,
 * `"setlist": {…}`) and numbers or booleans as strings (`"lat": "34.05"`, `"encore": "1"`,
 * `"tape": "true"`). Parsing turns those into the JSON's own shapes, so what is stored and exported
 * is the API's canonical form. Objects are loose: fields Greenroom does not read pass through and
 * are kept (see source-record.ts).
 */

/** One item where a list is expected becomes a list of one; absent becomes empty. */
export const oneOrMany = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]), z.array(item))

/** Lists whose items are checked one by one later (a bad song must not refuse its set list). */
export const looseList = oneOrMany(z.unknown())

const numeric = z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v), z.number())
const integer = z.preprocess((v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v), z.number().int())
const flag = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean())
/** Ids are strings in the API; XML-converted clients sometimes give numbers (city ids are GeoNames numbers). */
const idText = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string())

/** Text kept exactly as given (the export gives it back), but not blank. */
const named = (what: string) =>
  z
    .string()
    .max(200)
    .refine((v) => v.trim() !== '', `${what} needs a name`)

const ArtistSchema = z.looseObject({
  mbid: z.string().optional(),
  name: named('an artist'),
  sortName: z.string().optional(),
  disambiguation: z.string().optional(),
  url: z.string().optional(),
})

export const SongSchema = z.looseObject({
  name: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().max(200)).default(''),
  with: ArtistSchema.optional(),
  cover: ArtistSchema.optional(),
  info: z.string().max(2000).optional(),
  tape: flag.optional(),
})

/** A set's own fields; its songs are read one by one. */
export const SetSchema = z.looseObject({
  name: z.string().max(200).optional(),
  encore: integer.pipe(z.number().int().min(1).max(99)).optional(),
  song: looseList,
})

/** A set list's own fields; its sets and songs are read one by one. */
export const SetlistHeadSchema = z.looseObject({
  id: idText.pipe(z.string().min(1, 'a set list needs its setlist.fm id').max(64)),
  versionId: z.string().optional(),
  eventDate: z.string().regex(/^\d{2}-\d{2}-\d{4}$/, 'eventDate must be DD-MM-YYYY'),
  lastUpdated: z.string().optional(),
  artist: ArtistSchema,
  venue: z.looseObject({
    id: idText.optional(),
    name: named('a venue'),
    url: z.string().optional(),
    city: z.looseObject({
      id: idText.optional(),
      name: named('a city'),
      state: z.string().optional(),
      stateCode: z.string().optional(),
      coords: z.looseObject({ lat: numeric.pipe(z.number().min(-90).max(90)), long: numeric.pipe(z.number().min(-180).max(180)) }).optional(),
      country: z.looseObject({ code: z.string().length(2, 'a two-letter country code'), name: z.string().optional() }),
    }),
  }),
  tour: z.looseObject({ name: named('a tour') }).optional(),
  info: z.string().max(2000).optional(),
  url: z.string().optional(),
  sets: z.preprocess((v) => v ?? {}, z.looseObject({ set: looseList })),
})
export type SetlistFmHead = z.infer<typeof SetlistHeadSchema>
export type SetlistFmSet = z.infer<typeof SetSchema>

/** `GET /artist/{mbid}/setlists` and `/search/setlists` answer with this paged envelope. */
export const SetlistFmPageSchema = z.looseObject({
  type: z.literal('setlists').optional(),
  itemsPerPage: integer.optional(),
  page: integer.optional(),
  total: integer.optional(),
  setlist: looseList,
})

/** What our export writes: the same envelope and fields, loose objects kept as they were read. */
export interface SetlistFmArtistOut {
  mbid?: string
  name: string
  sortName?: string
  disambiguation?: string
  url?: string
  [key: string]: unknown
}
export interface SetlistFmSongOut {
  name: string
  with?: SetlistFmArtistOut
  cover?: SetlistFmArtistOut
  info?: string
  tape?: boolean
  [key: string]: unknown
}
export interface SetlistFmSetOut {
  name?: string
  encore?: number
  song: SetlistFmSongOut[]
  [key: string]: unknown
}
export interface SetlistFmVenueOut {
  id?: string
  name: string
  url?: string
  city: {
    id?: string
    name: string
    state?: string
    stateCode?: string
    coords?: { lat: number; long: number }
    country: { code: string; name?: string }
    [key: string]: unknown
  }
  [key: string]: unknown
}
export interface SetlistFmSetlistOut {
  id: string
  versionId?: string
  eventDate: string
  lastUpdated?: string
  artist: SetlistFmArtistOut
  venue: SetlistFmVenueOut
  tour?: { name: string; [key: string]: unknown }
  info?: string
  url?: string
  sets: { set: SetlistFmSetOut[] }
  [key: string]: unknown
}
export interface SetlistFmPage {
  type: 'setlists'
  itemsPerPage: number
  page: number
  total: number
  setlist: SetlistFmSetlistOut[]
}
