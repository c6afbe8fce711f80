import type { WaitingProposal } from '../../contract/home.ts'
import { listAnswerRows, listProposalRows, listVersionRows, targetLabel } from '../../db/queries/setlists.ts'
import { consensusStanding } from '../../domain/consensus.ts'
import type { AnswerKind } from '../../domain/setlist.ts'
import type { Deps } from '../deps.ts'
import { votersFor } from '../setlists/consensus.ts'

/**
 * The open set lists that wait for one person's answer: they vote on the act (the act's consensus
 * settings, domain/consensus.ts) and have given no decision on the latest version (only comments, or
 * nothing), which they did not write themselves (an author approves their own version). Oldest first: what has waited longest.
 */
export async function proposalsWaitingFor(deps: Deps, workspaceId: string, personId: string): Promise<WaitingProposal[]> {
  const today = deps.clock.now().toISOString().slice(0, 10)
  const open = await listProposalRows(deps.db, workspaceId, { status: 'open' })
  const votersOfAct = new Map<string, Awaited<ReturnType<typeof votersFor>>>()
  const waiting: WaitingProposal[] = []
  for (const { p, actName } of open) {
    if (!votersOfAct.has(p.actId)) votersOfAct.set(p.actId, await votersFor(deps.db, workspaceId, p.actId, today))
    const { rule, voters } = votersOfAct.get(p.actId)!
    if (!voters.some((v) => v.personId === personId)) continue
    const latest = (await listVersionRows(deps.db, workspaceId, p.id)).at(-1)
    if (!latest) continue
    const answers = await listAnswerRows(deps.db, workspaceId, [latest.id])
    const standing = consensusStanding(
      rule,
      voters,
      latest,
      answers.map((a) => ({ personId: a.personId, kind: a.kind as AnswerKind, createdAt: a.createdAt })),
    )
    // a comment alone is not a decision: it still waits for their approval, amendment, counter or rejection
    const answer = standing.voters.find((v) => v.personId === personId)?.answer ?? null
    if (answer !== null && answer !== 'comment') continue
    waiting.push({
      proposalId: p.id,
      title: p.title,
      actName,
      targetLabel: await targetLabel(deps.db, workspaceId, p.targetKind, p.showId ?? p.legId ?? p.tourId),
      versionNumber: latest.number,
      versionAuthorName: latest.authorName,
      since: latest.createdAt.toISOString(),
    })
  }
  return waiting.sort((a, b) => a.since.localeCompare(b.since))
}
