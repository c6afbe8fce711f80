import type { PlannerSong, PlanShowRequest, PlanTourRequest, PlannerShow } from '../domain/planner.ts'
import { PITCH_CLASSES } from '../domain/catalog.ts'
import { Rng } from './rng.ts'

/**
 * A seeded instance generator for the planner's tests and benchmark (families of
 * ../shared/design/planner.md): S1 fixed-set ordering, S2 selection + ordering from a small
 * catalog, S3 a full show (24 of 80), S4 a 60-show tour. `skewed` catalogs look like real ones:
 * most songs in three keys and one dominant lead singer.
 */

export const uuidOf = (a: number, b: number) => `${(a >>> 0).toString(16).padStart(8, '0')}-0000-4000-8000-${(b >>> 0).toString(16).padStart(12, '0')}`

const SINGERS = ['kendall', 'james', 'logan', 'carlos']
const NAMES = { kendall: 'Kendall', james: 'James', logan: 'Logan', carlos: 'Carlos' }
const ALBUM_DAY = '2013-06-11'
const SHOW_DAY = '2013-07-01'

export interface CatalogOptions {
  size: number
  skewed?: boolean
  acoustic?: number
  guest?: number
  fresh?: number
  maxLeads?: number
}

export function makeCatalog(rng: Rng, seed: number, o: CatalogOptions): PlannerSong[] {
  const songs: PlannerSong[] = []
  const favourite = [rng.int(12), rng.int(12), rng.int(12)]
  for (let i = 0; i < o.size; i++) {
    const pc = o.skewed && rng.next() < 0.75 ? favourite[rng.int(3)]! : rng.int(12)
    const lead = o.skewed ? (rng.next() < 0.6 ? 'kendall' : SINGERS[1 + rng.int(3)]!) : SINGERS[rng.int(4)]!
    const leads = (o.maxLeads ?? 2) > 1 && rng.next() < 0.15 ? [...new Set([lead, SINGERS[rng.int(4)]!])] : [lead]
    const energy = 1 + rng.int(10)
    songs.push({
      recordingId: uuidOf(seed, i + 1),
      title: `Song ${i + 1}`,
      durationSeconds: 160 + rng.int(140),
      key: PITCH_CLASSES[pc]!,
      mode: rng.next() < 0.7 ? 'major' : 'minor',
      tempoBpm: 70 + rng.int(90),
      energy,
      leadPersonIds: leads,
      needs: [],
      guests: [],
      single: false,
      releasedOn: rng.next() < (o.fresh ?? 0.25) ? ALBUM_DAY : `${2009 + rng.int(4)}-0${1 + rng.int(9)}`,
      fanDemand: Math.round(rng.next() * 100) / 100,
    })
  }
  // acoustic and guest songs at random places
  const order = rng.shuffle(songs.map((_, i) => i))
  for (const i of order.slice(0, o.acoustic ?? 0)) {
    songs[i]!.needs = ['acoustic-guitar']
    songs[i]!.energy = 2 + rng.int(4)
  }
  for (const i of order.slice(o.acoustic ?? 0, (o.acoustic ?? 0) + (o.guest ?? 0))) {
    songs[i]!.needs = ['guest']
    songs[i]!.guests = ['Victoria Justice']
  }
  return songs
}

const base = (
  seed: number,
): Pick<PlanShowRequest, 'weights' | 'energyArc' | 'history' | 'seed' | 'budgetMs' | 'steps' | 'personNames' | 'rotation' | 'showTemplate'> => ({
  weights: { keys: 1, tempo: 1, energyFlow: 1, energyArc: 2, fanDemand: 2, freshness: 1, variety: 2 },
  energyArc: null,
  history: { lastTourSongKeys: null, sameCitySets: {}, plays: [] },
  seed,
  budgetMs: 500,
  steps: null,
  personNames: NAMES,
  rotation: null,
  showTemplate: [],
})

const show = (over: Partial<PlannerShow> = {}): PlannerShow => ({
  date: SHOW_DAY,
  city: 'Chicago',
  lineupRoles: ['member', 'dj', 'acoustic-guitar'],
  lineup: [{ name: 'Dustin', role: 'acoustic-guitar' }],
  billedGuests: ['Victoria Justice'],
  ...over,
})

/** S1: order a fixed set of n songs (singer runs ≤ 3, an acoustic block of 2–3 in the middle). */
export function makeS1(seed: number, n: number, skewed = false): PlanShowRequest {
  const rng = new Rng(seed * 7919 + n)
  const acoustic = 2 + rng.int(2)
  const repertoire = makeCatalog(rng, seed, { size: n, skewed, acoustic, maxLeads: 2 })
  return {
    ...base(seed),
    repertoire,
    show: show(),
    rules: {
      guestSongsNeedBilledGuest: true,
      maxLeadRun: 3,
      acousticSection: { playerRole: 'acoustic-guitar', midSet: true },
      acousticBlock: { min: acoustic, max: acoustic },
      setSize: { min: n, max: n },
      pinned: [],
      excluded: [],
    },
  }
}

