import type { OrganizationKind } from '../../domain/organizations.ts'
import type { HoldKind, PitchStatus } from '../../domain/rights.ts'
import { STANDARD_TRACKS } from './releases.ts'
import type { Invented } from './types.ts'

// world.md: a song a member wrote and the album did not use stays under an option of the
// label/network for "six months or something like that"; then it is free and clear, for Heffron
// Drive or to pitch to other artists. Kendall wrote a song for Ellen Levann (pitched and placed).
// The label's name, the dates of the album sessions, the start of the option (the album's release
// day, when "not used on the album" became final) and the pitch's dates are ours.

/** A label, network, publisher … (organizations table); referred to by `ref`. */
export interface DemoOrganization extends Invented {
  ref: string
  name: string
  kind: OrganizationKind
  ipiNameNumber?: string
  society?: string
  notes?: string
}

/** A hold on a work; the holder is exactly one of an organisation, an act or a person (refs). */
export interface DemoHold extends Invented {
  work: string
  holder: { organization: string } | { act: string } | { person: string }
  kind: HoldKind
  /** YYYY-MM-DD, first day held. */
  startsOn: string
  period?: { months?: number; days?: number }
  /** YYYY-MM-DD, last day held. */
  endsOn?: string
  endsOnRelease?: boolean
  notes?: string
}

/** A work offered to an outside artist: an act (ref) or just a name. */
export interface DemoPitch extends Invented {
  work: string
  act?: string
  artistName?: string
  status: PitchStatus
  pitchedOn: string
  statusOn?: string
  notes?: string
}

export interface DemoRights {
  organizations: readonly DemoOrganization[]
  holds: readonly DemoHold[]
  pitches: readonly DemoPitch[]
}

const organizations: DemoOrganization[] = [
  { ref: 'label', name: 'Columbia Records', kind: 'label', notes: "Big Time Rush's record label.", invented: ['name'] },
  { ref: 'nickelodeon', name: 'Nickelodeon', kind: 'network', notes: 'Airs the Big Time Rush series (season 4 in 2013, Thursdays).' },
]

/** The 15 songs of the deluxe edition, by work ref (recording refs are `rec-<work>`). */
const DELUXE_WORKS = [...STANDARD_TRACKS, 'rec-amazing', 'rec-untouchable', 'rec-lost-in-love', 'rec-run-till-dawn', 'rec-summer-static'].map((r) =>
  r.replace(/^rec-/, ''),
)

const holds: DemoHold[] = [
  // The label releases the album's songs first; each hold ends the day before its first release.
  ...DELUXE_WORKS.map((work): DemoHold => ({
    work,
    holder: { organization: 'label' },
    kind: 'first-use',
    startsOn: '2013-01-07',
    period: { months: 12 },
    endsOnRelease: true,
    notes: 'Album sessions for 24/Seven: the label releases the song first.',
    invented: ['record'],
  })),
  // The sixteenth song, left off the album: kept back while the track list was chosen …
  {
    work: 'halfway-there',
    holder: { organization: 'label' },
    kind: 'hold',
    startsOn: '2013-01-07',
    endsOn: '2013-06-10',
    notes: 'Recorded for 24/Seven; kept back while the track list was chosen.',
    invented: ['record'],
  },
  // … then under the label's option for six months after the album, then free and clear.
  {
    work: 'halfway-there',
    holder: { organization: 'label' },
    kind: 'option',
    startsOn: '2013-06-11',
    period: { months: 6 },
    notes: 'Not used on the album: under the label/network option for about six months; then free and clear for Heffron Drive or to pitch.',
    invented: ['startsOn'],
  },
  // Ellen Levann has the first release of the song Kendall wrote for her.
  {
    work: 'chasing-daylight',
    holder: { act: 'ellen-levann' },
    kind: 'first-use',
    startsOn: '2013-03-20',
    period: { months: 12 },
    endsOnRelease: true,
    notes: 'Placed with Ellen Levann: hers to release first, likely as her second or third single.',
    invented: ['startsOn', 'period'],
  },
]

const pitches: DemoPitch[] = [
  {
    work: 'chasing-daylight',
    act: 'ellen-levann',
    status: 'recorded',
    pitchedOn: '2013-01-15',
    statusOn: '2013-03-20',
    notes: 'Written for her; she recorded it. Likely her second or third single.',
    invented: ['pitchedOn', 'statusOn'],
  },
]

export const rights: DemoRights = { organizations, holds, pitches }
