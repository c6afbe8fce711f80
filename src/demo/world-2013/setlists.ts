import type { AnswerKind, ConsensusRule, OtherKind, ProposalStatus, SectionKind, VersionKind } from '../../domain/setlist.ts'
import type { PitchClass } from '../../domain/catalog.ts'
import type { DemoShowTimes, Invented } from './types.ts'

// world.md: Kendall drafts the summer tour set list and sends it round; Carlos answers "I like that,
// but let's do this" (an amendment), Logan "I don't like it at all, let's do this" (a counter-proposal),
// James "sounds good" (an approval). The set must change from the last tour, play six new songs (the
// album is out on June 11, before the tour), put an acoustic section with Dustin in the middle, and
// may bring Victoria Justice on for "I Knew You Were Trouble". The order of the songs, the older hits
// in it, durations of entries that are not album masters, the notes, every timestamp, the rule
// values beyond "six new songs" and "mid-set acoustic", and how the consensus was reached are ours.

/** A set-list entry as the demo writes it: songs name a recording by ref, or (older hits, covers) a title. */
export interface DemoSetlistEntry {
  id: string
  type: 'song' | 'section' | 'other'
  recording?: string
  title?: string
  cover?: { artist: string }
  guests?: readonly string[]
  keyOverride?: PitchClass
  arrangement?: string
  section?: SectionKind
  otherKind?: OtherKind
  durationSeconds?: number
  notes?: string
}

export interface DemoSetlistVersion {
  ref: string
  number: number
  /** The version it was derived from (an amendment's parent); none for a first version. */
  parent?: string
  author: string
  kind: VersionKind
  note: string
  /** ISO instant. */
  createdAt: string
  entries: readonly DemoSetlistEntry[]
}

export interface DemoSetlistProposal extends Invented {
  ref: string
  act: string
  title: string
  /** A whole tour, or one leg of it (legs are named by their ref). */
  target: { kind: 'tour'; tour: string } | { kind: 'leg'; leg: string }
  author: string
  status: ProposalStatus
  /** A counter-proposal starts from a version of another proposal. */
  basedOn?: string
  agreedVersion?: string
  agreedAt?: string
  createdAt: string
  updatedAt: string
  versions: readonly DemoSetlistVersion[]
}

export interface DemoSetlistAnswer {
  version: string
  person: string
  kind: AnswerKind
  text: string
  entryId?: string
  /** amend: the new version; counter: the first version of the new proposal. */
  result?: string
  at: string
}

/** An agreed version applied to every show of a leg (as Apply does in the product). */
export interface DemoAppliedSetlist extends Invented {
  /** The agreed version of its proposal. */
  version: string
  leg: string
  by: string
  /** ISO instant. */
  at: string
}

export interface DemoSetlistSettings extends Invented {
  act: string
  consensus: ConsensusRule
  countTouringMusicians: boolean
  rules: {
    durationWindow: { minSeconds: number; maxSeconds: number }
    newSongs: { count: number; mode: 'exactly' | 'at-least'; sinceDate: string }
    acousticSection: { playerRole: string; midSet: boolean }
    guestSongsNeedBilledGuest: boolean
    maxLeadRun: number
    differFromLastTourPct: number
  }
}

/** The last tour before 2013, kept as history: one show and what was played there. */
export interface DemoPastTour extends Invented {
  ref: string
  act: string
  name: string
  notes: string
  shows: readonly (Invented & { ref: string; venue: string; date: string; times: DemoShowTimes; played: readonly DemoSetlistEntry[]; recordedAt: string })[]
}

export const setlistSettings: readonly DemoSetlistSettings[] = [
  {
    act: 'btr',
    // All four members must agree; Dustin and the DJ comment but do not count.
    consensus: 'all',
    countTouringMusicians: false,
    rules: {
      durationWindow: { minSeconds: 75 * 60, maxSeconds: 95 * 60 },
      newSongs: { count: 6, mode: 'at-least', sinceDate: '2013-06-11' },
      acousticSection: { playerRole: 'acoustic-guitar', midSet: true },
      guestSongsNeedBilledGuest: true,
      maxLeadRun: 3,
      differFromLastTourPct: 40,
    },
    invented: ['durationWindow', 'maxLeadRun', 'differFromLastTourPct'],
  },
]

