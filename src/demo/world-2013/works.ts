import type { DemoWork, DemoWriter } from './types.ts'

/** One writer with the whole work. */
const solo = (person: string): DemoWriter[] => [{ person, sharePercent: 100 }]

// Who wrote what: world.md names the writers of "We Are", "Amazing" and "Untouchable", says the
// two singles were written outside the band, the last episode's two songs by Kendall, and 13 of the
// 15 album songs by the band. The other splits and the outside co-writers are ours.
export const works: readonly DemoWork[] = [
  // The two singles: outside writers only.
  {
    ref: 'like-nobodys-around',
    title: "Like Nobody's Around",
    writers: [
      { person: 'lindqvist', sharePercent: 50 },
      { person: 'reyes', sharePercent: 50 },
    ],
    invented: ['writers'],
  },
  {
    ref: 'song-for-you',
    title: 'Song for You',
    writers: [
      { person: 'okafor', sharePercent: 50 },
      { person: 'reyes', sharePercent: 25 },
      { person: 'lindqvist', sharePercent: 25 },
    ],
    invented: ['writers'],
  },
  // The rest of the standard edition.
  { ref: 'we-are', title: 'We Are', writers: solo('kendall') },
  {
    ref: 'confetti-falling',
    title: 'Confetti Falling',
    writers: [
      { person: 'james', sharePercent: 40 },
      { person: 'carlos', sharePercent: 30 },
      { person: 'logan', sharePercent: 30 },
    ],
    notes: 'An older song: considered for the second album, finally used on 24/Seven.',
    invented: ['writers'],
  },
  {
    ref: 'get-up',
    title: 'Get Up',
    writers: [
      { person: 'james', sharePercent: 60 },
      { person: 'reyes', sharePercent: 40 },
    ],
    invented: ['title', 'writers'],
  },
  {
    ref: 'crazy-for-u',
    title: 'Crazy for U',
    writers: [
      { person: 'carlos', sharePercent: 50 },
      { person: 'logan', sharePercent: 30 },
      { person: 'okafor', sharePercent: 20 },
    ],
    invented: ['title', 'writers'],
  },
  {
    ref: 'twenty-four-seven',
    title: '24/Seven',
    writers: [
      { person: 'kendall', sharePercent: 25 },
      { person: 'james', sharePercent: 25 },
      { person: 'logan', sharePercent: 25 },
      { person: 'carlos', sharePercent: 25 },
    ],
    invented: ['writers'],
  },
  {
    ref: 'just-getting-started',
    title: 'Just Getting Started',
    writers: [
      { person: 'logan', sharePercent: 50 },
      { person: 'carlos', sharePercent: 50 },
    ],
    invented: ['title', 'writers'],
  },
  { ref: 'picture-this', title: 'Picture This', writers: solo('kendall'), invented: ['title'] },
  {
    ref: 'love-me-again',
    title: 'Love Me Again',
    writers: [
      { person: 'james', sharePercent: 33.34 },
      { person: 'carlos', sharePercent: 33.33 },
      { person: 'lindqvist', sharePercent: 33.33 },
    ],
    invented: ['title', 'writers'],
  },
  // The five deluxe-only songs.
  { ref: 'amazing', title: 'Amazing', writers: solo('james') },
  {
    ref: 'untouchable',
    title: 'Untouchable',
    writers: [
      { person: 'logan', sharePercent: 50 },
      { person: 'kendall', sharePercent: 50 },
    ],
    invented: ['writers.sharePercent'],
  },
  {
    ref: 'lost-in-love',
    title: 'Lost in Love',
    writers: [
      { person: 'carlos', sharePercent: 50 },
      { person: 'james', sharePercent: 50 },
    ],
    invented: ['title', 'writers'],
  },
  {
    ref: 'run-till-dawn',
    title: 'Run Till Dawn',
    writers: [
      { person: 'kendall', sharePercent: 40 },
      { person: 'logan', sharePercent: 30 },
      { person: 'okafor', sharePercent: 30 },
    ],
    invented: ['title', 'writers'],
  },
  { ref: 'summer-static', title: 'Summer Static', writers: solo('logan'), invented: ['title', 'writers'] },
  // The sixteenth song recorded for the album and left off it.
  {
    ref: 'halfway-there',
    title: 'Halfway There',
    writers: solo('kendall'),
    notes:
      'Recorded for 24/Seven, not used. Under the label/network option for about six months after the album; when it expires the song is free and clear for Heffron Drive or to pitch to other artists.',
    invented: ['record'],
  },
  // Pitched to and placed with an outside artist.
  {
    ref: 'chasing-daylight',
    title: 'Chasing Daylight',
    writers: solo('kendall'),
    notes: 'Written by Kendall for Ellen Levann, likely her second or third single.',
    invented: ['title'],
  },
  // Early Heffron Drive songs, from before BTR.
  {
    ref: 'passing-through',
    title: 'Passing Through',
    writers: [
      { person: 'kendall', sharePercent: 70 },
      { person: 'dustin', sharePercent: 30 },
    ],
    invented: ['title', 'writers'],
  },
  { ref: 'nightdrive', title: 'Nightdrive', writers: solo('kendall'), invented: ['title', 'writers'] },
  { ref: 'rooftop-summer', title: 'Rooftop Summer', writers: solo('kendall'), invented: ['title', 'writers'] },
  // world.md: the cover BTR and Victoria Justice did together at the tour announcement, a possible
  // joint number on the summer tour. Taylor Swift's song: nobody of the workspace writes or
  // publishes it, so no writer is listed here (no share, no CWR registration); played live under the
  // venues' performing-rights licences, a release of it would need a mechanical licence.
  {
    ref: 'i-knew-you-were-trouble',
    title: 'I Knew You Were Trouble',
    coverOf: 'Taylor Swift',
    writers: [],
    notes: 'A cover: written by Taylor Swift, Max Martin and Shellback; the band holds no share.',
  },
]
