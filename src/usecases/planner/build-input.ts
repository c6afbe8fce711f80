import type { PlannerSettings } from '../../contract/planner-runs.ts'
import type { PlannerShow, PlannerSong, PlanShowInput, PlanTourInput } from '../../contract/planner.ts'
import type { SetlistEntry, SetlistRules } from '../../contract/setlists.ts'
import type { Db } from '../../db/client.ts'
import { lastPlayedInCity, listActPlays } from '../../db/queries/play-history.ts'
import { listRepertoireRows, type RepertoireRow } from '../../db/queries/planner.ts'
import { getSettingsRow, personNames } from '../../db/queries/setlists.ts'
import { getStoredShow, type StoredShow } from '../../db/queries/shows.ts'
import { songKey } from '../../domain/setlist-diff.ts'
import { loadHistoryContext } from '../played/history-context.ts'

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
      recordingId: r.id, title: r.title, durationSeconds: r.durationSeconds,
      key: (r.key as PlannerSong['key']) ?? null, mode: (r.mode as PlannerSong['mode']) ?? null,
      tempoBpm: r.tempoBpm, energy: r.energy === null ? null : Math.min(10, Math.max(1, r.energy)),
      leadPersonIds: r.leadPersonIds, needs: r.needs,
      // A song that needs a guest: its featured artists, or any act billed beside the band (the support act's duet).
      guests: r.needs.includes('guest') ? [...new Set([...r.featuredActNames, ...guestsAtShows])] : r.featuredActNames,
      releasedOn: r.firstReleaseDate, fanDemand: null, single: false,
    })
  }
  const warnings = untimed.length ? [`Left out ${untimed.length} recording${untimed.length === 1 ? '' : 's'} without a duration: ${untimed.join(', ')}`] : []
  return { songs, warnings }
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
export async function buildPlannerInput(db: Db, opts: {
  workspaceId: string; actId: string; actName: string; showIds: string[]; settings: PlannerSettings
  group: { kind: 'leg' | 'tour'; id: string } | null; now: Date
}): Promise<BuiltInput> {
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
    .flatMap((p) => [...new Set(p.entries.flatMap((e) => (e.type === 'song' && e.recordingId && known.has(e.recordingId) ? [e.recordingId] : [])))].map((recordingId) => ({ recordingId, date: p.localDate, city: p.city })))

  const settingsRow = await getSettingsRow(db, ws, opts.actId)
  const setlistRules = (settingsRow?.rules ?? {}) as SetlistRules
  const s = opts.settings
  const rules: PlanShowInput['rules'] = {
    ...setlistRules,
    guestSongsNeedBilledGuest: setlistRules.guestSongsNeedBilledGuest ?? true,
    setSize: s.setSize,
    pinned: s.pinned.filter((p) => known.has(p.recordingId)),
    excluded: s.excluded.filter((id) => known.has(id)),
    encore: s.encoreSongs ? { songs: s.encoreSongs } : null,
    acousticBlock: s.acousticBlock,
  }
  const leadIds = [...new Set(songs.flatMap((x) => x.leadPersonIds))]
  const names = await personNames(db, ws, leadIds)
  return {
    repertoire: songs, shows, stored, rules, weights: s.weights, energyArc: s.energyArc,
    history: { lastTourSongKeys: context.lastTourSongKeys, sameCitySets, plays },
    personNames: Object.fromEntries(names), warnings,
  }
}

export function showInputOf(built: BuiltInput, show: PlannerShow, seed: number, budgetMs: number): PlanShowInput {
  return { repertoire: built.repertoire, show, rules: built.rules, weights: built.weights, energyArc: built.energyArc, history: built.history, seed, budgetMs, personNames: built.personNames }
}

export function tourInputOf(built: BuiltInput, seed: number, budgetMs: number): PlanTourInput {
  return { repertoire: built.repertoire, shows: built.shows, rules: built.rules, weights: built.weights, energyArc: built.energyArc, history: built.history, seed, budgetMs, personNames: built.personNames }
}