/** S2: select and order a set of ≤ 10 from a catalog of ≤ 18 (duration window, new songs, acoustic block). */
export function makeS2(seed: number, m: number, N: number, skewed = false): PlanShowRequest {
  const rng = new Rng(seed * 104729 + m * 31 + N)
  const repertoire = makeCatalog(rng, seed + 1000, { size: m, skewed, acoustic: 3, fresh: 0.3, maxLeads: 1 })
  // at least three new songs that need nobody extra, so the new-songs rule can be kept
  for (const s of repertoire.filter((x) => !x.needs.length).slice(0, 3)) s.releasedOn = ALBUM_DAY
  const avg = repertoire.reduce((a, s) => a + s.durationSeconds, 0) / m
  return {
    ...base(seed),
    repertoire,
    show: show(),
    rules: {
      guestSongsNeedBilledGuest: true,
      maxLeadRun: 2,
      acousticSection: { playerRole: 'acoustic-guitar', midSet: true },
      acousticBlock: { min: 2, max: 3 },
      setSize: { min: N, max: N },
      durationWindow: { minSeconds: Math.round(N * avg * 0.94), maxSeconds: Math.round(N * avg * 1.06) },
      newSongs: { count: 2, mode: 'at-least', sinceDate: ALBUM_DAY },
      pinned: [],
      excluded: [],
    },
  }
}

function historyFor(rng: Rng, repertoire: PlannerSong[]): PlanShowRequest['history'] {
  const old = repertoire.filter((s) => s.releasedOn !== ALBUM_DAY)
  const lastTour = rng
    .shuffle([...old])
    .slice(0, 30)
    .map((s) => `rec:${s.recordingId}`)
  const plays: PlanShowRequest['history']['plays'] = []
  for (let d = 0; d < 6; d++) {
    const date = `2013-0${5 + Math.floor(d / 3)}-${String(10 + (d % 3) * 5).padStart(2, '0')}`
    for (const s of rng.shuffle([...repertoire]).slice(0, 20)) plays.push({ recordingId: s.recordingId, date, city: 'Elsewhere' })
  }
  return {
    lastTourSongKeys: lastTour,
    sameCitySets: {
      Chicago: rng
        .shuffle([...old])
        .slice(0, 20)
        .map((s) => `rec:${s.recordingId}`),
    },
    plays,
  }
}

const S3_RULES = (avg: number): PlanShowRequest['rules'] => ({
  guestSongsNeedBilledGuest: true,
  maxLeadRun: 3,
  acousticSection: { playerRole: 'acoustic-guitar', midSet: true },
  acousticBlock: { min: 2, max: 4 },
  setSize: { min: 24, max: 24 },
  durationWindow: { minSeconds: Math.round(24 * avg * 0.97), maxSeconds: Math.round(24 * avg * 1.03) },
  newSongs: { count: 2, mode: 'at-least', sinceDate: ALBUM_DAY },
  differFromLastTourPct: 40,
  maxSameCityRepeatPct: 50,
  encore: { songs: 2 },
  pinned: [],
  excluded: [],
})

/** S3: a full show, 24 songs from 80, the whole rule set. */
export function makeS3(seed: number, skewed = false): PlanShowRequest {
  const rng = new Rng(seed * 15485863 + 3)
  const repertoire = makeCatalog(rng, seed + 2000, { size: 80, skewed, acoustic: 8, guest: 3 })
  const avg = repertoire.reduce((a, s) => a + s.durationSeconds, 0) / 80
  return { ...base(seed), repertoire, show: show(), rules: S3_RULES(avg), history: historyFor(rng, repertoire) }
}

/** S4: a tour of `shows` shows in ~0.72·shows cities (two-night stands), guest nights, overlap caps. */
export function makeS4(seed: number, shows = 60, skewed = false): PlanTourRequest {
  const rng = new Rng(seed * 49979687 + 4)
  const repertoire = makeCatalog(rng, seed + 3000, { size: 80, skewed, acoustic: 8, guest: 3 })
  const avg = repertoire.reduce((a, s) => a + s.durationSeconds, 0) / 80
  const list: PlannerShow[] = []
  let city = 0
  const day = new Date('2013-06-28T00:00:00Z')
  while (list.length < shows) {
    const nights = rng.next() < 0.4 && list.length + 2 <= shows ? 2 : 1
    city++
    for (let k = 0; k < nights; k++) {
      list.push(
        show({
          id: `show-${list.length + 1}`,
          date: day.toISOString().slice(0, 10),
          city: `City ${city}`,
          billedGuests: rng.next() < 0.5 ? ['Victoria Justice'] : [],
        }),
      )
      day.setUTCDate(day.getUTCDate() + 1 + rng.int(2))
    }
  }
  const history = historyFor(rng, repertoire)
  return { ...base(seed), repertoire, shows: list, rules: S3_RULES(avg), history: { ...history, sameCitySets: {} }, budgetMs: 10_000 }
}
