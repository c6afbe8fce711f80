import { createHash, randomBytes } from 'node:crypto'
import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { AcceptAnswerBodySchema, CreatePromoterLinkBodySchema, PromoterLink } from '../../contract/advance.ts'
import { promoterLinkByTokenHash, promoterLinkOf, promoterLinksOfShow, showAdvanceOf, venueAdvanceOf, type PromoterLinkRow } from '../../db/queries/advance.ts'
import { decidePromoterAnswer, insertPromoterLink, revokePromoterLink as writeRevoke, saveVenueAdvance, submitPromoterAnswer } from '../../db/writes/advance.ts'
import { EMPTY_FACTS, answerChanges, applyAnswer, type Contact, type PromoterAnswer, type VenueFacts } from '../../domain/advance.ts'
import { ConflictError, ForbiddenError, NotFoundError, StaleVersionError, ValidationError } from '../../domain/errors.ts'
import { managesPromoterLinks } from '../../domain/permissions.ts'
import type { Actor, Deps } from '../deps.ts'

type CreateBody = z.output<typeof CreatePromoterLinkBodySchema>
type AcceptBody = z.output<typeof AcceptAnswerBodySchema>

const DAY_MS = 86_400_000
/** The SHA-256 a token is stored and looked up by (ADR 037): a database leak yields no working link. */
export const tokenHashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex')

function assertManages(actor: Actor): void {
  if (!managesPromoterLinks(actor.role)) throw new ForbiddenError(`Your role (${actor.role}) may not manage promoter links.`)
}

async function venueOfShow(deps: Deps, workspaceId: string, showId: string) {
  const found = await showAdvanceOf(deps.db, workspaceId, showId)
  if (!found) throw new NotFoundError('show', showId)
  return found.show.venueId
}

/** What the venue holds now (empty before anything is saved), the "before" of a promoter's diff. */
async function venueNow(deps: Deps, workspaceId: string, venueId: string): Promise<PromoterAnswer & { version: number }> {
  const found = await venueAdvanceOf(deps.db, workspaceId, venueId)
  const a = found?.advance
  return {
    version: a?.version ?? 0,
    facts: { ...EMPTY_FACTS, ...((a?.facts as Partial<VenueFacts> | undefined) ?? {}) },
    contacts: (a?.contacts as Contact[] | undefined) ?? [],
  }
}

function stateOf(row: PromoterLinkRow, now: Date): PromoterLink['state'] {
  if (row.revokedAt) return 'revoked'
  return now >= row.expiresAt ? 'expired' : 'open'
}

function present(row: PromoterLinkRow, venue: PromoterAnswer, now: Date): PromoterLink {
  const waiting = row.submission !== null && row.decision === null
  return {
    id: row.id,
    showId: row.showId,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    state: stateOf(row, now),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    decision: row.submission === null ? null : ((row.decision as 'accepted' | 'dismissed' | null) ?? 'waiting'),
    changes: waiting ? answerChanges(venue, row.submission as PromoterAnswer) : [],
  }
}

/** A show's promoter links, newest first, each with what its waiting answer would change on the venue (owners and managers). */
export async function listPromoterLinks(deps: Deps, actor: Actor, showId: string): Promise<PromoterLink[]> {
  assertManages(actor)
  const venueId = await venueOfShow(deps, actor.workspaceId, showId)
  const venue = await venueNow(deps, actor.workspaceId, venueId)
  const now = deps.clock.now()
  return (await promoterLinksOfShow(deps.db, actor.workspaceId, showId)).map((row) => present(row, venue, now))
}

async function getLink(deps: Deps, actor: Actor, showId: string, linkId: string): Promise<PromoterLink> {
  const row = await promoterLinkOf(deps.db, actor.workspaceId, showId, linkId)
  if (!row) throw new NotFoundError('promoter link', linkId)
  const venue = await venueNow(deps, actor.workspaceId, await venueOfShow(deps, actor.workspaceId, showId))
  return present(row, venue, deps.clock.now())
}

/**
 * A new private link for the show's promoter. The token is in this answer only (and only its hash is
 * stored), so only the manager who creates the link ever reads it; losing it means revoking and
 * making another.
 */
export async function createPromoterLink(
  deps: Deps,
  actor: Actor,
  showId: string,
  body: CreateBody,
  baseUrl: string,
): Promise<PromoterLink & { token: string; url: string }> {
  assertManages(actor)
  await venueOfShow(deps, actor.workspaceId, showId)
  const token = randomBytes(32).toString('base64url')
  const now = deps.clock.now()
  const id = uuidv7()
  await insertPromoterLink(deps.db, {
    workspaceId: actor.workspaceId,
    id,
    showId,
    tokenHash: tokenHashOf(token),
    createdBy: actor.userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + body.expiresInDays * DAY_MS),
  })
  return { ...(await getLink(deps, actor, showId, id)), token, url: `${baseUrl}/advance/${token}` }
}

/** Revokes a link: from now on it answers 410; an answer already sent stays to be decided. */
export async function revokePromoterLink(deps: Deps, actor: Actor, showId: string, linkId: string): Promise<PromoterLink> {
  assertManages(actor)
  if (!(await promoterLinkOf(deps.db, actor.workspaceId, showId, linkId))) throw new NotFoundError('promoter link', linkId)
  await writeRevoke(deps.db, actor.workspaceId, linkId, deps.clock.now())
  return getLink(deps, actor, showId, linkId)
}

