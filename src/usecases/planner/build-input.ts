import type { PlannerSettings } from '../../contract/planner-runs.ts'
import type { PlannerShow, PlannerSong, PlanShowInput, PlanTourInput, Rotation, TemplateItem } from '../../contract/planner.ts'
import { SetlistRulesSchema, type SetlistEntry } from '../../contract/setlists.ts'
import { formatRunningTime } from '../../domain/setlist-timing.ts'
import type { Db } from '../../db/client.ts'
import { lastPlayedInCity, listActPlays } from '../../db/queries/play-history.ts'
import { listRepertoireRows, type RepertoireRow } from '../../db/queries/planner.ts'
import { getSettingsRow } from '../../db/queries/setlists.ts'
import { personNames } from '../../db/queries/people.ts'
import { getStoredShow, type StoredShow } from '../../db/queries/shows.ts'
import { findLegTourId } from '../../db/queries/tours.ts'
import { songKey } from '../../domain/setlist-diff.ts'
import { loadHistoryContext } from '../played/history-context.ts'
import { effectiveTourRotation } from './tour-rotation.ts'

/** Recording kinds in the order the planner prefers them when an act has several recordings of one work. */
const KIND_PREFERENCE = ['master', 'acoustic', 'live', 'remix']

export interface BuiltInput {
  repertoire: PlannerSong[]
  shows: PlannerShow[]
  /** Shows as stored, in date order (for labels and the proposals' targets). */
  stored: StoredShow[]
  rules: PlanShowInput['rules']
  weights: PlannerSettings['weights']
  energyArc: number[] | null
  history: NonNullable<PlanShowInput['history']>
  personNames: Record<string, string>
  /** How the shows of a leg or tour relate: the tour's own rotation, else the act's. */
  rotation: Rotation
  /** The act's show template (intro tape, talks, DJ interludes …). */
  showTemplate: TemplateItem[]
  /** Things the planner could not use, said in the run's outcome (e.g. recordings without a duration). */
  warnings: string[]
}

/**
 * One recording per work: the act's master if it has one, otherwise its acoustic, live or remix
 * recording (demos are never in the repertoire). A recording without a duration cannot be timed, so
 * it is left out and named in the warnings.
 */
export function repertoireOf(rows: RepertoireRow[], guestsAtShows: string[]): { songs: PlannerSong[]; warnings: string[] } {
  const byWork = new Map<string, RepertoireRow>()
  const rank = (r: RepertoireRow) => (KIND_PREFERENCE.indexOf(r.kind) + KIND_PREFERENCE.length + 1) % (KIND_PREFERENCE.length + 1)
  for (const row of rows) {
    const held = byWork.get(row.workId)
    if (!held || rank(row) < rank(held)) byWork.set(row.workId, row)
  }
  const untimed: string[] = []
  const songs: PlannerSong[] = []
  for (const r of byWork.values()) {
    if (!r.durationSeconds || r.durationSeconds < 1) {
      untimed.push(r.title)
      continue
    }
    songs.push({
      recordingId: r.id,
      title: r.title,
      durationSeconds: r.durationSeconds,
      key: (r.key as PlannerSong['key']) ?? null,
      mode: (r.mode as PlannerSong['mode']) ?? null,
      tempoBpm: r.tempoBpm,
      energy: r.energy === null ? null : Math.min(10, Math.max(1, r.energy)),
      leadPersonIds: r.leadPersonIds,
      needs: r.needs,
      // A song that needs a guest: its featured artists, or any act billed beside the band (the support act's duet).
      guests: r.needs.includes('guest') ? [...new Set([...r.featuredActNames, ...guestsAtShows])] : r.featuredActNames,
      releasedOn: r.firstReleaseDate,
      fanDemand: null,
      single: r.single,
    })
  }
  const warnings = untimed.length ? [`Left out ${untimed.length} recording${untimed.length === 1 ? '' : 's'} without a duration: ${untimed.join(', ')}`] : []
  return { songs, warnings }
}

