import type { SetlistEntry } from '../../contract/setlists.ts'
import { getPlayedRow, insertPlayed, updatePlayed, type PlayedRow } from '../../db/queries/play-history.ts'
import { getShowSetlistRow, getVersionRow } from '../../db/queries/setlists.ts'
import { getStoredShow } from '../../db/queries/shows.ts'
import type { Db } from '../../db/client.ts'
import { fieldError, NotFoundError, StaleVersionError } from '../../domain/errors.ts'
import { diffSetlists } from '../../domain/setlist-diff.ts'
import { readerOf } from '../read-access.ts'
import type { Actor, Deps } from '../deps.ts'
import { actorPersonId, assertTakesPart } from '../setlists/access.ts'
import { assertEntriesValid } from '../setlists/entries.ts'
import { loadFrame } from '../setlists/set-list-frame.ts'
import type { PlayedSetlist, RecordPlayedBody } from '../../contract/played.ts'

/** The agreed version applied to a show, with its entries; null when none was applied. */
async function appliedVersion(db: Db, workspaceId: string, showId: string) {
  const applied = await getShowSetlistRow(db, workspaceId, showId)
  return applied ? getVersionRow(db, workspaceId, applied.versionId) : null
}

async function present(db: Db, workspaceId: string, actId: string, row: PlayedRow): Promise<PlayedSetlist> {
  const agreed = await appliedVersion(db, workspaceId, row.showId)
  const frame = await loadFrame(db, { workspaceId, actId, entries: [...row.entries, ...(agreed?.entries ?? [])], showId: null, withHistory: false })
  return {
    showId: row.showId,
    entries: row.entries.map((e) => ({ ...e, displayTitle: frame.titleOf(e) })),
    source: row.source,
    sourceId: row.sourceId,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
    version: row.version,
    appliedVersionId: agreed?.id ?? null,
    changes: agreed ? diffSetlists(agreed.entries, row.entries, frame.titleOf) : null,
  }
}

async function showActOrThrow(db: Db, workspaceId: string, showId: string): Promise<string> {
  const show = await getStoredShow(db, workspaceId, showId)
  if (!show) throw new NotFoundError('show', showId)
  return show.actId
}

/** What was played at a show, with the changes from the agreed list applied to it. */
export async function getPlayedSetlist(deps: Deps, actor: Actor, showId: string): Promise<PlayedSetlist> {
  await readerOf(deps, actor, 'played')
  const ws = actor.workspaceId
  const actId = await showActOrThrow(deps.db, ws, showId)
  const row = await getPlayedRow(deps.db, ws, showId)
  if (!row) throw new NotFoundError('played set list of show', showId)
  return present(deps.db, ws, actId, row)
}

/**
 * Records what was actually played at a show (the act's members and touring musicians, owners and
 * managers). Without entries it records the applied agreed list as it stands. The show's status is
 * left alone. The first record needs no version; later ones carry the version read (409 when stale).
 */
export async function recordPlayedSetlist(deps: Deps, actor: Actor, showId: string, body: RecordPlayedBody): Promise<PlayedSetlist> {
  const ws = actor.workspaceId
  const actId = await showActOrThrow(deps.db, ws, showId)
  const personId = actor.role === 'owner' || actor.role === 'manager' || actor.role === 'viewer' ? '' : await actorPersonId(deps.db, actor)
  await assertTakesPart(deps.db, actor, actId, personId)
  let entries: SetlistEntry[]
  if (body.entries) entries = body.entries
  else {
    const agreed = await appliedVersion(deps.db, ws, showId)
    if (!agreed) throw fieldError('entries', 'no agreed set list is applied to this show, so say what was played')
    entries = agreed.entries
  }
  await assertEntriesValid(deps.db, { workspaceId: ws, actId, entries })
  const current = await getPlayedRow(deps.db, ws, showId)
  const row = { workspaceId: ws, showId, entries, recordedBy: actor.userId, recordedAt: deps.clock.now() }
  const written = current ? await updatePlayed(deps.db, { ...row, version: body.version ?? -1 }) : await insertPlayed(deps.db, row)
  const after = await getPlayedRow(deps.db, ws, showId)
  if (!after) throw new NotFoundError('show', showId)
  if (written === 0) throw new StaleVersionError('played set list', await present(deps.db, ws, actId, after))
  return present(deps.db, ws, actId, after)
}