const song = (id: string, work: string, extra: Partial<DemoSetlistEntry> = {}): DemoSetlistEntry => ({ id, type: 'song', recording: `rec-${work}`, ...extra })
const section = (id: string, kind: SectionKind, title: string): DemoSetlistEntry => ({ id, type: 'section', section: kind, title })
const other = (id: string, kind: OtherKind, title: string, durationSeconds: number, notes?: string): DemoSetlistEntry => ({
  id,
  type: 'other',
  otherKind: kind,
  title,
  durationSeconds,
  ...(notes ? { notes } : {}),
})

const TROUBLE: DemoSetlistEntry = {
  id: 'e24',
  type: 'song',
  title: 'I Knew You Were Trouble',
  cover: { artist: 'Taylor Swift' },
  guests: ['Victoria Justice'],
  durationSeconds: 220,
  notes: 'As at the tour announcement at the House of Blues.',
}

/** Kendall's draft: six new songs and more, older hits (./back-catalogue.ts) around them, Dustin mid-set, Victoria in the encore. */
const draft: readonly DemoSetlistEntry[] = [
  section('e1', 'main', 'Main set'),
  song('e2', 'windows-down'),
  song('e3', 'like-nobodys-around', { notes: 'First single: fans know it by now.' }),
  song('e4', 'we-are'),
  song('e5', 'boyfriend'),
  song('e6', 'confetti-falling'),
  song('e7', 'twenty-four-seven'),
  other('e8', 'talk', 'Hello, everybody', 180, 'Kendall talks; name the city.'),
  song('e9', 'music-sounds-better-with-u'),
  song('e29', 'if-i-ruled-the-world'),
  song('e10', 'get-up'),
  other('e11', 'talk', 'Introduce Dustin', 60),
  section('e12', 'acoustic', 'Acoustic with Dustin'),
  song('e13', 'picture-this', { arrangement: 'acoustic' }),
  song('e14', 'love-me-again', { arrangement: 'acoustic', keyOverride: 'G' }),
  song('e15', 'song-for-you', { arrangement: 'acoustic', guests: ['Victoria Justice'], notes: 'Victoria takes the rap part.' }),
  section('e16', 'main', 'Back to the tracks'),
  other('e17', 'dj-interlude', 'DJ Nova', 420, 'Costume change.'),
  song('e18', 'crazy-for-u'),
  song('e19', 'just-getting-started'),
  song('e20', 'worldwide'),
  song('e21', 'run-till-dawn'),
  song('e22', 'big-time-rush', { notes: 'The theme song closes the main set.' }),
  section('e23', 'encore', 'Encore'),
  TROUBLE,
  song('e25', 'untouchable'),
]

/** Carlos: "I like that, but let's do this": Confetti Falling near the end, Crazy for U early. */
const amended: readonly DemoSetlistEntry[] = draft.map((e) => {
  if (e.id === 'e6') return draft.find((d) => d.id === 'e18')!
  if (e.id === 'e18') return { ...draft.find((d) => d.id === 'e6')!, notes: 'Near the end, with the confetti cannons.' }
  return e
})

/** Logan: "I don't like it at all, let's do this": open with the new album, fewer old hits, Amazing in. */
const counter: readonly DemoSetlistEntry[] = [
  section('e1', 'main', 'Main set'),
  song('e21', 'run-till-dawn', { notes: 'Open loud.' }),
  song('e7', 'twenty-four-seven'),
  song('e10', 'get-up'),
  song('e3', 'like-nobodys-around'),
  other('e8', 'talk', 'Hello, everybody', 120),
  song('e5', 'boyfriend'),
  song('e26', 'summer-static'),
  song('e18', 'crazy-for-u'),
  section('e12', 'acoustic', 'Acoustic with Dustin'),
  song('e13', 'picture-this', { arrangement: 'acoustic' }),
  song('e27', 'lost-in-love', { arrangement: 'acoustic' }),
  section('e16', 'main', 'Back to the tracks'),
  other('e17', 'dj-interlude', 'DJ Nova', 300),
  song('e28', 'amazing'),
  song('e4', 'we-are'),
  song('e19', 'just-getting-started'),
  song('e6', 'confetti-falling'),
  song('e22', 'big-time-rush'),
  section('e23', 'encore', 'Encore'),
  TROUBLE,
  song('e15', 'song-for-you', { guests: ['Victoria Justice'], notes: 'Victoria takes the rap part, full band track.' }),
]

