import type { DemoBlockout, DemoCommitment } from './types.ts'
import { places } from './venues.ts'

// world.md: the members juggle the TV show, promotion (interviews with several outlets on one
// trip), tours, the side project and songwriting; Dustin is in both acts. Every date, time, place,
// outlet and journalist below is ours. Travel days and days off carry no coordinates: they never
// cause a travel conflict.

const BAND = ['kendall', 'james', 'logan', 'carlos'] as const
/** Everyone on stage on the summer tour. */
const TOUR_PARTY = [...BAND, 'marcus', 'dustin'] as const
const WHEN = ['startDate', 'startTime', 'endDate', 'endTime'] as const
const PLACE = ['locationName', 'latitude', 'longitude', 'timeZone'] as const

const NO_SOUTH_AMERICA = 'Do not mention the South America dates: they are not announced.'

/** A working day at one place, from `start` to `end` local time. */
function day(
  ref: string,
  kind: DemoCommitment['kind'],
  title: string,
  date: string,
  start: string,
  end: string,
  rest: Partial<DemoCommitment>,
): DemoCommitment {
  return {
    ref,
    kind,
    title,
    startDate: date,
    startTime: start,
    endDate: date,
    endTime: end,
    people: [],
    ...rest,
    invented: [...WHEN, ...PLACE, ...(rest.invented ?? [])],
  }
}

/** A whole local day (travel, day off) without coordinates. */
function wholeDay(ref: string, kind: 'travel' | 'day-off', title: string, date: string, timeZone: string, people: readonly string[]): DemoCommitment {
  return { ref, kind, title, act: 'btr', locationName: title.replace(/^[^:]*: /, ''), timeZone, startDate: date, endDate: date, people, invented: ['record'] }
}

const shoot = (date: string) =>
  day(`tv-${date}`, 'tv-shoot', 'Big Time Rush (series), season 4: shoot day', date, '07:00', '19:00', {
    act: 'btr',
    ...places.tvStudio,
    people: BAND,
    notes: 'Nickelodeon.',
  })

const rehearsal = (date: string, extra: Partial<DemoCommitment> = {}) =>
  day(`rehearsal-${date}`, 'rehearsal', 'Tour rehearsal: new set with the DJ and the acoustic section', date, '10:00', '18:00', {
    act: 'btr',
    ...places.rehearsalStudio,
    people: TOUR_PARTY,
    ...extra,
  })

const interview = (ref: string, date: string, start: string, end: string, outlet: string, journalist: string, extra: Partial<DemoCommitment> = {}) =>
  day(ref, 'promo-interview', `Interview: ${outlet}`, date, start, end, {
    act: 'btr',
    ...places.manhattan,
    people: BAND,
    outlet,
    journalist,
    embargoNotes: NO_SOUTH_AMERICA,
    notes: 'Promo trip to New York before the album is out (June 11).',
    ...extra,
    invented: ['outlet', 'journalist', 'notes', ...(extra.invented ?? [])],
  })

