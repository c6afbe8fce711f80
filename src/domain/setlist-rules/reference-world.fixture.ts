import type { SetlistEntry, SetlistRules } from '../setlist.ts'
import type { SetlistContext, SongFacts } from './context.ts'

/**
 * The 2013 summer tour of the reference world, in our own words, for the rule tests: four singers,
 * the album out on 2013-06-11 before the tour, Dustin on acoustic guitar, the support act billed.
 */
const fact = (releasedOn: string | null, leads: string[], needs: string[] = [], durationSeconds = 200): SongFacts => ({
  durationSeconds,
  releasedOn,
  leadPersonIds: leads,
  needs,
})

export const ALBUM_DAY = '2013-06-11'

export const SONGS = new Map<string, SongFacts>([
  // older songs, played on the last tour
  ['boyfriend', fact('2010-04', ['kendall', 'james'])],
  ['worldwide', fact('2010', ['logan'])],
  ['big-night', fact('2010-10-11', ['carlos'])],
  ['elevate', fact('2011-11-21', ['james'])],
  ['windows-down', fact('2012-03', ['kendall'])],
  ['music-sounds-better', fact('2011-11', ['logan', 'carlos'])],
  // the new album
  ['like-nobodys-around', fact(ALBUM_DAY, ['kendall'])],
  ['song-for-you', fact('2013-04', ['james', 'logan'])],
  ['we-are', fact(ALBUM_DAY, ['kendall'], ['acoustic-guitar'])],
  ['confetti-falling', fact(ALBUM_DAY, ['carlos'], ['acoustic-guitar'])],
  ['amazing', fact(ALBUM_DAY, ['james'])],
  ['untouchable', fact(ALBUM_DAY, ['logan', 'kendall'])],
  ['24-seven', fact(ALBUM_DAY, ['carlos'])],
  ['duet', fact(null, ['james'], ['guest'])],
])

export const LAST_TOUR = ['boyfriend', 'worldwide', 'big-night', 'elevate', 'windows-down', 'music-sounds-better'].map((id) => `rec:${id}`)

export function summerContext(overrides: Partial<SetlistContext> = {}): SetlistContext {
  return {
    songs: SONGS,
    lineupRoles: ['lead-vocals', 'dj', 'acoustic-guitar'],
    billedGuests: ['Big Time Rush', 'Victoria Justice'],
    lastTourSongKeys: LAST_TOUR,
    lastSameCitySongKeys: null,
    personNames: new Map([
      ['kendall', 'Kendall'],
      ['james', 'James'],
      ['logan', 'Logan'],
      ['carlos', 'Carlos'],
    ]),
    ...overrides,
  }
}

export const NO_RULES: SetlistRules = { guestSongsNeedBilledGuest: false }

export const song = (recordingId: string, extra: Partial<SetlistEntry> = {}): SetlistEntry => ({ id: recordingId, type: 'song', recordingId, ...extra })
export const section = (id: string, kind: NonNullable<SetlistEntry['section']>, title?: string): SetlistEntry => ({ id, type: 'section', section: kind, title })

/** Kendall's draft: six new songs, an acoustic section with Dustin in the middle, a cover with Victoria in the encore. */
export function kendallsDraft(): SetlistEntry[] {
  return [
    section('main', 'main'),
    song('like-nobodys-around'),
    song('boyfriend'),
    song('song-for-you'),
    song('worldwide'),
    song('amazing'),
    section('acoustic', 'acoustic', 'Acoustic with Dustin'),
    song('we-are'),
    song('confetti-falling'),
    section('main-2', 'main', 'Main set, part 2'),
    song('untouchable'),
    song('big-night'),
    song('music-sounds-better'),
    song('elevate'),
    { id: 'talk', type: 'other', otherKind: 'talk', durationSeconds: 60 },
    section('encore', 'encore'),
    { id: 'trouble', type: 'song', title: 'I Knew You Were Trouble', cover: { artist: 'Taylor Swift' }, guests: ['Victoria Justice'] },
  ]
}
