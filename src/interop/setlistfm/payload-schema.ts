import { z } from 'zod'

/**
 * The setlist.fm REST API's JSON (api.setlist.fm/docs/1.0), as much of it as Greenroom reads.
 * Objects are loose: fields we do not read (sortName, disambiguation, ids of cities…) pass through.
 */
const ArtistSchema = z.looseObject({
  mbid: z.string().optional(),
  name: z.string(),
  url: z.string().optional(),
})

const SongSchema = z.looseObject({
  name: z.string().default(''),
  with: ArtistSchema.optional(),
  cover: ArtistSchema.optional(),
  info: z.string().optional(),
  tape: z.boolean().optional(),
})

const SetSchema = z.looseObject({
  name: z.string().optional(),
  encore: z.number().int().min(1).optional(),
  song: z.array(SongSchema).default([]),
})

export const SetlistFmSetlistSchema = z.looseObject({
  id: z.string().min(1).max(64),
  versionId: z.string().optional(),
  eventDate: z.string().regex(/^\d{2}-\d{2}-\d{4}$/, 'eventDate must be DD-MM-YYYY'),
  lastUpdated: z.string().optional(),
  artist: ArtistSchema,
  venue: z.looseObject({
    id: z.string().optional(),
    name: z.string(),
    url: z.string().optional(),
    city: z.looseObject({
      id: z.string().optional(),
      name: z.string(),
      state: z.string().optional(),
      stateCode: z.string().optional(),
      coords: z.looseObject({ lat: z.number(), long: z.number() }).optional(),
      country: z.looseObject({ code: z.string().length(2), name: z.string().optional() }),
    }),
  }),
  tour: z.looseObject({ name: z.string() }).optional(),
  info: z.string().optional(),
  url: z.string().optional(),
  sets: z.looseObject({ set: z.array(SetSchema).default([]) }).default({ set: [] }),
})
export type SetlistFmSetlist = z.infer<typeof SetlistFmSetlistSchema>
export type SetlistFmSet = z.infer<typeof SetSchema>
export type SetlistFmSong = z.infer<typeof SongSchema>

/** `GET /artist/{mbid}/setlists` and `/search/setlists` answer with this paged envelope. */
export const SetlistFmPageSchema = z.looseObject({
  type: z.literal('setlists').optional(),
  itemsPerPage: z.number().int().optional(),
  page: z.number().int().optional(),
  total: z.number().int().optional(),
  setlist: z.array(SetlistFmSetlistSchema),
})

/** What our export writes (the same envelope, only the fields we keep). */
export interface SetlistFmPage {
  type: 'setlists'
  itemsPerPage: number
  page: number
  total: number
  setlist: SetlistFmSetlistOut[]
}

export interface SetlistFmArtistOut { mbid?: string; name: string }
export interface SetlistFmSongOut { name: string; with?: SetlistFmArtistOut; cover?: SetlistFmArtistOut; info?: string; tape?: boolean }
export interface SetlistFmSetOut { name?: string; encore?: number; song: SetlistFmSongOut[] }
export interface SetlistFmSetlistOut {
  id: string
  eventDate: string
  lastUpdated?: string
  artist: SetlistFmArtistOut
  venue: { name: string; city: { name: string; state?: string; coords?: { lat: number; long: number }; country: { code: string; name?: string } } }
  tour?: { name: string }
  info?: string
  url?: string
  sets: { set: SetlistFmSetOut[] }
}
