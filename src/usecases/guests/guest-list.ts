import type { z } from 'zod'
import type { GuestList, GuestListSettingsBodySchema } from '../../contract/guests.ts'
import { missingActs } from '../../db/queries/acts.ts'
import { insertGuestListIfAbsent, showForGuests } from '../../db/queries/guests.ts'
import { missingPeople } from '../../db/queries/people.ts'
import { guestAllotmentRows, guestListRows } from '../../db/writes/documents.ts'
import { ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { allotmentIssues, cutoffInstant } from '../../domain/guests.ts'
import type { Actor, Deps } from '../deps.ts'
import { finishVersionedWrite } from '../versioned-write.ts'
import { assertManages, guestActor, loadShow, published, view } from './guest-actor.ts'

type SettingsBody = z.output<typeof GuestListSettingsBodySchema>

/** A show's guest list as its reader may see it: managers everything; members and touring musicians their own requests and the counts. */
export async function getGuestList(deps: Deps, actor: Actor, showId: string): Promise<GuestList> {
  return view(deps, await guestActor(deps, actor, 'read'), showId)
}

/** Sets the cut-off, the lock and the allotments under the list's version (0: the first save). */
export async function saveGuestListSettings(deps: Deps, actor: Actor, showId: string, body: SettingsBody): Promise<GuestList> {
  const who = await guestActor(deps, actor, 'write')
  assertManages(who, 'set a guest list’s allotments, cut-off and lock')
  const ws = actor.workspaceId
  const show = await loadShow(deps.db, ws, showId)
  const issues: FieldIssue[] = []
  const cutoff = cutoffInstant(body.cutoff, show.timeZone, show.endsAt)
  if (cutoff.issue) issues.push(cutoff.issue)
  issues.push(...allotmentIssues(body.allotments))
  const missingP = await missingPeople(
    deps.db,
    ws,
    body.allotments.flatMap((a) => (a.personId ? [a.personId] : [])),
  )
  const missingA = await missingActs(
    deps.db,
    ws,
    body.allotments.flatMap((a) => (a.actId ? [a.actId] : [])),
  )
  body.allotments.forEach((a, i) => {
    if (a.personId && missingP.has(a.personId)) issues.push({ path: `allotments.${i}.personId`, message: 'no such person in this workspace' })
    if (a.actId && missingA.has(a.actId)) issues.push({ path: `allotments.${i}.actId`, message: 'no such act in this workspace' })
  })
  if (issues.length) throw new ValidationError(issues)
  const now = deps.clock.now()
  const updatedRows = await deps.db.transaction(async (tx) => {
    const current = await showForGuests(tx, ws, showId)
    if (!current) return 0
    const set = { cutoffLocal: body.cutoff, cutoffAt: cutoff.at, locked: body.locked, updatedAt: now }
    const written =
      current.list === null
        ? body.version === 0
          ? await insertGuestListIfAbsent(tx, { workspaceId: ws, id: showId, version: 1, ...set })
          : 0
        : await guestListRows.update(tx, ws, showId, set, body.version)
    if (written === 0) return 0
    await guestAllotmentRows.replace(
      tx,
      ws,
      showId,
      body.allotments.map((a, position) => ({
        workspaceId: ws,
        showId,
        position,
        personId: a.personId ?? null,
        actId: a.actId ?? null,
        headLimit: a.headLimit,
        passTypes: a.passTypes,
      })),
    )
    return written
  })
  return published(deps, ws, showId, await finishVersionedWrite({ kind: 'guest list', id: showId, updatedRows, load: async () => view(deps, who, showId) }))
}