async function waitingAnswer(deps: Deps, actor: Actor, showId: string, linkId: string) {
  const row = await promoterLinkOf(deps.db, actor.workspaceId, showId, linkId)
  if (!row) throw new NotFoundError('promoter link', linkId)
  if (row.submission === null || row.submittedAt === null) throw new ConflictError('The promoter has not answered through this link yet.')
  if (row.decision !== null) throw new ConflictError(`This answer was ${row.decision} already.`)
  return { row, submittedAt: row.submittedAt, answer: row.submission as PromoterAnswer }
}

/**
 * Takes a promoter's answer into the venue (remembered for the next visit): the fields named (by
 * default every changed one), under the venue's version the diff was read against (409 otherwise).
 */
export async function acceptPromoterAnswer(deps: Deps, actor: Actor, showId: string, linkId: string, body: AcceptBody): Promise<PromoterLink> {
  assertManages(actor)
  const ws = actor.workspaceId
  const { submittedAt, answer } = await waitingAnswer(deps, actor, showId, linkId)
  const venueId = await venueOfShow(deps, ws, showId)
  const venue = await venueNow(deps, ws, venueId)
  const changed = answerChanges(venue, answer).map((c) => c.field)
  const fields = body.fields ?? changed
  const unknown = fields.flatMap((f, i) => (changed.includes(f) ? [] : [{ path: `fields.${i}`, message: `${f} is not a change of this answer` }]))
  if (unknown.length) throw new ValidationError(unknown)
  const next = applyAnswer(venue, answer, fields)
  const now = deps.clock.now()
  // the venue changed since the diff was read: 409 with the venue as it is now (a manager reads all of it)
  const stale = async () => new StaleVersionError('venue facts', { venueId, ...(await venueNow(deps, ws, venueId)) })
  if (fields.length === 0 && body.venueVersion !== venue.version) throw await stale()
  const written = await deps.db.transaction(async (tx) => {
    if (fields.length && (await saveVenueAdvance(tx, { workspaceId: ws, id: venueId, ...next, updatedAt: now }, body.venueVersion)) === 0) return false
    if ((await decidePromoterAnswer(tx, ws, linkId, 'accepted', submittedAt, now)) === 0)
      throw new ConflictError('The promoter answered again or someone decided meanwhile; reload.')
    return true
  })
  if (!written) throw await stale()
  return getLink(deps, actor, showId, linkId)
}

/** Dismisses a promoter's answer: the venue keeps what it had. */
export async function dismissPromoterAnswer(deps: Deps, actor: Actor, showId: string, linkId: string): Promise<PromoterLink> {
  assertManages(actor)
  const { submittedAt } = await waitingAnswer(deps, actor, showId, linkId)
  if ((await decidePromoterAnswer(deps.db, actor.workspaceId, linkId, 'dismissed', submittedAt, deps.clock.now())) === 0)
    throw new ConflictError('The promoter answered again or someone decided meanwhile; reload.')
  return getLink(deps, actor, showId, linkId)
}

// ── the promoter's side: no account, the token is the key ──

export interface PromoterFormShow {
  actName: string
  venueName: string
  city: string
  localDate: string
  expiresAt: Date
}
export type PromoterFormState =
  | { status: 'unknown' }
  | { status: 'gone'; reason: 'expired' | 'revoked' }
  | { status: 'open'; show: PromoterFormShow; values: PromoterAnswer; answered: boolean }

async function openLink(deps: Deps, token: string) {
  const found = await promoterLinkByTokenHash(deps.db, tokenHashOf(token))
  if (!found) return { state: { status: 'unknown' } as const }
  const state = stateOf(found.link, deps.clock.now())
  if (state !== 'open') return { state: { status: 'gone', reason: state } as const }
  return { found }
}

/**
 * What the promoter's form shows (a GET: changes nothing): the show, and the venue's facts and people
 * as the band keeps them (or the promoter's own last answer), for them to confirm or correct.
 */
export async function readPromoterForm(deps: Deps, token: string): Promise<PromoterFormState> {
  const { state, found } = await openLink(deps, token)
  if (state) return state
  const { link, actName, venueName, city, localDate, venueId } = found
  const venue = await venueNow(deps, link.workspaceId, venueId)
  const values = link.submission ? (link.submission as PromoterAnswer) : { facts: venue.facts, contacts: venue.contacts }
  return { status: 'open', show: { actName, venueName, city, localDate, expiresAt: link.expiresAt }, values, answered: link.submission !== null }
}

/** Keeps the promoter's answer on the link, waiting for the tour manager (the last answer counts). */
export async function answerPromoterForm(deps: Deps, token: string, answer: PromoterAnswer): Promise<PromoterFormState> {
  const { state, found } = await openLink(deps, token)
  if (state) return state
  const written = await submitPromoterAnswer(deps.db, found.link.workspaceId, found.link.id, answer, deps.clock.now())
  if (written === 0) return { status: 'gone', reason: 'revoked' }
  return readPromoterForm(deps, token)
}