/** The set a show without a set start or curfew is planned for when the act has no running-time rule. */
export const DEFAULT_SET_SECONDS = { minSeconds: 60 * 60, maxSeconds: 90 * 60 }
/** How much shorter than its set start → curfew span a set planned without a running-time rule may be (at most half of the span). */
const SHORTER_BY_SECONDS = 30 * 60

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/**
 * The running time to plan a show for when the act has no running-time rule (issue 11): from the
 * show's own set start to its curfew (a curfew past midnight counts into the next day) and at most
 * 30 minutes (or half the span) shorter; a show without both times gets DEFAULT_SET_SECONDS. A
 * repertoire shorter than that minimum lowers the minimum to the whole repertoire, so a new band
 * with a few songs gets all of them rather than no plan. Without a window the planner's mean cost
 * per song made a one-song set the "optimal" one.
 */
export function derivedDurationWindow(
  times: { setStart?: string | null; curfew?: string | null },
  repertoireSeconds: number,
): { minSeconds: number; maxSeconds: number; fromShow: boolean } {
  let window = DEFAULT_SET_SECONDS
  let fromShow = false
  if (times.setStart && times.curfew) {
    const span = ((minutesOf(times.curfew) - minutesOf(times.setStart) + 24 * 60) % (24 * 60)) * 60
    if (span > 0) {
      window = { minSeconds: Math.max(span - SHORTER_BY_SECONDS, Math.ceil(span / 2)), maxSeconds: span }
      fromShow = true
    }
  }
  return { minSeconds: Math.min(window.minSeconds, Math.max(0, Math.floor(repertoireSeconds))), maxSeconds: window.maxSeconds, fromShow }
}

function plannerShowOf(show: StoredShow, actName: string): PlannerShow {
  return {
    id: show.id,
    date: show.localDate,
    city: show.city,
    lineupRoles: show.lineup.map((l) => l.role),
    lineup: show.lineup.map((l) => ({ name: l.personName, role: l.role })),
    billedGuests: show.billing.map((b) => b.actName).filter((name) => name !== actName),
    setStartLocal: show.times.setStart ?? undefined,
    durationWindow: null,
  }
}

const keysOf = (entries: SetlistEntry[]) => [...new Set(entries.flatMap((e) => songKey(e) ?? []))]

/**
 * The planner's input for shows of one act, from the database: the repertoire, each show's lineup
 * and bill, the act's set-list rules with its planner settings, and the play history (the last tour,
 * the set last played in each city, every past performance for freshness).
 */
