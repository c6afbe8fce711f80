import { and, eq } from 'drizzle-orm'
import type { z } from 'zod'
import type { ConsensusSchema } from '../../contract/setlists.ts'
import type { Db } from '../../db/client.ts'
import { getSettingsRow, listActPeople, listAnswerRows, personNames, type AnswerRow, type VersionRow } from '../../db/queries/setlists.ts'
import { setlistProposals } from '../../db/schema/index.ts'
import { isPartialDate, latestDay } from '../../domain/partial-date.ts'
import type { AnswerKind, ConsensusRule } from '../../domain/setlist.ts'

type Consensus = z.infer<typeof ConsensusSchema>

/** Touring musicians and DJs vote only when the act says so; guests and musical directors comment. */
const TOURING_ROLES = new Set(['touring-musician', 'dj'])

function isCurrent(endDate: string | null, today: string): boolean {
  return !endDate || !isPartialDate(endDate) || latestDay(endDate) >= today
}

/** The people whose approval counts for an act's set lists, by its consensus settings. */
async function votersOf(db: Db, workspaceId: string, actId: string, today: string): Promise<{ rule: ConsensusRule; voters: { personId: string; name: string }[] }> {
  const settings = await getSettingsRow(db, workspaceId, actId)
  const rule = (settings?.consensus ?? 'all') as ConsensusRule
  if (rule === 'deciders') {
    const ids = settings?.deciderPersonIds ?? []
    const names = await personNames(db, workspaceId, ids)
    return { rule, voters: ids.map((personId) => ({ personId, name: names.get(personId) ?? '' })) }
  }
  const counts = (role: string) => role === 'member' || (settings?.countTouringMusicians === true && TOURING_ROLES.has(role))
  const voters = new Map<string, string>()
  for (const m of await listActPeople(db, workspaceId, actId)) if (counts(m.role) && isCurrent(m.endDate, today)) voters.set(m.personId, m.name)
  return { rule, voters: [...voters].map(([personId, name]) => ({ personId, name })) }
}

function needed(rule: ConsensusRule, voters: number): number {
  switch (rule) {
    case 'all':
    case 'deciders':
      return voters
    case 'majority':
      return Math.floor(voters / 2) + 1
  }
}

/** Where a version stands: each voter's answer (the author counts as approving, except on the planner's versions), approvals and how many are needed. */
export async function consensusOf(db: Db, opts: { workspaceId: string; actId: string; version: VersionRow; answers: AnswerRow[]; today: string }): Promise<Consensus> {
  const { rule, voters } = await votersOf(db, opts.workspaceId, opts.actId, opts.today)
  const view = voters.map((v) => {
    // The person who asked the planner did not write its suggestion: it waits for their answer like everyone else's.
    if (v.personId === opts.version.authorPersonId && opts.version.kind !== 'planner') return { ...v, answer: 'approve' as AnswerKind, at: opts.version.createdAt.toISOString(), approves: true }
    const own = opts.answers.filter((a) => a.personId === v.personId)
    const decisive = own.filter((a) => a.kind !== 'comment').at(-1) ?? own.at(-1)
    return { ...v, answer: (decisive?.kind ?? null) as AnswerKind | null, at: decisive?.createdAt.toISOString() ?? null, approves: own.some((a) => a.kind === 'approve') }
  })
  const approvals = view.filter((v) => v.approves).length
  const need = needed(rule, voters.length)
  return { rule, voters: view.map(({ approves: _, ...v }) => v), approvals, needed: need, isMet: voters.length > 0 && approvals >= need }
}

/** Inside the write's transaction: when the version now meets the act's rule, its open proposal becomes agreed on it. */
export async function settleConsensus(db: Db, opts: { workspaceId: string; actId: string; version: VersionRow; now: Date }): Promise<void> {
  const answers = await listAnswerRows(db, opts.workspaceId, [opts.version.id])
  const consensus = await consensusOf(db, { ...opts, answers, today: opts.now.toISOString().slice(0, 10) })
  if (!consensus.isMet) return
  await db
    .update(setlistProposals)
    .set({ status: 'agreed', agreedVersionId: opts.version.id, agreedAt: opts.now, updatedAt: opts.now })
    .where(and(eq(setlistProposals.workspaceId, opts.workspaceId), eq(setlistProposals.id, opts.version.proposalId), eq(setlistProposals.status, 'open')))
}
