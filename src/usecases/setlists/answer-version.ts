import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { Answer, AnswerBodySchema } from '../../contract/setlists.ts'
import type { Db } from '../../db/client.ts'
import {
  getProposalRow,
  getVersionRow,
  listAnswerRows,
  listVersionRows,
  nextVersionNumber,
  type ProposalRow,
  type VersionRow,
} from '../../db/queries/setlists.ts'
import { insertAnswer, lockProposal, touchProposal } from '../../db/writes/setlists.ts'
import { ConflictError, fieldError, NotFoundError, StaleVersionError } from '../../domain/errors.ts'
import type { ProposalTarget } from '../../domain/setlist.ts'
import type { Actor, Deps } from '../deps.ts'
import { tellAboutSetlist } from '../notifications/notify-job.ts'
import { actorPersonId, assertTakesPart } from './access.ts'
import { settleConsensus } from './consensus.ts'
import { insertProposal, insertVersion } from './create-proposal.ts'
import { assertEntriesValid } from './entries.ts'
import { loadVersion } from './get-proposal.ts'
import { presentAnswer } from './present-setlist.ts'

type Body = z.output<typeof AnswerBodySchema>

interface Answering {
  workspaceId: string
  personId: string
  proposal: ProposalRow
  version: VersionRow
  body: Body
  now: Date
}

/** What the body must carry for its kind: a reason to reject, text to comment (on an entry of this version), a list to amend. */
function assertWellFormed(version: VersionRow, body: Body): void {
  const hasText = Boolean(body.text?.trim())
  if (body.kind === 'reject' && !hasText) throw fieldError('text', 'say why you reject this version')
  if (body.kind === 'comment' && !hasText) throw fieldError('text', 'write the comment')
  if (body.kind === 'amend' && !body.entries) throw fieldError('entries', 'an amendment carries the amended set list')
  if (body.entryId && body.kind !== 'comment') throw fieldError('entryId', 'only a comment points at one entry')
  if (body.entryId && !version.entries.some((e) => e.id === body.entryId)) throw fieldError('entryId', 'no such entry in this version')
}

/**
 * Two members amending (or its author editing) the same version at once: the second write is
 * answered with 409 and the version to merge with, never applied over the first. An amendment must
 * start from the proposal's latest version; any answer that sends `revision` from that revision.
 * Returns the id of the version to show instead, or null when the answer may go ahead.
 */
async function staleAgainst(db: Db, workspaceId: string, version: VersionRow, body: Body): Promise<string | null> {
  const now = await getVersionRow(db, workspaceId, version.id)
  if (body.revision !== undefined && now && body.revision !== now.revision) return version.id
  if (body.kind !== 'amend') return null
  const latest = (await listVersionRows(db, workspaceId, version.proposalId)).at(-1)!
  return latest.id !== version.id ? latest.id : null
}

/** An amendment is the next version of the same proposal, derived from this one. */
async function amend(db: Db, a: Answering): Promise<string> {
  const entries = a.body.entries!
  await assertEntriesValid(db, { workspaceId: a.workspaceId, actId: a.proposal.actId, entries })
  const number = await nextVersionNumber(db, a.workspaceId, a.proposal.id)
  const version = await insertVersion(db, {
    workspaceId: a.workspaceId,
    proposalId: a.proposal.id,
    number,
    parentVersionId: a.version.id,
    authorPersonId: a.personId,
    kind: 'amendment',
    note: a.body.text ?? '',
    entries,
    now: a.now,
  })
  await settleConsensus(db, { workspaceId: a.workspaceId, actId: a.proposal.actId, version, now: a.now })
  return version.id
}

/** A counter-proposal is a proposal of its own for the same target, based on this version. */
async function counter(db: Db, a: Answering): Promise<string> {
  const entries = a.body.entries ?? a.version.entries
  await assertEntriesValid(db, { workspaceId: a.workspaceId, actId: a.proposal.actId, entries })
  const p = a.proposal
  const version = await insertProposal(db, {
    workspaceId: a.workspaceId,
    actId: p.actId,
    title: a.body.title?.trim() || `Counter-proposal to ${p.title}`,
    target: { kind: p.targetKind as ProposalTarget, showId: p.showId, legId: p.legId, tourId: p.tourId },
    authorPersonId: a.personId,
    basedOnVersionId: a.version.id,
    kind: 'counter',
    note: a.body.text ?? '',
    entries,
    now: a.now,
  })
  return version.id
}

