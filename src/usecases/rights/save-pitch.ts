import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { Pitch, PitchBodySchema, UpdatePitchBodySchema } from '../../contract/rights.ts'
import type { Db } from '../../db/client.ts'
import { listPitchRecords } from '../../db/queries/rights.ts'
import { actName } from '../../db/queries/acts.ts'
import { pitchRows } from '../../db/writes/documents.ts'
import { blockingExclusive } from '../../domain/availability.ts'
import { ConflictError, NotFoundError, ValidationError, fieldError, type FieldIssue } from '../../domain/errors.ts'
import { HOLD_KIND_LABELS } from '../../domain/rights.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { finishVersionedWrite } from '../versioned-write.ts'
import { loadRightsOfWorks, todayOf } from './rights-of-works.ts'
import { lockWork } from '../../db/queries/work-lock.ts'

type Body = z.output<typeof PitchBodySchema>
type UpdateBody = z.output<typeof UpdatePitchBodySchema>

/** The artist is an act here or a name, exactly one; the status cannot take effect before the pitch. */
function validate(body: Body): void {
  const issues: FieldIssue[] = []
  if (body.actId && body.artistName) issues.push({ path: 'artistName', message: 'name the artist as an act or by name, not both' })
  if (!body.actId && !body.artistName) issues.push({ path: 'artistName', message: 'name the artist the song is pitched to (or choose an act)' })
  if (body.statusOn && body.statusOn < body.pitchedOn)
    issues.push({ path: 'statusOn', message: `the status cannot date from before the pitch (${body.pitchedOn})` })
  if (issues.length) throw new ValidationError(issues)
}

async function artistName(db: Db, workspaceId: string, body: Body): Promise<string> {
  if (!body.actId) return body.artistName!
  const name = await actName(db, workspaceId, body.actId)
  if (name === null) throw fieldError('actId', `no act ${body.actId} in this workspace`)
  return name
}

const OPEN_STATUSES: readonly string[] = ['pitched', 'on-hold']

/**
 * Refuses a pitch on a day another party holds the work exclusively, naming the holder and the end;
 * and a pitch still open (pitched, on hold) saved on such a day, whatever day it is dated: an open
 * pitch dated today or earlier is an offer standing today, and a date before the hold must not get
 * one past it.
 */
async function assertPitchable(
  tx: Db,
  p: { workspaceId: string; workId: string; title: string; body: Body; artist: string; today: string; checkToday: boolean },
): Promise<void> {
  const rights = (await loadRightsOfWorks(tx, p.workspaceId, [p.workId])).get(p.workId)!
  const artistActId = p.body.actId ?? null
  const onPitchDay = blockingExclusive(rights.spans, p.body.pitchedOn, artistActId)
  // A pitch dated later stands from its own day, which the first check covers.
  const standsToday = p.checkToday && OPEN_STATUSES.includes(p.body.status) && p.body.pitchedOn <= p.today
  const today = standsToday ? blockingExclusive(rights.spans, p.today, artistActId) : null
  const blocking = onPitchDay ?? today
  if (!blocking) return
  const { holder, kind } = blocking.hold
  const held = `it is held by ${holder.name} (${HOLD_KIND_LABELS[kind]}) until ${blocking.to}`
  if (onPitchDay) {
    throw new ConflictError(`“${p.title}” cannot be pitched to ${p.artist} on ${p.body.pitchedOn}: ${held}.`, [
      { path: 'pitchedOn', message: `held exclusively by ${holder.name} until ${blocking.to}` },
    ])
  }
  throw new ConflictError(
    `“${p.title}” cannot have an open pitch to ${p.artist} today (${p.today}): ${held}. Record it as passed, or wait until the hold ends.`,
    [{ path: 'status', message: `an open pitch while ${holder.name} holds the song exclusively (until ${blocking.to})` }],
  )
}

function columns(body: Body) {
  return {
    actId: body.actId ?? null,
    artistName: body.actId ? null : body.artistName!,
    status: body.status,
    pitchedOn: body.pitchedOn,
    statusOn: body.statusOn ?? body.pitchedOn,
    notes: body.notes ?? '',
  }
}

async function loadPitch(db: Db, workspaceId: string, pitchId: string): Promise<Pitch | null> {
  const [pitch] = await listPitchRecords(db, workspaceId, { pitchId })
  return pitch ?? null
}

export async function createPitch(deps: Deps, actor: Actor, workId: string, body: Body): Promise<Pitch> {
  assertWritesAll(actor, 'pitches')
  validate(body)
  const ws = actor.workspaceId
  const id = uuidv7()
  await deps.db.transaction(async (tx) => {
    const title = await lockWork(tx, ws, workId)
    const artist = await artistName(tx, ws, body)
    await assertPitchable(tx, { workspaceId: ws, workId, title, body, artist, today: todayOf(deps.clock.now()), checkToday: true })
    const now = deps.clock.now()
    await pitchRows.insert(tx, { workspaceId: ws, id, workId, ...columns(body), createdAt: now, updatedAt: now })
  })
  return (await loadPitch(deps.db, ws, id))!
}

/** New notes never re-check holds; a new artist or pitch day does, and so does reopening a closed pitch. */
export async function updatePitch(deps: Deps, actor: Actor, pitchId: string, body: UpdateBody): Promise<Pitch> {
  assertWritesAll(actor, 'pitches')
  validate(body)
  const ws = actor.workspaceId
  const updatedRows = await deps.db.transaction(async (tx) => {
    const before = await loadPitch(tx, ws, pitchId)
    if (!before) throw new NotFoundError('pitch', pitchId)
    const title = await lockWork(tx, ws, before.workId)
    if (before.version !== body.version) return 0
    const artist = await artistName(tx, ws, body)
    const sameOffer = before.pitchedOn === body.pitchedOn && before.actId === (body.actId ?? null) && before.artistName === artist
    const reopened = !OPEN_STATUSES.includes(before.status) && OPEN_STATUSES.includes(body.status)
    if (!sameOffer || reopened)
      await assertPitchable(tx, {
        workspaceId: ws,
        workId: before.workId,
        title,
        body,
        artist,
        today: todayOf(deps.clock.now()),
        checkToday: reopened || !sameOffer,
      })
    return pitchRows.update(tx, ws, pitchId, { ...columns(body), updatedAt: deps.clock.now() }, body.version)
  })
  return finishVersionedWrite({ kind: 'pitch', id: pitchId, updatedRows, load: () => loadPitch(deps.db, ws, pitchId) })
}

export async function deletePitch(deps: Deps, actor: Actor, pitchId: string): Promise<void> {
  assertWritesAll(actor, 'pitches')
  if ((await pitchRows.delete(deps.db, actor.workspaceId, pitchId)) === 0) throw new NotFoundError('pitch', pitchId)
}
