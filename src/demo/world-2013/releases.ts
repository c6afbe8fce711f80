import type { DemoPlacement, DemoReleaseGroup, DemoTrack } from './types.ts'

/** Tracks on disc 1, numbered from 1 in the order given. */
function disc1(recordingRefs: readonly string[]): DemoTrack[] {
  return recordingRefs.map((recording, i) => ({ medium: 1, position: i + 1, recording }))
}

/** The regular CD's ten songs in track order; the deluxe edition starts with the same ten. */
export const STANDARD_TRACKS = [
  'rec-like-nobodys-around',
  'rec-song-for-you',
  'rec-we-are',
  'rec-confetti-falling',
  'rec-get-up',
  'rec-crazy-for-u',
  'rec-twenty-four-seven',
  'rec-just-getting-started',
  'rec-picture-this',
  'rec-love-me-again',
] as const

const DELUXE_EXTRAS = ['rec-amazing', 'rec-untouchable', 'rec-lost-in-love', 'rec-run-till-dawn', 'rec-summer-static'] as const

export const releaseGroups: readonly DemoReleaseGroup[] = [
  {
    ref: 'album-24-seven',
    act: 'btr',
    title: '24/Seven',
    kind: 'album',
    notes:
      'Pre-orders opened on iTunes and Amazon before the release; No. 5 on the iTunes Pop pre-order chart (the band follows the genre chart, not the overall one). 16 songs were recorded for it.',
    editions: [
      {
        name: 'Standard',
        format: 'cd',
        releaseDate: '2013-06-11',
        preorderDate: '2013-04-02',
        tracks: disc1(STANDARD_TRACKS),
        invented: ['preorderDate', 'tracks.order'],
      },
      {
        name: 'Deluxe',
        format: 'cd',
        releaseDate: '2013-06-11',
        preorderDate: '2013-04-02',
        tracks: disc1([...STANDARD_TRACKS, ...DELUXE_EXTRAS]),
        invented: ['format', 'preorderDate', 'tracks.order'],
      },
    ],
  },
  {
    ref: 'single-like-nobodys-around',
    act: 'btr',
    title: "Like Nobody's Around",
    kind: 'single',
    singleOf: 'album-24-seven',
    singleOrder: 1,
    notes: 'Chosen as the first single because it is in the first episode of season 4; label and network decided together with the band.',
    editions: [{ name: 'Digital single', format: 'digital', releaseDate: '2013-04', tracks: disc1(['rec-like-nobodys-around']), invented: ['releaseDate'] }],
  },
  {
    ref: 'single-song-for-you',
    act: 'btr',
    title: 'Song for You',
    kind: 'single',
    singleOf: 'album-24-seven',
    singleOrder: 2,
    editions: [{ name: 'Digital single', format: 'digital', releaseDate: '2013-07', tracks: disc1(['rec-song-for-you']), invented: ['releaseDate'] }],
  },
]

const SERIES = 'Big Time Rush'
const SEASON = 4

/** Season 4's thirteen episodes aired on Thursdays in 2013; titles and dates are ours. */
const episodes: readonly { episodeNumber: number; episodeTitle: string; airDate: string; songs: readonly string[] }[] = [
  { episodeNumber: 1, episodeTitle: 'Big Time Return', airDate: '2013-05-02', songs: ['rec-like-nobodys-around'] },
  { episodeNumber: 2, episodeTitle: 'Big Time Rivals', airDate: '2013-05-09', songs: ['rec-get-up'] },
  { episodeNumber: 3, episodeTitle: 'Big Time Crush', airDate: '2013-05-16', songs: ['rec-crazy-for-u'] },
  { episodeNumber: 4, episodeTitle: 'Big Time Secret', airDate: '2013-05-23', songs: [] },
  { episodeNumber: 5, episodeTitle: 'Big Time Rooftop', airDate: '2013-05-30', songs: ['rec-twenty-four-seven'] },
  { episodeNumber: 6, episodeTitle: 'Big Time Duet', airDate: '2013-06-06', songs: ['rec-song-for-you'] },
  { episodeNumber: 7, episodeTitle: 'Big Time Reunion', airDate: '2013-06-13', songs: ['rec-confetti-falling'] },
  { episodeNumber: 8, episodeTitle: 'Big Time Storm', airDate: '2013-06-20', songs: [] },
  { episodeNumber: 9, episodeTitle: 'Big Time Road Trip', airDate: '2013-06-27', songs: ['rec-just-getting-started'] },
  { episodeNumber: 10, episodeTitle: 'Big Time Prom', airDate: '2013-07-04', songs: ['rec-love-me-again'] },
  { episodeNumber: 11, episodeTitle: 'Big Time Heist', airDate: '2013-07-11', songs: [] },
  { episodeNumber: 12, episodeTitle: 'Big Time Countdown', airDate: '2013-07-18', songs: [] },
  // The last episode features two songs, both written by Kendall.
  { episodeNumber: 13, episodeTitle: 'Big Time Finale', airDate: '2013-07-25', songs: ['rec-we-are', 'rec-picture-this'] },
]

export const placements: readonly DemoPlacement[] = episodes.flatMap(({ songs, ...episode }) =>
  songs.map((recording) => ({ recording, series: SERIES, season: SEASON, ...episode, invented: inventedOfPlacement(episode.episodeNumber) })),
)

/** world.md places the first single in episode 1 and two of Kendall's songs in the last; the rest is ours. */
function inventedOfPlacement(episodeNumber: number): string[] {
  return episodeNumber === 1 || episodeNumber === 13 ? ['episodeTitle', 'airDate'] : ['episodeNumber', 'episodeTitle', 'airDate']
}
