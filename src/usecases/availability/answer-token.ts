import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { unsubscribeKeyOf } from '../../db/queries/mail.ts'
import { getAvailabilityRequestRow } from '../../db/writes/availability-requests.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Deps } from '../deps.ts'

/**
 * The answer link of an availability request's email (ADR 042), signed the way the unsubscribe links
 * are (ADR 033): the workspace id, the request id and the person id (48 bytes, base64url) with an
 * HMAC-SHA256 cut to 128 bits, under the workspace's own mail key. The MAC covers a label of its own,
 * so no unsubscribe token is ever an answer token. 87 characters (Fastify refuses path parameters
 * over 100). Opening it (GET) only shows the request and the answer buttons; only the POST answers.
 */
export interface Subject {
  workspaceId: string
  requestId: string
  personId: string
}

const MAC_BYTES = 16
const LABEL = 'availability-answer.'
const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex')
const uuidOf = (b: Buffer) => b.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')

async function keyOf(deps: Deps, workspaceId: string): Promise<Buffer> {
  return Buffer.from(await unsubscribeKeyOf(deps.db, workspaceId, () => randomBytes(32).toString('base64url'), deps.clock.now()), 'base64url')
}

const mac = (key: Buffer, payload: string) =>
  createHmac('sha256', key)
    .update(LABEL + payload)
    .digest()
    .subarray(0, MAC_BYTES)

export async function answerToken(deps: Deps, s: Subject): Promise<string> {
  const payload = Buffer.concat([uuidBytes(s.workspaceId), uuidBytes(s.requestId), uuidBytes(s.personId)]).toString('base64url')
  return `${payload}.${mac(await keyOf(deps, s.workspaceId), payload).toString('base64url')}`
}

/** The signed link's subject, or a 404 (forged, altered, foreign, or for a request or person since removed). */
export async function verifyAnswerToken(deps: Deps, token: string): Promise<Subject> {
  const [payload, signature, ...rest] = token.split('.')
  const invalid = new NotFoundError('answer link', 'this one')
  if (!payload || !signature || rest.length > 0) throw invalid
  const bytes = Buffer.from(payload, 'base64url')
  if (bytes.length !== 48 || bytes.toString('base64url') !== payload) throw invalid
  const subject = { workspaceId: uuidOf(bytes.subarray(0, 16)), requestId: uuidOf(bytes.subarray(16, 32)), personId: uuidOf(bytes.subarray(32, 48)) }
  // the key is read only for a workspace that has one: a made-up workspace id makes no key
  const row = await getAvailabilityRequestRow(deps.db, subject.workspaceId, subject.requestId)
  if (!row) throw invalid
  const expected = mac(await keyOf(deps, subject.workspaceId), payload)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid
  return subject
}