export async function buildPlannerInput(
  db: Db,
  opts: {
    workspaceId: string
    actId: string
    actName: string
    showIds: string[]
    settings: PlannerSettings
    group: { kind: 'leg' | 'tour'; id: string } | null
    now: Date
  },
): Promise<BuiltInput> {
  const ws = opts.workspaceId
  // A cancelled show needs no set list.
  const stored = (await Promise.all(opts.showIds.map((id) => getStoredShow(db, ws, id)))).filter((s): s is StoredShow => s !== null && s.status !== 'cancelled')
  stored.sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  const shows = stored.map((s) => plannerShowOf(s, opts.actName))
  const guestsAtShows = [...new Set(shows.flatMap((s) => s.billedGuests))]
  const { songs, warnings } = repertoireOf(await listRepertoireRows(db, ws, opts.actId), guestsAtShows)
  for (const song of songs) song.fanDemand = opts.settings.fanDemand[song.recordingId] ?? null

  const first = stored[0]
  const context = await loadHistoryContext(db, ws, opts.actId, {
    show: first && !opts.group ? { startsAt: new Date(first.startsAt), city: first.city, country: first.country } : null,
    group: opts.group,
    now: opts.now,
  })
  const before = first ? new Date(first.startsAt) : opts.now
  const sameCitySets: Record<string, string[]> = {}
  for (const show of stored) {
    if (sameCitySets[show.city]) continue
    const last = await lastPlayedInCity(db, ws, opts.actId, { city: show.city, country: show.country, before })
    if (last) sameCitySets[show.city] = keysOf(last)
  }
  const known = new Set(songs.map((s) => s.recordingId))
  const plays = (await listActPlays(db, ws, opts.actId))
    .filter((p) => p.startsAt < before)
    .flatMap((p) =>
      [...new Set(p.entries.flatMap((e) => (e.type === 'song' && e.recordingId && known.has(e.recordingId) ? [e.recordingId] : [])))].map((recordingId) => ({
        recordingId,
        date: p.localDate,
        city: p.city,
      })),
    )

  const settingsRow = await getSettingsRow(db, ws, opts.actId)
  const setlistRules = SetlistRulesSchema.parse(settingsRow?.rules ?? {})
  if (!setlistRules.durationWindow) {
    const repertoireSeconds = songs.reduce((sum, song) => sum + song.durationSeconds, 0)
    const derived = stored.map((show) => derivedDurationWindow(show.times, repertoireSeconds))
    stored.forEach((_, i) => {
      const { fromShow: _f, ...window } = derived[i]!
      shows[i]!.durationWindow = window
    })
    const one = derived.length === 1 ? derived[0]! : null
    const range = one ? ` (${formatRunningTime(one.minSeconds)}–${formatRunningTime(one.maxSeconds)})` : ''
    const fallback = `${formatRunningTime(DEFAULT_SET_SECONDS.minSeconds)}–${formatRunningTime(DEFAULT_SET_SECONDS.maxSeconds)}`
    warnings.push(
      one && !one.fromShow
        ? `The act has no running-time rule and the show has no set start and curfew: planned for the default${range}. Set one in the act's set-list rules.`
        : `The act has no running-time rule: ${one ? 'the set is' : "each show's set is"} planned to fill the show from its set start to its curfew, up to 30 minutes shorter${range}${one ? '' : `; a show without both times gets ${fallback}`}. Set one in the act's set-list rules.`,
    )
  }
  const s = opts.settings
  const rules: PlanShowInput['rules'] = {
    ...setlistRules,
    setSize: s.setSize,
    pinned: s.pinned.filter((p) => known.has(p.recordingId)),
    excluded: s.excluded.filter((id) => known.has(id)),
    encore: s.encoreSongs ? { songs: s.encoreSongs } : null,
    acousticBlock: s.acousticBlock,
  }
  // a leg follows its tour's rotation; a tour without its own follows the act's
  const tourId = opts.group?.kind === 'tour' ? opts.group.id : opts.group?.kind === 'leg' ? await findLegTourId(db, ws, opts.group.id) : null
  const rotation = (tourId ? await effectiveTourRotation(db, ws, tourId) : null) ?? s.rotation
  const leadIds = [...new Set(songs.flatMap((x) => x.leadPersonIds))]
  const names = await personNames(db, ws, leadIds)
  return {
    repertoire: songs,
    shows,
    stored,
    rules,
    weights: s.weights,
    energyArc: s.energyArc,
    history: { lastTourSongKeys: context.lastTourSongKeys, sameCitySets, plays },
    personNames: Object.fromEntries(names),
    rotation,
    showTemplate: s.showTemplate,
    warnings,
  }
}

export function showInputOf(built: BuiltInput, show: PlannerShow, seed: number, budgetMs: number): PlanShowInput {
  return {
    repertoire: built.repertoire,
    show,
    rules: built.rules,
    weights: built.weights,
    energyArc: built.energyArc,
    history: built.history,
    seed,
    budgetMs,
    personNames: built.personNames,
    showTemplate: built.showTemplate,
  }
}

export function tourInputOf(built: BuiltInput, seed: number, budgetMs: number): PlanTourInput {
  return {
    repertoire: built.repertoire,
    shows: built.shows,
    rules: built.rules,
    weights: built.weights,
    energyArc: built.energyArc,
    history: built.history,
    seed,
    budgetMs,
    personNames: built.personNames,
    rotation: built.rotation,
    showTemplate: built.showTemplate,
  }
}