/**
 * Carlos: the South America leg without Victoria Justice (its support act is not confirmed): the
 * agreed list, with her duet and the cover she sings taken out, Carlos taking the rap part of Song for
 * You, Amazing (Logan's "next tour") in the encore, and a greeting in Spanish.
 */
const southAmerica: readonly DemoSetlistEntry[] = amended.flatMap((e): DemoSetlistEntry[] => {
  if (e.id === 'e8') return [{ ...e, title: '¡Hola, amigos!', notes: 'Carlos greets the city in Spanish (in Portuguese in São Paulo and Rio).' }]
  if (e.id === 'e15') return [song('e15', 'song-for-you', { arrangement: 'acoustic', notes: 'Carlos takes the rap part.' })]
  if (e.id === TROUBLE.id) return [song('e28', 'amazing', { notes: 'In for the Taylor Swift cover: no Victoria on this leg.' })]
  return [e]
})

export const setlistProposals: readonly DemoSetlistProposal[] = [
  {
    ref: 'summer-draft',
    act: 'btr',
    title: 'Summer Break Tour 2013',
    target: { kind: 'tour', tour: 'summer-break-2013' },
    author: 'kendall',
    status: 'agreed',
    agreedVersion: 'summer-draft-v2',
    agreedAt: '2013-04-04T21:40:00Z',
    createdAt: '2013-04-01T18:00:00Z',
    updatedAt: '2013-04-04T21:40:00Z',
    versions: [
      {
        ref: 'summer-draft-v1',
        number: 1,
        author: 'kendall',
        kind: 'draft',
        note: 'First go at the summer set: six new songs and more, Dustin in the middle, Victoria for the encore.',
        createdAt: '2013-04-01T18:00:00Z',
        entries: draft,
      },
      {
        ref: 'summer-draft-v2',
        number: 2,
        parent: 'summer-draft-v1',
        author: 'carlos',
        kind: 'amendment',
        note: "I like that, but let's do this: swap Confetti Falling and Crazy for U.",
        createdAt: '2013-04-02T16:20:00Z',
        entries: amended,
      },
    ],
    invented: ['title', 'entries', 'createdAt', 'agreedAt'],
  },
  {
    ref: 'logan-counter',
    act: 'btr',
    title: 'Summer Break Tour 2013: new songs first',
    target: { kind: 'tour', tour: 'summer-break-2013' },
    author: 'logan',
    // Logan approved Carlos's version in the end, so his own went no further.
    status: 'withdrawn',
    basedOn: 'summer-draft-v1',
    createdAt: '2013-04-02T19:05:00Z',
    updatedAt: '2013-04-04T21:40:00Z',
    versions: [
      {
        ref: 'logan-counter-v1',
        number: 1,
        author: 'logan',
        kind: 'counter',
        note: 'Open with the new album; fewer old hits; Amazing in.',
        createdAt: '2013-04-02T19:05:00Z',
        entries: counter,
      },
    ],
    invented: ['record'],
  },
  {
    ref: 'south-america',
    act: 'btr',
    title: 'South America without Victoria',
    target: { kind: 'leg', leg: 'leg-south-america' },
    author: 'carlos',
    // Sent round on Friday; Kendall approved, Dustin commented; James and Logan have not answered yet.
    status: 'open',
    createdAt: '2013-04-12T17:30:00Z',
    updatedAt: '2013-04-14T19:10:00Z',
    versions: [
      {
        ref: 'south-america-v1',
        number: 1,
        author: 'carlos',
        kind: 'draft',
        note: 'Our summer list for August, without Victoria: I take the rap on Song for You, Amazing closes instead of the cover.',
        createdAt: '2013-04-12T17:30:00Z',
        entries: southAmerica,
      },
    ],
    invented: ['record'],
  },
]

