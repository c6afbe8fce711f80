import type { Db } from '../../db/client.ts'
import { firstShowStart, lastPlayedInCity, lastTourPlayedEntries } from '../../db/queries/play-history.ts'
import { songKey } from '../../domain/setlist-diff.ts'
import type { SetlistEntry } from '../../contract/setlists.ts'

const keysOf = (lists: SetlistEntry[][]): string[] => [...new Set(lists.flatMap((l) => l.flatMap((e) => songKey(e) ?? [])))]

export interface HistoryTarget {
  /** The show the list is for: the last tour is the one that ended before it, the city is its venue's. */
  show?: { startsAt: Date; city: string; country: string } | null
  /** A leg or tour the list is for: the last tour is the one that ended before its first show. */
  group?: { kind: 'leg' | 'tour'; id: string } | null
  now: Date
}

/**
 * What the rules "differ from the last tour" and "same-city repeat" compare with (issue 4): the song
 * keys played on the act's most recent tour that ended before the target, and (for a show) those of
 * the act's most recent played list in the same city before it. Two queries (three for a leg or tour).
 */
export async function loadHistoryContext(
  db: Db,
  workspaceId: string,
  actId: string,
  target: HistoryTarget,
): Promise<{ lastTourSongKeys: string[] | null; lastSameCitySongKeys: string[] | null }> {
  let before = target.show?.startsAt ?? target.now
  if (!target.show && target.group) before = (await firstShowStart(db, workspaceId, target.group.kind, target.group.id)) ?? target.now
  const lastTour = await lastTourPlayedEntries(db, workspaceId, actId, before)
  const sameCity = target.show ? await lastPlayedInCity(db, workspaceId, actId, { city: target.show.city, country: target.show.country, before }) : null
  return {
    lastTourSongKeys: lastTour && lastTour.length ? keysOf(lastTour) : null,
    lastSameCitySongKeys: sameCity ? keysOf([sameCity]) : null,
  }
}
