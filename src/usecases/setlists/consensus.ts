import type { z } from 'zod'
import type { ConsensusSchema } from '../../contract/setlists.ts'
import type { Db } from '../../db/client.ts'
import { getSettingsRow, listAnswerRows, markProposalAgreed, type AnswerRow, type VersionRow } from '../../db/queries/setlists.ts'
import { listActPeople } from '../../db/queries/acts.ts'
import { personNames } from '../../db/queries/people.ts'
import { consensusStanding, DEFAULT_CONSENSUS_SETTINGS, votersOf, type ConsensusSettings } from '../../domain/consensus.ts'
import type { AnswerKind, ConsensusRule } from '../../domain/setlist.ts'

type Consensus = z.infer<typeof ConsensusSchema>

/** The people whose approval counts for an act's set lists, by its consensus settings (the rule: domain/consensus.ts). */
export async function votersFor(db: Db, workspaceId: string, actId: string, today: string) {
  const row = await getSettingsRow(db, workspaceId, actId)
  const settings: ConsensusSettings = row
    ? {
        consensus: (row.consensus ?? 'all') as ConsensusRule,
        countTouringMusicians: row.countTouringMusicians === true,
        deciderPersonIds: row.deciderPersonIds ?? [],
      }
    : DEFAULT_CONSENSUS_SETTINGS
  const deciderNames = settings.consensus === 'deciders' ? await personNames(db, workspaceId, settings.deciderPersonIds) : new Map<string, string>()
  const people = settings.consensus === 'deciders' ? [] : await listActPeople(db, workspaceId, actId)
  return { rule: settings.consensus, voters: votersOf(settings, people, today, deciderNames) }
}

/** Where a version stands: each voter's answer, approvals and how many are needed. */
export async function consensusOf(
  db: Db,
  opts: { workspaceId: string; actId: string; version: VersionRow; answers: AnswerRow[]; today: string },
): Promise<Consensus> {
  const { rule, voters } = await votersFor(db, opts.workspaceId, opts.actId, opts.today)
  return consensusStanding(
    rule,
    voters,
    opts.version,
    opts.answers.map((a) => ({ personId: a.personId, kind: a.kind as AnswerKind, createdAt: a.createdAt })),
  )
}

/** Inside the write's transaction: when the version now meets the act's rule, its open proposal becomes agreed on it. */
export async function settleConsensus(db: Db, opts: { workspaceId: string; actId: string; version: VersionRow; now: Date }): Promise<void> {
  const answers = await listAnswerRows(db, opts.workspaceId, [opts.version.id])
  const consensus = await consensusOf(db, { ...opts, answers, today: opts.now.toISOString().slice(0, 10) })
  if (!consensus.isMet) return
  await markProposalAgreed(db, opts.workspaceId, opts.version.proposalId, opts.version.id, opts.now)
}
