import { createPublicKey } from 'node:crypto'
import { uuidv7 } from 'uuidv7'
import type { PushDevice, SubscribeBody } from '../../contract/push.ts'
import { findPersonIdOfUser } from '../../db/queries/accounts.ts'
import { deleteSubscription, subscriptionByEndpoint, subscriptionsOfPerson, upsertSubscription, type PushSubscriptionRow } from '../../db/queries/push.ts'
import { ConflictError, fieldError, NotFoundError } from '../../domain/errors.ts'
import { base64UrlBytes, deviceLabel, endpointProblem, MAX_DEVICES_PER_PERSON } from '../../domain/push.ts'
import type { Actor, Deps } from '../deps.ts'
import { vapidKeys } from './vapid.ts'

/** The key the browser subscribes with (resource `notifications`: everyone who has an inbox). */
export async function vapidPublicKey(deps: Deps): Promise<{ publicKey: string }> {
  return { publicKey: (await vapidKeys(deps)).publicKey }
}

async function myPersonId(deps: Deps, actor: Actor): Promise<string> {
  const personId = await findPersonIdOfUser(deps.db, actor.workspaceId, actor.userId)
  if (!personId) throw new ConflictError('Your account has no person record in this workspace, so there is nothing to tell you.')
  return personId
}

/** The browser's key must be a point on P-256 (the shape alone is checked by the contract). */
function isOnCurve(p256dh: string): boolean {
  const point = Buffer.from(base64UrlBytes(p256dh)!)
  try {
    createPublicKey({
      key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') },
      format: 'jwk',
    })
    return true
  } catch {
    return false
  }
}

function present(row: PushSubscriptionRow): PushDevice {
  return { id: row.id, endpoint: row.endpoint, label: row.label, createdAt: row.createdAt.toISOString(), lastSentAt: row.lastSentAt?.toISOString() ?? null }
}

/** Keeps this device for the signed-in person; the same endpoint again is the same device (created false). */
export async function subscribe(
  deps: Deps,
  actor: Actor,
  body: SubscribeBody,
  userAgent: string | undefined,
): Promise<{ device: PushDevice; created: boolean }> {
  const problem = endpointProblem(body.endpoint, { allowLoopbackHttp: deps.push?.allowLoopbackHttp })
  if (problem) throw fieldError('endpoint', problem)
  if (!isOnCurve(body.keys.p256dh)) throw fieldError('keys.p256dh', 'is not a point on the P-256 curve')
  const personId = await myPersonId(deps, actor)
  const p256dh = body.keys.p256dh.replace(/=+$/, '')
  const auth = body.keys.auth.replace(/=+$/, '')
  // someone else signing in on the same browser takes the device over, with the browser's own keys;
  // an endpoint alone (without them) takes nobody's device
  const existing = await subscriptionByEndpoint(deps.db, actor.workspaceId, body.endpoint)
  if (existing && existing.personId !== personId && (existing.p256dh !== p256dh || existing.auth !== auth))
    throw new ConflictError('This endpoint is subscribed already with other keys.', [{ path: 'endpoint', message: 'subscribed already with other keys' }])
  let mine = await subscriptionsOfPerson(deps.db, actor.workspaceId, personId)
  // the push service changed the device's subscription (pushsubscriptionchange): the old one goes, its name stays
  const replaced = body.replaces !== undefined && body.replaces !== body.endpoint ? mine.find((s) => s.endpoint === body.replaces) : undefined
  if (body.replaces !== undefined && body.replaces !== body.endpoint && !replaced) throw new NotFoundError('device', body.replaces)
  if (replaced) mine = mine.filter((s) => s.id !== replaced.id)
  if (mine.length >= MAX_DEVICES_PER_PERSON && !mine.some((s) => s.endpoint === body.endpoint))
    throw new ConflictError(`You have ${MAX_DEVICES_PER_PERSON} devices taking notifications here; remove one first.`)
  const write = async (db: typeof deps.db) => {
    if (replaced) await deleteSubscription(db, actor.workspaceId, personId, replaced.id)
    return upsertSubscription(db, {
      workspaceId: actor.workspaceId,
      id: uuidv7(),
      personId,
      endpoint: body.endpoint,
      p256dh,
      auth,
      label: body.label ?? replaced?.label ?? deviceLabel(userAgent),
      createdAt: deps.clock.now(),
    })
  }
  const { row, created } = replaced ? await deps.db.transaction((tx) => write(tx as unknown as typeof deps.db)) : await write(deps.db)
  return { device: present(row), created }
}

export async function myDevices(deps: Deps, actor: Actor): Promise<PushDevice[]> {
  const personId = await findPersonIdOfUser(deps.db, actor.workspaceId, actor.userId)
  return personId ? (await subscriptionsOfPerson(deps.db, actor.workspaceId, personId)).map(present) : []
}

/** Forgets one of my devices (another person's is a 404, as if it were not there). */
export async function unsubscribe(deps: Deps, actor: Actor, id: string): Promise<void> {
  const personId = await findPersonIdOfUser(deps.db, actor.workspaceId, actor.userId)
  if (!personId || !(await deleteSubscription(deps.db, actor.workspaceId, personId, id))) throw new NotFoundError('device', id)
}
