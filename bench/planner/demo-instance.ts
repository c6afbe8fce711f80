import { createHash } from 'node:crypto'
import type { PlannerShow, PlannerSong, PlanShowRequest, PlanTourRequest } from '../../src/contract/planner.ts'
import { world2013 } from '../../src/demo/world-2013.ts'
import { people } from '../../src/demo/world-2013/people.ts'
import { pastTours, setlistSettings, tourRotations } from '../../src/demo/world-2013/setlists.ts'

/**
 * The planner's input for the demo world (src/demo/world-2013): Big Time Rush's repertoire in the
 * summer of 2013, the summer tour's shows and the act's set-list rules. The album songs' facts are
 * the demo's own; the older hits are title-only in the demo (played on the last tour), so their
 * keys, tempos, energy, singers and fan demand here are INVENTED for the example, and so is every
 * fan-demand figure.
 */

/** A stable UUID for a demo ref (name-based, version 5 layout). */
export function demoUuid(ref: string): string {
  const h = createHash('sha1').update(`greenroom-demo:${ref}`).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

const hits: [
  title: string,
  seconds: number,
  key: PlannerSong['key'],
  mode: PlannerSong['mode'],
  bpm: number,
  energy: number,
  leads: string[],
  released: string,
  demand: number,
][] = [
  ['Windows Down', 190, 'D', 'major', 120, 8, ['kendall'], '2012-03', 0.85],
  ['Boyfriend', 205, 'G', 'major', 112, 8, ['kendall', 'james'], '2010-04', 0.95],
  ['Music Sounds Better with U', 190, 'A', 'major', 124, 9, ['logan', 'carlos'], '2011-11', 0.8],
  ['Worldwide', 236, 'C', 'major', 76, 4, ['logan'], '2010', 0.9],
  ['Big Time Rush', 200, 'E', 'major', 130, 10, ['kendall', 'james', 'logan', 'carlos'], '2009', 0.98],
  ['Elevate', 200, 'F#', 'minor', 126, 9, ['james'], '2011-11-21', 0.75],
  ['If I Ruled the World', 215, 'B', 'minor', 98, 6, ['carlos'], '2011-11', 0.6],
  ['Nothing Even Matters', 230, 'F', 'major', 80, 4, ['kendall'], '2010-10-11', 0.7],
  ['Cover Girl', 205, 'D', 'major', 118, 7, ['james'], '2010-10-11', 0.65],
  ['Til I Forget About You', 200, 'A', 'minor', 122, 8, ['logan'], '2010-10-11', 0.6],
]
const hitRef = (title: string) => `hit-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`

/** Earliest release of each recording: its release groups' edition dates. */
function earliestRelease(ref: string): string | null {
  let best: string | null = null
  for (const g of world2013.releaseGroups)
    for (const e of g.editions) {
      if (e.releaseDate && e.tracks.some((t) => t.recording === ref) && (best === null || e.releaseDate < best)) best = e.releaseDate
    }
  return best
}

export function demoRepertoire(): PlannerSong[] {
  const masters = world2013.recordings
    .filter((r) => r.act === 'btr')
    .map((r): PlannerSong => {
      const work = world2013.works.find((w) => w.ref === r.work)
      const needsGuest = r.needs.includes('guest')
      return {
        recordingId: demoUuid(r.ref),
        title: r.title ?? work?.title ?? r.ref,
        durationSeconds: r.durationSeconds ?? 200,
        key: r.key ?? null,
        mode: r.mode ?? null,
        tempoBpm: r.tempoBpm ?? null,
        energy: r.energy ?? null,
        leadPersonIds: [...r.leads],
        needs: [...r.needs],
        guests: needsGuest ? ['Victoria Justice'] : [],
        releasedOn: earliestRelease(r.ref),
        fanDemand: r.ref === 'rec-like-nobodys-around' ? 0.9 : r.ref === 'cover-i-knew-you-were-trouble' ? 0.7 : r.kind === 'demo' ? 0.2 : 0.55,
        single: false,
      }
    })
  const older = hits.map(([title, seconds, key, mode, bpm, energy, leads, released, demand]): PlannerSong => ({
    recordingId: demoUuid(hitRef(title)),
    title,
    durationSeconds: seconds,
    key,
    mode,
    tempoBpm: bpm,
    energy,
    leadPersonIds: leads,
    needs: [],
    guests: [],
    releasedOn: released,
    fanDemand: demand,
    single: false,
  }))
  // "I Knew You Were Trouble", the cover with Victoria Justice, is a recording of the demo catalog
  return [...masters, ...older]
}

function demoShow(ref: string): PlannerShow {
  const show = world2013.shows.find((s) => s.ref === ref)!
  const venue = world2013.venues.find((v) => v.ref === show.venue)!
  const lineup = show.lineup.map((l) => ({ name: people.find((p) => p.ref === l.person)?.name.split(' ')[0] ?? l.person, role: l.role }))
  const billed = show.billing.map((b) => world2013.acts.find((a) => a.ref === b.act)?.name ?? b.act)
  // the act's 75–95 minutes include talks and the DJ interlude (about 10 minutes): 60–80 minutes of songs
  return {
    id: ref,
    date: show.date,
    city: venue.city,
    lineupRoles: [...new Set(show.lineup.map((l) => l.role))],
    lineup,
    billedGuests: billed,
    setStartLocal: show.times.setStart,
    durationWindow: { minSeconds: 60 * 60, maxSeconds: 80 * 60 },
  }
}

function common(): Omit<PlanShowRequest, 'show'> {
  const settings = setlistSettings.find((s) => s.act === 'btr')!
  const last = pastTours[0]!.shows[0]!
  const lastKeys = last.played.filter((e) => e.type === 'song').map((e) => `rec:${e.recording ? demoUuid(e.recording) : demoUuid(hitRef(e.title!))}`)
  const lastCity = world2013.venues.find((v) => v.ref === last.venue)!.city
  return {
    repertoire: demoRepertoire(),
    rules: {
      ...settings.rules,
      maxSameCityRepeatPct: 50,
      acousticBlock: { min: 2, max: 3 },
      encore: { songs: 2 },
      pinned: [{ recordingId: demoUuid(hitRef('Big Time Rush')), position: 'encore' }],
      excluded: [],
      setSize: null,
    },
    weights: { keys: 1, tempo: 1, energyFlow: 1, energyArc: 2, fanDemand: 2, freshness: 1, variety: 2 },
    energyArc: [0.9, 0.7, 0.75, 0.45, 0.7, 0.85, 1],
    history: {
      lastTourSongKeys: lastKeys,
      sameCitySets: { [lastCity]: lastKeys },
      plays: lastKeys.map((k) => ({ recordingId: k.slice(4), date: last.date, city: lastCity })),
    },
    seed: 1,
    budgetMs: 1000,
    steps: null,
    rotation: null,
    showTemplate: [],
    personNames: Object.fromEntries(people.map((p) => [p.ref, p.name.split(' ')[0]!])),
  }
}

/** The Chicago show of the summer tour (the city of the last tour's show, so the same-city rule applies). */
export function demoShowInput(): PlanShowRequest {
  return { ...common(), show: demoShow('btr-2013-07-27') }
}

/** The North America leg of the summer tour, 18 shows. */
export function demoTourInput(): PlanTourRequest {
  const shows = world2013.shows.filter((s) => s.leg === 'leg-north-america').map((s) => demoShow(s.ref))
  return { ...common(), shows, budgetMs: 5000 }
}

/**
 * The whole summer tour as the demo plans it (issue 13): core and two rotating slots (the demo's
 * tour rotation), "I Knew You Were Trouble" with Victoria Justice on the nights she is billed, the
 * acoustic section wherever Dustin is in the lineup.
 */
export function demoSummerTourInput(): PlanTourRequest {
  const shows = world2013.shows
    .filter((s) => s.tour === 'summer-break-2013' && s.status !== 'cancelled')
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((s) => demoShow(s.ref))
  const rotation = tourRotations.find((t) => t.tour === 'summer-break-2013')!.rotation
  return { ...common(), shows, budgetMs: 5000, rotation: { ...rotation } }
}