export const setlistAnswers: readonly DemoSetlistAnswer[] = [
  {
    version: 'summer-draft-v1',
    person: 'carlos',
    kind: 'amend',
    text: "I like that, but let's do this.",
    result: 'summer-draft-v2',
    at: '2013-04-02T16:20:00Z',
  },
  {
    version: 'summer-draft-v1',
    person: 'logan',
    kind: 'counter',
    text: "I don't like it at all, let's do this.",
    result: 'logan-counter-v1',
    at: '2013-04-02T19:05:00Z',
  },
  {
    version: 'summer-draft-v1',
    person: 'dustin',
    kind: 'comment',
    text: 'Love Me Again in G works better on the acoustic.',
    entryId: 'e14',
    at: '2013-04-02T20:30:00Z',
  },
  { version: 'summer-draft-v2', person: 'james', kind: 'approve', text: 'Sounds good.', at: '2013-04-03T10:12:00Z' },
  { version: 'summer-draft-v2', person: 'carlos', kind: 'approve', text: '', at: '2013-04-03T11:03:00Z' },
  { version: 'summer-draft-v2', person: 'kendall', kind: 'approve', text: "Fine by me, Carlos's order it is.", at: '2013-04-03T14:47:00Z' },
  { version: 'logan-counter-v1', person: 'kendall', kind: 'comment', text: 'Too few of the songs fans know for a first night.', at: '2013-04-03T15:02:00Z' },
  { version: 'summer-draft-v2', person: 'logan', kind: 'approve', text: "OK, Carlos's version. Amazing next tour.", at: '2013-04-04T21:40:00Z' },
  { version: 'south-america-v1', person: 'kendall', kind: 'approve', text: 'Yes. Logan gets his Amazing after all.', at: '2013-04-13T10:05:00Z' },
  {
    version: 'south-america-v1',
    person: 'dustin',
    kind: 'comment',
    text: 'I can capo up if Carlos wants Song for You higher.',
    entryId: 'e15',
    at: '2013-04-14T19:10:00Z',
  },
]

/** Kendall applied the agreed summer list to the North America leg the day after it was agreed. */
export const appliedSetlists: readonly DemoAppliedSetlist[] = [
  { version: 'summer-draft-v2', leg: 'leg-north-america', by: 'kendall', at: '2013-04-05T09:30:00Z', invented: ['record'] },
]

/** The last tour, "Better with U Tour" (2012): real name; the show, its date and its set are ours. */
export const pastTours: readonly DemoPastTour[] = [
  {
    ref: 'better-with-u-2012',
    act: 'btr',
    name: 'Better with U Tour',
    notes: 'The last tour before 2013, with a live band. Kept as history: the summer 2013 set must differ from it.',
    invented: ['notes'],
    shows: [
      {
        ref: 'btr-2012-chicago',
        // The 2013 Chicago venue: the same-city rule has something to compare.
        venue: 'na-chicago',
        date: '2012-02-18',
        times: { doors: '18:00', setStart: '20:00', curfew: '23:00' },
        recordedAt: '2012-02-19T03:30:00Z',
        invented: ['venue', 'date', 'times', 'played'],
        played: [
          section('p1', 'main', 'Main set'),
          song('p2', 'elevate'),
          song('p3', 'windows-down'),
          song('p4', 'boyfriend'),
          song('p5', 'music-sounds-better-with-u'),
          song('p6', 'if-i-ruled-the-world'),
          song('p7', 'nothing-even-matters'),
          song('p8', 'cover-girl'),
          { id: 'p9', type: 'song', recording: 'rec-confetti-falling', notes: 'Played as a preview of a new song.' },
          song('p10', 'worldwide'),
          song('p11', 'til-i-forget-about-you'),
          section('p12', 'encore', 'Encore'),
          song('p13', 'big-time-rush'),
        ],
      },
    ],
  },
]

/**
 * How the demo's tours rotate (issue 13, world.md): Big Time Rush's summer tour is a pop show, the
 * same core every night (the singles and the fan favourites) with two rotating slots (a guest
 * night's song, "I Knew You Were Trouble" with Victoria Justice, takes one); the acoustic section
 * follows Dustin in the lineup through the act's rules. Heffron Drive's European club dates change
 * from night to night (free rotation).
 */
export const tourRotations = [
  { tour: 'summer-break-2013', rotation: { mode: 'core-rotating', core: null, slots: 2, noRepeatWithin: 4 } },
  { tour: 'hd-europe-2013', rotation: { mode: 'free', core: null, slots: 2, noRepeatWithin: 4 } },
] as const
