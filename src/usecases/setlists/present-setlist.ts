import type { Answer, Proposal, SetlistVersion } from '../../contract/setlists.ts'
import type { Db } from '../../db/client.ts'
import { listAnswerRows, listVersionRows, targetLabel, type AnswerRow, type ProposalRow, type VersionRow } from '../../db/queries/setlists.ts'
import { actName } from '../../db/queries/acts.ts'
import type { AnswerKind, ProposalStatus, ProposalTarget, VersionKind } from '../../domain/setlist.ts'
import { timeEntries } from '../../domain/setlist-timing.ts'
import { consensusOf } from './consensus.ts'
import { loadFrame, violationsOf } from './set-list-frame.ts'

export function presentAnswer(a: AnswerRow): Answer {
  return {
    id: a.id,
    versionId: a.versionId,
    personId: a.personId,
    personName: a.personName,
    kind: a.kind as AnswerKind,
    text: a.text,
    entryId: a.entryId,
    resultVersionId: a.resultVersionId,
    resultProposalId: a.resultVersionId ? a.resultProposalId : null,
    createdAt: a.createdAt.toISOString(),
  }
}

/** A version timed from the set start (the show's, when it is for a show), checked against the act's rules, with its answers. */
export async function presentVersion(
  db: Db,
  opts: {
    workspaceId: string
    actId: string
    version: VersionRow
    showId: string | null
    answers?: AnswerRow[]
    target?: { kind: 'leg' | 'tour'; id: string } | null
    now: Date
  },
): Promise<SetlistVersion> {
  const { version: v } = opts
  const frame = await loadFrame(db, {
    workspaceId: opts.workspaceId,
    actId: opts.actId,
    entries: v.entries,
    showId: opts.showId,
    target: opts.target ?? null,
    now: opts.now,
  })
  const timing = timeEntries(v.entries, { durationOf: frame.durationOf, ...(frame.setStart ? { setStart: frame.setStart } : {}) })
  const answers = opts.answers ?? (await listAnswerRows(db, opts.workspaceId, [v.id]))
  return {
    id: v.id,
    proposalId: v.proposalId,
    number: v.number,
    parentVersionId: v.parentVersionId,
    authorPersonId: v.authorPersonId,
    authorName: v.authorName,
    kind: v.kind as VersionKind,
    note: v.note,
    revision: v.revision,
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
    entries: v.entries.map((e, i) => ({ ...e, displayTitle: frame.titleOf(e), ...timing.entries[i]! })).map(({ entryId: _, ...e }) => e),
    runningSeconds: timing.runningSeconds,
    violations: violationsOf(v.entries, frame),
    answers: answers.map(presentAnswer),
    isEditable: answers.length === 0,
  }
}

/** A proposal with every version listed, its latest version in full and where consensus on it stands; `now` is the injected clock's. */
export async function presentProposal(db: Db, opts: { workspaceId: string; proposal: ProposalRow; now: Date }): Promise<Proposal> {
  const { proposal: p, workspaceId } = opts
  const versions = await listVersionRows(db, workspaceId, p.id)
  const latest = versions.at(-1)!
  const answers = await listAnswerRows(db, workspaceId, [latest.id])
  const targetId = p.showId ?? p.legId ?? p.tourId
  return {
    id: p.id,
    actId: p.actId,
    actName: (await actName(db, workspaceId, p.actId)) ?? '',
    title: p.title,
    targetKind: p.targetKind as ProposalTarget,
    targetId,
    targetLabel: await targetLabel(db, workspaceId, p.targetKind, targetId),
    authorPersonId: p.authorPersonId,
    authorName: versions[0]?.authorName ?? '',
    status: p.status as ProposalStatus,
    basedOnVersionId: p.basedOnVersionId,
    agreedVersionId: p.agreedVersionId,
    agreedAt: p.agreedAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
    versions: versions.map((v) => ({
      id: v.id,
      number: v.number,
      kind: v.kind as VersionKind,
      authorName: v.authorName,
      createdAt: v.createdAt.toISOString(),
    })),
    latestVersion: await presentVersion(db, { workspaceId, actId: p.actId, version: latest, showId: p.showId, answers, target: groupTarget(p), now: opts.now }),
    consensus: await consensusOf(db, { workspaceId, actId: p.actId, version: latest, answers, today: opts.now.toISOString().slice(0, 10) }),
  }
}

/** A leg or tour a proposal is for: the history rules compare with the tour before it. */
export function groupTarget(p: { legId: string | null; tourId: string | null }): { kind: 'leg' | 'tour'; id: string } | null {
  return p.legId ? { kind: 'leg', id: p.legId } : p.tourId ? { kind: 'tour', id: p.tourId } : null
}
