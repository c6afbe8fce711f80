import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { CreateProposalBodySchema, Proposal, SetlistEntry } from '../../contract/setlists.ts'
import type { Db } from '../../db/client.ts'
import { actOfTarget, getProposalRow, getVersionRow, type VersionRow } from '../../db/queries/setlists.ts'
import { actName } from '../../db/queries/acts.ts'
import { setlistProposals, setlistVersions } from '../../db/schema/index.ts'
import { fieldError } from '../../domain/errors.ts'
import type { ProposalTarget, VersionKind } from '../../domain/setlist.ts'
import type { Actor, Deps } from '../deps.ts'
import { tellAboutSetlist } from '../notifications/notify-job.ts'
import { actorPersonId, assertTakesPart } from './access.ts'
import { settleConsensus } from './consensus.ts'
import { assertEntriesValid } from './entries.ts'
import { presentProposal } from './present-setlist.ts'

type Body = z.output<typeof CreateProposalBodySchema>

/** Writes one version; the caller checked its entries. */
export async function insertVersion(
  db: Db,
  v: {
    workspaceId: string
    proposalId: string
    number: number
    parentVersionId: string | null
    authorPersonId: string
    kind: VersionKind
    note: string
    entries: SetlistEntry[]
    now: Date
  },
): Promise<VersionRow> {
  const id = uuidv7()
  await db.insert(setlistVersions).values({ ...v, id, createdAt: v.now, updatedAt: v.now })
  return (await getVersionRow(db, v.workspaceId, id))!
}

export interface NewProposal {
  workspaceId: string
  actId: string
  title: string
  target: { kind: ProposalTarget; showId: string | null; legId: string | null; tourId: string | null }
  authorPersonId: string
  basedOnVersionId: string | null
  kind: VersionKind
  note: string
  entries: SetlistEntry[]
  now: Date
}

/** Writes a proposal with its version 1 and settles consensus (the author counts as approving). */
export async function insertProposal(db: Db, p: NewProposal): Promise<VersionRow> {
  const id = uuidv7()
  await db.insert(setlistProposals).values({
    workspaceId: p.workspaceId,
    id,
    actId: p.actId,
    title: p.title,
    targetKind: p.target.kind,
    showId: p.target.showId,
    legId: p.target.legId,
    tourId: p.target.tourId,
    authorPersonId: p.authorPersonId,
    status: 'open',
    basedOnVersionId: p.basedOnVersionId,
    createdAt: p.now,
    updatedAt: p.now,
  })
  const version = await insertVersion(db, {
    workspaceId: p.workspaceId,
    proposalId: id,
    number: 1,
    parentVersionId: p.basedOnVersionId,
    authorPersonId: p.authorPersonId,
    kind: p.kind,
    note: p.note,
    entries: p.entries,
    now: p.now,
  })
  await settleConsensus(db, { workspaceId: p.workspaceId, actId: p.actId, version, now: p.now })
  return version
}

/** The show, leg or tour a proposal is for must be the act's. */
async function targetOf(db: Db, workspaceId: string, body: Body): Promise<NewProposal['target']> {
  const none = { showId: null, legId: null, tourId: null }
  if (body.targetKind === 'none') return { kind: 'none', ...none }
  if (!body.targetId) throw fieldError('targetId', `name the ${body.targetKind} this set list is for`)
  const actId = await actOfTarget(db, workspaceId, body.targetKind, body.targetId)
  if (actId !== body.actId) throw fieldError('targetId', `no ${body.targetKind} of this act here`)
  return { kind: body.targetKind, ...none, [`${body.targetKind}Id`]: body.targetId }
}

export async function createProposal(deps: Deps, actor: Actor, body: Body): Promise<Proposal> {
  const ws = actor.workspaceId
  const personId = await actorPersonId(deps.db, actor)
  if ((await actName(deps.db, ws, body.actId)) === null) throw fieldError('actId', 'no such act here')
  await assertTakesPart(deps.db, actor, body.actId, personId)
  const now = deps.clock.now()
  const version = await deps.db.transaction(async (tx) => {
    const target = await targetOf(tx, ws, body)
    if (body.basedOnVersionId && !(await getVersionRow(tx, ws, body.basedOnVersionId))) throw fieldError('basedOnVersionId', 'no such version here')
    await assertEntriesValid(tx, { workspaceId: ws, actId: body.actId, entries: body.entries })
    return insertProposal(tx, {
      workspaceId: ws,
      actId: body.actId,
      title: body.title,
      target,
      authorPersonId: personId,
      basedOnVersionId: body.basedOnVersionId ?? null,
      kind: 'draft',
      note: body.note ?? '',
      entries: body.entries,
      now,
    })
  })
  await deps.events?.publish({ workspaceId: ws, kind: 'setlist.proposal', proposalId: version.proposalId, versionId: version.id })
  await tellAboutSetlist(deps, { workspaceId: ws, kind: 'proposal.sent', proposalId: version.proposalId, versionId: version.id, actorPersonId: personId })
  return presentProposal(deps.db, { workspaceId: ws, proposal: (await getProposalRow(deps.db, ws, version.proposalId))!, now })
}
