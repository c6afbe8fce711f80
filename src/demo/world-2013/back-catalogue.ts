import type { DemoRecording, DemoReleaseGroup, DemoWork, DemoWriter } from './types.ts'

// Big Time Rush's older hits, which world.md does not list but every 2013 set list leans on: the
// 2012 tour played them, Kendall's draft keeps some, and the planner needs them to fill 75–95
// minutes. The titles are the band's; the grouping into two earlier albums, the dates, the writers
// and every sound detail are ours, so each record is marked invented as a whole.
const outside: DemoWriter[] = [
  { person: 'lindqvist', sharePercent: 50 },
  { person: 'reyes', sharePercent: 50 },
]

interface Hit {
  work: string
  title: string
  durationSeconds: number
  key: DemoRecording['key']
  mode: DemoRecording['mode']
  tempoBpm: number
  energy: number
  leads: string[]
}

const FIRST_ALBUM: readonly Hit[] = [
  { work: 'big-time-rush', title: 'Big Time Rush', durationSeconds: 200, key: 'E', mode: 'major', tempoBpm: 130, energy: 9, leads: ['kendall', 'james'] },
  { work: 'boyfriend', title: 'Boyfriend', durationSeconds: 205, key: 'F', mode: 'minor', tempoBpm: 118, energy: 7, leads: ['james', 'logan'] },
  {
    work: 'til-i-forget-about-you',
    title: 'Til I Forget About You',
    durationSeconds: 200,
    key: 'C',
    mode: 'major',
    tempoBpm: 122,
    energy: 7,
    leads: ['carlos', 'kendall'],
  },
  { work: 'worldwide', title: 'Worldwide', durationSeconds: 236, key: 'G', mode: 'major', tempoBpm: 76, energy: 4, leads: ['james', 'kendall'] },
  {
    work: 'nothing-even-matters',
    title: 'Nothing Even Matters',
    durationSeconds: 230,
    key: 'A',
    mode: 'major',
    tempoBpm: 80,
    energy: 4,
    leads: ['logan', 'carlos'],
  },
]

const SECOND_ALBUM: readonly Hit[] = [
  { work: 'elevate', title: 'Elevate', durationSeconds: 200, key: 'D', mode: 'minor', tempoBpm: 128, energy: 9, leads: ['james', 'kendall'] },
  { work: 'windows-down', title: 'Windows Down', durationSeconds: 190, key: 'B', mode: 'major', tempoBpm: 120, energy: 8, leads: ['kendall', 'logan'] },
  {
    work: 'music-sounds-better-with-u',
    title: 'Music Sounds Better with U',
    durationSeconds: 190,
    key: 'A#',
    mode: 'major',
    tempoBpm: 126,
    energy: 8,
    leads: ['carlos', 'james'],
  },
  {
    work: 'if-i-ruled-the-world',
    title: 'If I Ruled the World',
    durationSeconds: 215,
    key: 'C#',
    mode: 'minor',
    tempoBpm: 124,
    energy: 8,
    leads: ['logan', 'james'],
  },
  { work: 'cover-girl', title: 'Cover Girl', durationSeconds: 205, key: 'G#', mode: 'major', tempoBpm: 100, energy: 6, leads: ['kendall', 'carlos'] },
]

const recordingOf = (h: Hit, recordedOn: string): DemoRecording => ({
  ref: `rec-${h.work}`,
  work: h.work,
  act: 'btr',
  kind: 'master',
  durationSeconds: h.durationSeconds,
  key: h.key,
  mode: h.mode,
  tempoBpm: h.tempoBpm,
  energy: h.energy,
  // On the 2013 tour a DJ plays the tracks, as for the new album.
  needs: ['dj-track'],
  recordedOn,
  leads: h.leads,
  invented: ['record'],
})

export const backCatalogueWorks: readonly DemoWork[] = [...FIRST_ALBUM, ...SECOND_ALBUM].map((h) => ({
  ref: h.work,
  title: h.title,
  writers: outside,
  invented: ['record'],
}))

export const backCatalogueRecordings: readonly DemoRecording[] = [
  ...FIRST_ALBUM.map((h) => recordingOf(h, '2010')),
  ...SECOND_ALBUM.map((h) => recordingOf(h, '2011')),
]

export const backCatalogueReleases: readonly DemoReleaseGroup[] = [
  {
    ref: 'album-first',
    act: 'btr',
    title: 'B.T.R.',
    kind: 'album',
    editions: [
      {
        name: 'Standard',
        format: 'cd',
        releaseDate: '2010-10-11',
        tracks: FIRST_ALBUM.map((h, i) => ({ medium: 1, position: i + 1, recording: `rec-${h.work}` })),
      },
    ],
    invented: ['record'],
  },
  {
    ref: 'album-second',
    act: 'btr',
    title: 'Elevate',
    kind: 'album',
    editions: [
      {
        name: 'Standard',
        format: 'cd',
        releaseDate: '2011-11-21',
        tracks: SECOND_ALBUM.map((h, i) => ({ medium: 1, position: i + 1, recording: `rec-${h.work}` })),
      },
    ],
    invented: ['record'],
  },
]
