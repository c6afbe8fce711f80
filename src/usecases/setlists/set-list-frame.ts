import { SetlistRulesSchema, type SetlistEntry, type SetlistRules } from '../../contract/setlists.ts'
import type { Db } from '../../db/client.ts'
import { getSettingsRow, listRecordingFacts } from '../../db/queries/setlists.ts'
import { personNames } from '../../db/queries/people.ts'
import { getStoredShow } from '../../db/queries/shows.ts'
import { addDays, localToInstant } from '../../domain/local-time.ts'
import { showTimeDays } from '../../domain/show-time-days.ts'
import { checkSetlist, SETLIST_RULES, type SetlistContext } from '../../domain/setlist-rules/index.ts'
import { loadHistoryContext } from '../played/history-context.ts'
import type { RuleViolation } from '../../contract/setlists.ts'

/** Everything around a version needed to time it, title its songs and check it against the act's rules. */
export interface SetlistFrame {
  titleOf: (entry: SetlistEntry) => string
  durationOf: (entry: SetlistEntry) => number | null
  setStart?: { instant: Date; zone: string }
  rules: SetlistRules
  context: SetlistContext
  /** Rules about the show's lineup and bill are checked only when the set list is for a show. */
  isForShow: boolean
}

function never(message: string): never {
  throw new Error(message)
}

const SHOW_RULES = new Set(['acoustic-section', 'guest-billed', 'same-city-repeat'])

/** The ids of the rules checked in a frame: those about the show's lineup and bill only for a show. */
export function ruleIdsOf(frame: Pick<SetlistFrame, 'isForShow'>): string[] {
  return SETLIST_RULES.map((r) => r.id).filter((id) => frame.isForShow || !SHOW_RULES.has(id))
}

/** The act's rules checked against a list in its frame. */
export function violationsOf(entries: SetlistEntry[], frame: SetlistFrame): RuleViolation[] {
  return checkSetlist(entries, frame.context, frame.rules, ruleIdsOf(frame))
}

/** The show's set start as an instant in the venue's zone, with its lineup roles and billed acts. */
async function showFrame(db: Db, workspaceId: string, showId: string | null) {
  const show = showId ? await getStoredShow(db, workspaceId, showId) : null
  if (!show) return { setStart: undefined, lineupRoles: [], billedGuests: [], isForShow: false, place: null }
  // A set starting after midnight (a late festival slot) is on the next day (show-time-days.ts).
  const setStartDate = showTimeDays(show.times).days.setStart === 1 ? addDays(show.localDate, 1) : show.localDate
  const local = show.times.setStart ? localToInstant(setStartDate, show.times.setStart, show.timeZone) : null
  return {
    setStart: local?.ok ? { instant: local.instant, zone: show.timeZone } : undefined,
    lineupRoles: show.lineup.map((l) => l.role),
    billedGuests: show.billing.map((b) => b.actName),
    isForShow: true,
    place: { startsAt: new Date(show.startsAt), city: show.city, country: show.country },
  }
}

/**
 * `target` names the leg or tour a list is for when it is not for one show (the last tour is then the
 * one that ended before its first show; otherwise before the show, or before `now`). `withHistory:
 * false` skips the played-history queries when no rule will be checked (titles and durations only).
 */
export async function loadFrame(
  db: Db,
  opts: {
    workspaceId: string
    actId: string
    entries: SetlistEntry[]
    showId: string | null
    target?: { kind: 'leg' | 'tour'; id: string } | null
    now?: Date
    withHistory?: boolean
  },
): Promise<SetlistFrame> {
  const ids = [...new Set(opts.entries.flatMap((e) => (e.recordingId ? [e.recordingId] : [])))]
  const recordings = new Map((await listRecordingFacts(db, opts.workspaceId, ids)).map((r) => [r.id, r]))
  const settings = await getSettingsRow(db, opts.workspaceId, opts.actId)
  const show = await showFrame(db, opts.workspaceId, opts.showId)
  const names = await personNames(db, opts.workspaceId, [...new Set([...recordings.values()].flatMap((r) => r.leadPersonIds))])
  const history =
    opts.withHistory === false
      ? { lastTourSongKeys: null, lastSameCitySongKeys: null }
      : await loadHistoryContext(db, opts.workspaceId, opts.actId, {
          show: show.place,
          group: opts.target ?? null,
          now: opts.now ?? never('loadFrame needs now to read played history'),
        })
  return {
    titleOf: (e) =>
      (e.recordingId ? recordings.get(e.recordingId)?.title : undefined) ?? (e.title?.trim() || (e.type === 'section' ? e.section : e.otherKind) || 'Untitled'),
    durationOf: (e) => (e.recordingId ? (recordings.get(e.recordingId)?.durationSeconds ?? null) : null),
    ...(show.setStart ? { setStart: show.setStart } : {}),
    rules: SetlistRulesSchema.parse(settings?.rules ?? {}),
    isForShow: show.isForShow,
    // The last tour's and the same city's sets come from played history (issue 4, after the show).
    context: {
      songs: new Map(
        [...recordings].map(([id, r]) => [
          id,
          { durationSeconds: r.durationSeconds, releasedOn: r.firstReleaseDate, leadPersonIds: r.leadPersonIds, needs: r.needs },
        ]),
      ),
      lineupRoles: show.lineupRoles,
      billedGuests: show.billedGuests,
      ...history,
      personNames: names,
    },
  }
}
