import type { DemoAct, DemoMembership, DemoPerson } from './types.ts'

export const people: readonly DemoPerson[] = [
  {
    ref: 'sam',
    name: 'Sam Whitlock',
    login: 'owner',
    notes: 'Manages Big Time Rush and Heffron Drive; keeps the calendar of TV, promotion, tours and writing sessions.',
    invented: ['record'],
  },
  {
    ref: 'kendall',
    name: 'Kendall Schmidt',
    login: 'member',
    notes: 'Drafts the tour set lists. Writes songs for BTR, Heffron Drive and other artists; looking for a publishing deal.',
  },
  { ref: 'james', name: 'James Maslow', login: 'member' },
  { ref: 'logan', name: 'Logan Henderson', login: 'member' },
  { ref: 'carlos', name: 'Carlos PenaVega', login: 'member', notes: 'Credited as Carlos Pena in 2013.' },
  { ref: 'dustin', name: 'Dustin Belt', login: 'member', notes: 'Guitarist: half of Heffron Drive, and plays guitar in the BTR live band.' },
  { ref: 'victoria', name: 'Victoria Justice', login: 'viewer', notes: 'Support act on the BTR summer tour 2013, with her own band and LED stage set.' },
  { ref: 'amy', name: 'Amy Heidemann', login: 'viewer', notes: 'Of the duo Karmin; raps on "Song for You".' },
  { ref: 'ryan', name: 'Ryan Tedder', login: 'viewer', notes: "Outside songwriter and producer; worked on a song of BTR's second album." },
  { ref: 'ellen', name: 'Ellen Levann', login: 'viewer', notes: 'Australian dance-music artist; Kendall wrote a song for her.' },
  // world.md names one manager; the band's office also has a day-to-day manager and a tour manager (invented),
  // so that the manager and crew roles have real people: Nadia manages the workspace beside Sam, Tess works the tour.
  {
    ref: 'nadia',
    name: 'Nadia Ferreira',
    login: 'manager',
    notes: "Day-to-day manager beside Sam: bookings, promotion trips, the office's calendar.",
    invented: ['record'],
  },
  {
    ref: 'tess',
    name: 'Tess Marlowe',
    login: 'crew',
    notes: 'Tour manager of the BTR summer tour 2013: advances the shows and writes the day sheets.',
    invented: ['record'],
  },
  // Outside songwriters of the two singles (world.md only says the band did not write them).
  // They are people of the catalogue, not users: they have no login.
  { ref: 'lindqvist', name: 'Mikael Lindqvist', notes: 'Outside songwriter and producer.', invented: ['record'] },
  { ref: 'reyes', name: 'Joanna Reyes', notes: 'Outside songwriter (top line).', invented: ['record'] },
  { ref: 'okafor', name: 'Teddy Okafor', notes: 'Outside songwriter and producer.', invented: ['record'] },
  // world.md says a DJ plays the tracks on the summer tour, not who: this one is ours, without a login.
  {
    ref: 'marcus',
    name: 'Marcus Vance',
    notes: 'DJ on the BTR summer tour 2013 (as DJ Nova): plays the tracks, there is no live band this time.',
    invented: ['record'],
  },
]

export const acts: readonly DemoAct[] = [
  {
    ref: 'btr',
    slug: 'big-time-rush',
    name: 'Big Time Rush',
    kind: 'group',
    isInternal: true,
    description:
      'Four-member vocal pop group and the band of the Nickelodeon series of the same name (season 4 airs in 2013, on Thursdays). Nominated for a Teen Choice Award, Choice Music Group.',
  },
  {
    ref: 'hd',
    slug: 'heffron-drive',
    name: 'Heffron Drive',
    kind: 'duo',
    isInternal: true,
    description: 'Kendall and Dustin. Started before BTR, paused when Kendall was cast, restarted in 2013 with a European tour.',
  },
  {
    ref: 'victoria-justice',
    slug: 'victoria-justice',
    name: 'Victoria Justice',
    kind: 'solo',
    isInternal: false,
    description: 'Support act on the BTR summer tour 2013.',
  },
  { ref: 'amy-heidemann', slug: 'amy-heidemann', name: 'Amy Heidemann', kind: 'solo', isInternal: false, description: 'Featured rapper on "Song for You".' },
  { ref: 'karmin', slug: 'karmin', name: 'Karmin', kind: 'duo', isInternal: false, description: "Amy Heidemann's duo; only Amy is in this workspace." },
  {
    ref: 'ellen-levann',
    slug: 'ellen-levann',
    name: 'Ellen Levann',
    kind: 'solo',
    isInternal: false,
    description: 'Australian dance-music artist; Kendall wrote a song for her.',
  },
]

const btrSince = '2009'
const btrMember = (person: string): DemoMembership => ({ act: 'btr', person, role: 'member', instruments: ['vocals'], beginDate: btrSince })

export const memberships: readonly DemoMembership[] = [
  btrMember('kendall'),
  btrMember('james'),
  btrMember('logan'),
  btrMember('carlos'),
  { act: 'btr', person: 'dustin', role: 'touring-musician', instruments: ['guitar', 'acoustic guitar'], beginDate: '2011', invented: ['beginDate'] },
  { act: 'btr', person: 'marcus', role: 'dj', instruments: ['turntables'], beginDate: '2013', invented: ['record'] },
  // Heffron Drive paused while Kendall was on the show: two periods each, before and after.
  { act: 'hd', person: 'kendall', role: 'member', instruments: ['vocals', 'guitar'], beginDate: '2008', endDate: '2009', invented: ['instruments'] },
  { act: 'hd', person: 'dustin', role: 'member', instruments: ['guitar', 'vocals'], beginDate: '2008', endDate: '2009', invented: ['instruments'] },
  { act: 'hd', person: 'kendall', role: 'member', instruments: ['vocals', 'guitar'], beginDate: '2013', invented: ['instruments'] },
  { act: 'hd', person: 'dustin', role: 'member', instruments: ['guitar', 'vocals'], beginDate: '2013', invented: ['instruments'] },
  { act: 'victoria-justice', person: 'victoria', role: 'member', instruments: ['vocals'] },
  { act: 'amy-heidemann', person: 'amy', role: 'member', instruments: ['vocals', 'rap'] },
  { act: 'karmin', person: 'amy', role: 'member', instruments: ['vocals', 'rap'] },
  { act: 'ellen-levann', person: 'ellen', role: 'member', instruments: ['vocals'] },
]
