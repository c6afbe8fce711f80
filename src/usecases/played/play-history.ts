import { actName } from '../../db/queries/acts.ts'
import { currentTourOf, getRecordingAct, listActPlays, recordingTitles, type PlayRow } from '../../db/queries/play-history.ts'
import type { Db } from '../../db/client.ts'
import { NotFoundError } from '../../domain/errors.ts'
import { songKey } from '../../domain/setlist-diff.ts'
import { readerOf } from '../read-access.ts'
import type { Actor, Deps } from '../deps.ts'
import type { ActPlayHistory, RecordingPlayHistory, SongHistory } from '../../contract/played.ts'

const placeOf = (p: PlayRow) => ({ showId: p.showId, date: p.localDate, venueName: p.venueName, city: p.city, country: p.country })

/** Distinct song keys of a played list (a reprise counts once per show), with the first entry of each. */
function songsOf(play: PlayRow) {
  const songs = new Map<string, { recordingId: string | null; title: string | null }>()
  for (const e of play.entries) {
    const key = songKey(e)
    if (key && !songs.has(key)) songs.set(key, { recordingId: e.recordingId ?? null, title: e.title?.trim() || null })
  }
  return songs
}

/** Per song: times played overall and on the current tour, and the last show it was played at; last played first. */
async function historyOf(db: Db, workspaceId: string, actId: string, today: string) {
  const plays = await listActPlays(db, workspaceId, actId)
  const tour = await currentTourOf(db, workspaceId, actId, today)
  const songs = new Map<string, SongHistory>()
  for (const play of plays) {
    for (const [key, s] of songsOf(play)) {
      let h = songs.get(key)
      if (!h)
        songs.set(key, (h = { songKey: key, recordingId: s.recordingId, title: s.title ?? '', timesPlayed: 0, timesThisTour: 0, lastPlayed: placeOf(play) }))
      h.timesPlayed++
      if (tour && play.tourId === tour.id) h.timesThisTour++
    }
  }
  const titles = await recordingTitles(
    db,
    workspaceId,
    [...songs.values()].flatMap((h) => (h.recordingId ? [h.recordingId] : [])),
  )
  for (const h of songs.values()) if (h.recordingId) h.title = titles.get(h.recordingId) ?? (h.title || 'Untitled')
  // plays are newest first, so insertion order is last-played order
  return { plays, tour, songs: [...songs.values()] }
}

const todayOf = (deps: Deps) => deps.clock.now().toISOString().slice(0, 10)

export async function actPlayHistory(deps: Deps, actor: Actor, actId: string): Promise<ActPlayHistory> {
  await readerOf(deps, actor, 'played')
  if ((await actName(deps.db, actor.workspaceId, actId)) === null) throw new NotFoundError('act', actId)
  const { tour, songs } = await historyOf(deps.db, actor.workspaceId, actId, todayOf(deps))
  return { actId, tour, songs }
}

/** One recording's history in its act's shows, with every show it was played at. */
export async function recordingPlayHistory(deps: Deps, actor: Actor, recordingId: string): Promise<RecordingPlayHistory> {
  await readerOf(deps, actor, 'played')
  const ws = actor.workspaceId
  const recording = await getRecordingAct(deps.db, ws, recordingId)
  if (!recording) throw new NotFoundError('recording', recordingId)
  const { plays, tour, songs } = await historyOf(deps.db, ws, recording.actId, todayOf(deps))
  const key = `rec:${recordingId}`
  const found = songs.find((s) => s.songKey === key)
  const title = found?.title ?? (await recordingTitles(deps.db, ws, [recordingId])).get(recordingId) ?? 'Untitled'
  return {
    songKey: key,
    recordingId,
    title,
    timesPlayed: found?.timesPlayed ?? 0,
    timesThisTour: found?.timesThisTour ?? 0,
    lastPlayed: found?.lastPlayed ?? null,
    actId: recording.actId,
    tour,
    plays: plays.filter((p) => songsOf(p).has(key)).map(placeOf),
  }
}