/**
 * An agreed (or withdrawn) proposal is decided: approving, amending or rejecting it again would
 * change nothing or contradict the decision, so it is refused with what to do instead. Comments
 * and counter-proposals (a new proposal starting from it) remain open.
 */
function assertStillOpen(proposal: ProposalRow, kind: Body['kind']): void {
  if (proposal.status === 'open' || kind === 'comment' || kind === 'counter') return
  const what = kind === 'approve' ? 'approve' : kind === 'amend' ? 'amend' : 'reject'
  if (proposal.status === 'agreed') {
    throw new ConflictError(`“${proposal.title}” is already agreed, so there is nothing to ${what}. To change the list, make a counter-proposal from it.`, [
      { path: 'kind', message: 'the proposal is already agreed' },
    ])
  }
  throw new ConflictError(`“${proposal.title}” was withdrawn, so there is nothing to ${what}.`, [{ path: 'kind', message: 'the proposal was withdrawn' }])
}

/** Approve, amend, counter-propose, reject or comment; an approval that meets the act's rule agrees the proposal in the same transaction. */
export async function answerVersion(deps: Deps, actor: Actor, versionId: string, body: Body): Promise<Answer> {
  const ws = actor.workspaceId
  const personId = await actorPersonId(deps.db, actor)
  const version = await getVersionRow(deps.db, ws, versionId)
  if (!version) throw new NotFoundError('version', versionId)
  const proposal = (await getProposalRow(deps.db, ws, version.proposalId))!
  await assertTakesPart(deps.db, actor, proposal.actId, personId)
  assertWellFormed(version, body)
  const now = deps.clock.now()
  const id = uuidv7()
  const stale = await deps.db.transaction(async (tx) => {
    // One answer at a time per proposal: the checks below then see every answer and version committed before.
    await lockProposal(tx, ws, proposal.id)
    // Read under the lock: an approval committed just before may have agreed it.
    assertStillOpen((await getProposalRow(tx, ws, proposal.id))!, body.kind)
    const newer = await staleAgainst(tx, ws, version, body)
    if (newer) return newer
    const mine = (await listAnswerRows(tx, ws, [versionId])).filter((a) => a.personId === personId)
    if (body.kind !== 'comment' && mine.some((a) => a.kind === body.kind)) throw new ConflictError(`You already answered this version with ${body.kind}.`)
    const a: Answering = { workspaceId: ws, personId, proposal, version, body, now }
    const resultVersionId = body.kind === 'amend' ? await amend(tx, a) : body.kind === 'counter' ? await counter(tx, a) : null
    await insertAnswer(tx, {
      workspaceId: ws,
      id,
      versionId,
      personId,
      kind: body.kind,
      text: body.text?.trim() ?? '',
      entryId: body.entryId ?? null,
      resultVersionId,
      createdAt: now,
    })
    if (body.kind === 'approve') await settleConsensus(tx, { workspaceId: ws, actId: proposal.actId, version, now })
    await touchProposal(tx, ws, proposal.id, now)
    return null
  })
  if (stale) throw new StaleVersionError('version', await loadVersion(deps, actor, stale))
  await deps.events?.publish({ workspaceId: ws, kind: 'setlist.answer', proposalId: proposal.id, versionId, answerId: id })
  const notice = { workspaceId: ws, proposalId: proposal.id, versionId, actorPersonId: personId }
  await tellAboutSetlist(deps, { ...notice, kind: 'proposal.answered', answerId: id, answerKind: body.kind, versionAuthorPersonId: version.authorPersonId })
  if (proposal.status !== 'agreed' && (await getProposalRow(deps.db, ws, proposal.id))?.status === 'agreed') {
    await tellAboutSetlist(deps, { ...notice, kind: 'proposal.agreed' })
  }
  return presentAnswer((await listAnswerRows(deps.db, ws, [versionId])).find((a) => a.id === id)!)
}
