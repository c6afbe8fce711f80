import type { DemoShow, DemoShowTimes, DemoTour } from './types.ts'

// world.md: BTR's summer tour 2013 with Victoria Justice as support, a DJ instead of a live band
// and Dustin on acoustic guitar for a section in the middle of the set; a South America leg in
// August, planned but not announced at interview time (spring 2013); back in the United States in
// late September. Heffron Drive had just come back from a European tour. Tour and leg names,
// venues, dates and times are ours, and so are the statuses of shows world.md says nothing about.

export const tours: readonly DemoTour[] = [
  {
    ref: 'summer-break-2013',
    act: 'btr',
    name: 'Summer Break Tour 2013',
    notes:
      'With Victoria Justice as support. No live band this time: a DJ plays the tracks, and Dustin joins on acoustic guitar for the acoustic section in the middle of the set. The set changes from the last tour: six new songs from 24/Seven, out before the tour starts.',
    invented: ['name'],
    legs: [
      { ref: 'leg-north-america', name: 'North America', notes: 'Victoria Justice supports every show.', invented: ['name'] },
      { ref: 'leg-south-america', name: 'South America', notes: 'Planned, not announced: do not mention these dates in interviews.' },
      { ref: 'leg-back-in-the-us', name: 'Back in the US', notes: 'A few shows in late September.' },
    ],
  },
  {
    ref: 'hd-europe-2013',
    act: 'hd',
    name: 'European Tour 2013',
    notes: 'The restart of Heffron Drive: Kendall and Dustin, clubs, just the two of them.',
    invented: ['name', 'notes'],
    legs: [{ ref: 'leg-europe', name: 'Europe', invented: ['name'] }],
  },
]

/** An arena day: load-in in the morning, support act before the headliner, out by curfew. */
const ARENA_DAY: DemoShowTimes = { loadIn: '10:00', soundcheck: '16:00', doors: '18:00', setStart: '20:00', curfew: '23:00' }
/** A club night for the duo. */
const CLUB_NIGHT: DemoShowTimes = { loadIn: '15:00', soundcheck: '17:00', doors: '19:00', setStart: '20:30', curfew: '23:00' }
/** Madrid starts late: the set at 23:00, the curfew at 00:30 the next day (a show past midnight, ADR 005). */
const LATE_CLUB_NIGHT: DemoShowTimes = { loadIn: '17:00', soundcheck: '19:00', doors: '21:30', setStart: '23:00', curfew: '00:30' }

/** Four members, the DJ who plays the tracks, and Dustin for the acoustic section. */
const BTR_LINEUP: DemoShow['lineup'] = [
  { person: 'kendall', role: 'member' },
  { person: 'james', role: 'member' },
  { person: 'logan', role: 'member' },
  { person: 'carlos', role: 'member' },
  { person: 'marcus', role: 'dj' },
  { person: 'dustin', role: 'acoustic-guitar' },
]
const HD_LINEUP: DemoShow['lineup'] = [
  { person: 'kendall', role: 'member' },
  { person: 'dustin', role: 'member' },
]

type Extra = Partial<DemoShow> & { invented?: readonly string[] }

function btrShow(leg: string, venue: string, date: string, extra: Extra = {}): DemoShow {
  const { invented = [], ...rest } = extra
  return {
    ref: `btr-${date}`,
    act: 'btr',
    tour: 'summer-break-2013',
    leg,
    venue,
    date,
    times: ARENA_DAY,
    status: 'confirmed',
    announcement: 'announced',
    billing: [],
    lineup: BTR_LINEUP,
    invented: ['venue', 'date', 'times', ...invented],
    ...rest,
  }
}

const northAmerica = (venue: string, date: string) => btrShow('leg-north-america', venue, date, { billing: [{ act: 'victoria-justice', role: 'support' }] })

/** Unannounced in spring 2013; one show is embargoed until its announcement, the rest wait for a date. */
const southAmerica = (venue: string, date: string, extra: Extra) =>
  btrShow('leg-south-america', venue, date, {
    announcement: 'unannounced',
    notes: 'Support act to be confirmed.',
    ...extra,
    invented: ['status', 'notes', ...(extra.invented ?? [])],
  })

const heffronDrive = (venue: string, date: string, times: DemoShowTimes = CLUB_NIGHT): DemoShow => ({
  ref: `hd-${date}`,
  act: 'hd',
  tour: 'hd-europe-2013',
  leg: 'leg-europe',
  venue,
  date,
  times,
  status: 'played',
  announcement: 'announced',
  billing: [],
  lineup: HD_LINEUP,
  invented: ['venue', 'date', 'times'],
})

export const shows: readonly DemoShow[] = [
  // North America: late June to early August, 18 shows, Victoria Justice as support.
  northAmerica('na-san-diego', '2013-06-28'),
  northAmerica('na-irvine', '2013-06-29'),
  northAmerica('na-phoenix', '2013-07-01'),
  northAmerica('na-denver', '2013-07-03'),
  northAmerica('na-dallas', '2013-07-05'),
  northAmerica('na-houston', '2013-07-06'),
  northAmerica('na-atlanta', '2013-07-09'),
  northAmerica('na-tampa', '2013-07-11'),
  northAmerica('na-charlotte', '2013-07-13'),
  northAmerica('na-washington', '2013-07-16'),
  northAmerica('na-camden', '2013-07-18'),
  northAmerica('na-boston', '2013-07-20'),
  northAmerica('na-toronto', '2013-07-23'),
  northAmerica('na-detroit', '2013-07-25'),
  northAmerica('na-chicago', '2013-07-27'),
  northAmerica('na-st-paul', '2013-07-28'),
  northAmerica('na-seattle', '2013-08-02'),
  northAmerica('na-vancouver', '2013-08-03'),

  // South America, August: holds and confirmed dates, none public yet.
  southAmerica('sa-lima', '2013-08-14', { status: 'hold' }),
  southAmerica('sa-santiago', '2013-08-16', {}),
  southAmerica('sa-buenos-aires', '2013-08-18', {}),
  southAmerica('sa-sao-paulo', '2013-08-21', {
    announcement: 'embargoed',
    announceAt: '2013-06-01T15:00:00Z',
    notes: 'Embargoed: the promoter announces this date on June 1, 2013 at noon in São Paulo. Support act to be confirmed.',
    invented: ['announceAt'],
  }),
  southAmerica('sa-rio', '2013-08-22', { status: 'hold' }),

  // Back in the United States, late September.
  btrShow('leg-back-in-the-us', 'us-orlando', '2013-09-26', { invented: ['status', 'announcement'] }),
  btrShow('leg-back-in-the-us', 'us-las-vegas', '2013-09-28', { status: 'hold', announcement: 'unannounced', invented: ['status', 'announcement'] }),

  // Heffron Drive in Europe, March 2013: played, and back home by the interview.
  heffronDrive('eu-london', '2013-03-08'),
  heffronDrive('eu-amsterdam', '2013-03-10'),
  heffronDrive('eu-cologne', '2013-03-11'),
  heffronDrive('eu-hamburg', '2013-03-13'),
  heffronDrive('eu-milan', '2013-03-15'),
  heffronDrive('eu-madrid', '2013-03-17', LATE_CLUB_NIGHT),
]
