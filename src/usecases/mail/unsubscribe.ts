import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { personExists, setPreference, unsubscribeKeyOf } from '../../db/queries/mail.ts'
import { NotFoundError } from '../../domain/errors.ts'
import { KIND_LABELS, PREFERENCE_KINDS } from '../../domain/mail.ts'
import type { NotificationKind } from '../../domain/notifications.ts'
import type { Deps } from '../deps.ts'

/**
 * One-click unsubscribe (RFC 8058, ADR 033): a link per person and kind, signed with the
 * workspace's own HMAC-SHA256 key (made once, kept with the data), so it needs no login and cannot
 * be made for anyone else. Opening it (GET) only shows what it would do; the POST turns the kind's
 * email off, so a mail client that prefetches links changes nothing.
 */
interface Subject {
  workspaceId: string
  personId: string
  kind: NotificationKind
}

/** Fastify refuses a path parameter over 100 characters: the payload is binary (two UUIDs and the kind's index, 44 characters) and the MAC is cut to 128 bits (22). */
const MAC_BYTES = 16
const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex')
const uuidOf = (b: Buffer) => b.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')

async function keyOf(deps: Deps, workspaceId: string): Promise<Buffer> {
  return Buffer.from(await unsubscribeKeyOf(deps.db, workspaceId, () => randomBytes(32).toString('base64url'), deps.clock.now()), 'base64url')
}

const mac = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest().subarray(0, MAC_BYTES)

export async function unsubscribeToken(deps: Deps, s: Subject): Promise<string> {
  const payload = Buffer.concat([uuidBytes(s.workspaceId), uuidBytes(s.personId), Buffer.from([PREFERENCE_KINDS.indexOf(s.kind)])]).toString('base64url')
  return `${payload}.${mac(await keyOf(deps, s.workspaceId), payload).toString('base64url')}`
}

/** The signed link's subject, or a 404 (a forged, altered or foreign token, or a person since removed). */
async function verify(deps: Deps, token: string): Promise<Subject> {
  const [payload, signature, ...rest] = token.split('.')
  const invalid = new NotFoundError('unsubscribe link', 'this one')
  if (!payload || !signature || rest.length > 0) throw invalid
  const bytes = Buffer.from(payload, 'base64url')
  if (bytes.length !== 33 || bytes.toString('base64url') !== payload) throw invalid
  const workspaceId = uuidOf(bytes.subarray(0, 16))
  const personId = uuidOf(bytes.subarray(16, 32))
  const kind = PREFERENCE_KINDS[bytes[32]!]
  if (!kind) throw invalid
  if (!(await personExists(deps.db, workspaceId, personId))) throw invalid
  const expected = mac(await keyOf(deps, workspaceId), payload)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid
  return { workspaceId, personId, kind }
}

/** What the confirm page shows (GET): nothing changes. */
export async function previewUnsubscribe(deps: Deps, token: string): Promise<{ what: string }> {
  const s = await verify(deps, token)
  return { what: KIND_LABELS[s.kind] }
}

/** Turns the kind's email off for the person (POST, one click): done again, it stays off. */
export async function unsubscribe(deps: Deps, token: string): Promise<{ what: string }> {
  const s = await verify(deps, token)
  await setPreference(deps.db, {
    workspaceId: s.workspaceId,
    personId: s.personId,
    kind: s.kind,
    channel: 'email',
    setting: 'off',
    updatedAt: deps.clock.now(),
  })
  return { what: KIND_LABELS[s.kind] }
}