export const commitments: readonly DemoCommitment[] = [
  // The series: shoot days in the first half of 2013.
  shoot('2013-01-15'),
  shoot('2013-01-16'),
  shoot('2013-02-12'),
  shoot('2013-04-23'),
  shoot('2013-04-24'),

  // Heffron Drive's European tour: there and back (the shows are in touring.ts).
  { ...wholeDay('travel-2013-03-06', 'travel', 'Travel: Los Angeles to London', '2013-03-06', 'America/Los_Angeles', ['kendall', 'dustin']), act: 'hd' },
  // The Madrid show ends at 00:30 that morning (a show past midnight): the flight home leaves at 12:00.
  {
    ...wholeDay('travel-2013-03-18', 'travel', 'Travel: Madrid to Los Angeles', '2013-03-18', 'Europe/Madrid', ['kendall', 'dustin']),
    act: 'hd',
    startTime: '10:00',
    endTime: '23:59',
  },

  // The tour announcement at the House of Blues, with the support act.
  {
    ref: 'tour-announcement',
    kind: 'other',
    title: 'Tour announcement with Victoria Justice: "I Knew You Were Trouble" together',
    act: 'btr',
    venue: 'house-of-blues',
    startDate: '2013-04-09',
    startTime: '18:00',
    endDate: '2013-04-09',
    endTime: '21:00',
    people: [...BAND, 'victoria'],
    invented: [...WHEN],
  },

  // Songwriting.
  day('writing-2013-05-07', 'songwriting', 'Writing session: songs to pitch to other artists', '2013-05-07', '12:00', '18:00', {
    ...places.writingRoom,
    people: ['kendall'],
    notes: 'Songs free and clear of the label option, for other artists or Heffron Drive; material for a publishing deal.',
    invented: ['notes'],
  }),
  day('writing-2013-05-14', 'songwriting', 'Heffron Drive: new tracks for the early songs', '2013-05-14', '13:00', '19:00', {
    act: 'hd',
    ...places.writingRoom,
    people: ['kendall', 'dustin'],
    notes: 'Kendall recorded, mixed and mastered the early songs alone at 17; re-recording them with modern tracks.',
  }),

  // Promotion: one trip to New York, several outlets.
  wholeDay('travel-2013-06-03', 'travel', 'Travel: Los Angeles to New York', '2013-06-03', 'America/Los_Angeles', BAND),
  interview('promo-morning-tv', '2013-06-04', '07:30', '08:30', 'Wake Up, New York!', 'Dana Whitfield'),
  interview('promo-radio', '2013-06-04', '10:00', '11:00', 'Hits 104.3 FM', 'Marco Bellini'),
  interview('promo-magazine', '2013-06-04', '14:00', '15:00', 'Teen Scene Magazine', 'Priya Castellanos', {
    embargoNotes: `${NO_SOUTH_AMERICA} The feature runs after the album release.`,
  }),
  interview('promo-web', '2013-06-05', '11:00', '11:45', 'PopWire', 'Jordan Avery', {
    embargoNotes: `${NO_SOUTH_AMERICA} No full-song streams before June 11.`,
  }),
  interview('promo-chart', '2013-06-05', '15:00', '16:00', 'The Weekly Chart', 'Helen Moritz'),
  wholeDay('travel-2013-06-06', 'travel', 'Travel: New York to Los Angeles', '2013-06-06', 'America/New_York', BAND),

  // Tour rehearsals in Los Angeles, everyone on stage.
  rehearsal('2013-06-17'),
  rehearsal('2013-06-18'),
  rehearsal('2013-06-19'),
  rehearsal('2013-06-20'),
  rehearsal('2013-06-21'),
  rehearsal('2013-06-24'),
  rehearsal('2013-06-25', {
    title: 'Tour rehearsal: joint numbers with Victoria Justice',
    people: [...TOUR_PARTY, 'victoria'],
    notes: 'The cover "I Knew You Were Trouble", and Victoria taking the rap of "Song for You"; maybe acoustic.',
  }),

  // The conflict: Heffron Drive's European promoter booked a live acoustic radio session in
  // London on a rehearsal day in Los Angeles. Nobody can be in both places that day.
  day('hd-radio-london', 'promo-interview', 'Heffron Drive: live acoustic radio session', '2013-06-20', '11:00', '12:30', {
    act: 'hd',
    ...places.londonRadio,
    people: ['kendall', 'dustin'],
    outlet: 'Capital Sound Radio',
    journalist: 'Olivia Brandt',
    embargoNotes: 'Heffron Drive only. Do not mention the Big Time Rush South America dates.',
    notes: 'Two songs live and a short interview, booked by the European promoter.',
    invented: ['record'],
  }),

  // On the road.
  wholeDay('travel-2013-07-21', 'travel', 'Travel: Boston to Toronto', '2013-07-21', 'America/New_York', TOUR_PARTY),
  wholeDay('day-off-2013-07-26', 'day-off', 'Day off: Chicago', '2013-07-26', 'America/Chicago', TOUR_PARTY),
  wholeDay('travel-2013-08-12', 'travel', 'Travel: Los Angeles to Lima', '2013-08-12', 'America/Los_Angeles', TOUR_PARTY),
]

export const blockouts: readonly DemoBlockout[] = [
  { ref: 'logan-family', person: 'logan', startDate: '2013-09-07', endDate: '2013-09-09', reason: 'Family wedding in Texas.', invented: ['record'] },
]
