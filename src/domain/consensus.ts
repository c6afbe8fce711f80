import { isPartialDate, latestDay } from './partial-date.ts'
import type { AnswerKind, ConsensusRule } from './setlist.ts'

/**
 * The consensus rule of a set list: whose approval counts for an act's versions, and whether a
 * version has enough. Pure: the use case reads settings, memberships and answers and asks here.
 */

/** Touring musicians and DJs vote only when the act says so; guests and musical directors comment. */
const TOURING_ROLES = new Set(['touring-musician', 'dj'])

export interface ConsensusSettings {
  consensus: ConsensusRule
  countTouringMusicians: boolean
  deciderPersonIds: string[]
}

export const DEFAULT_CONSENSUS_SETTINGS: ConsensusSettings = { consensus: 'all', countTouringMusicians: false, deciderPersonIds: [] }

export interface ActPerson {
  personId: string
  name: string
  role: string
  /** A partial date (`2013`, `2013-06`, `2013-06-30`) or null while the membership runs. */
  endDate: string | null
}

export interface Voter {
  personId: string
  name: string
}

/** A membership counts on `today` (YYYY-MM-DD) unless it ended before it (a partial end date counts to its last day). */
export function isCurrentMembership(endDate: string | null, today: string): boolean {
  return !endDate || !isPartialDate(endDate) || latestDay(endDate) >= today
}

/** Who votes on an act's set lists: its deciders, or its current members (and touring musicians when the act counts them), once each. */
export function votersOf(settings: ConsensusSettings, people: ActPerson[], today: string, deciderNames: ReadonlyMap<string, string> = new Map()): Voter[] {
  if (settings.consensus === 'deciders') return settings.deciderPersonIds.map((personId) => ({ personId, name: deciderNames.get(personId) ?? '' }))
  const counts = (role: string) => role === 'member' || (settings.countTouringMusicians && TOURING_ROLES.has(role))
  const voters = new Map<string, string>()
  for (const p of people) if (counts(p.role) && isCurrentMembership(p.endDate, today)) voters.set(p.personId, p.name)
  return [...voters].map(([personId, name]) => ({ personId, name }))
}

/** Approvals a version needs: everyone (all, deciders) or more than half (majority). */
export function approvalsNeeded(rule: ConsensusRule, voters: number): number {
  switch (rule) {
    case 'all':
    case 'deciders':
      return voters
    case 'majority':
      return Math.floor(voters / 2) + 1
  }
}

export interface ConsensusVersion {
  authorPersonId: string | null
  kind: string
  createdAt: Date
}

export interface ConsensusAnswer {
  personId: string
  kind: AnswerKind
  createdAt: Date
}

export interface VoterStanding extends Voter {
  answer: AnswerKind | null
  at: string | null
}

export interface ConsensusStanding {
  rule: ConsensusRule
  voters: VoterStanding[]
  approvals: number
  needed: number
  isMet: boolean
}

/**
 * Where a version stands: each voter's latest decisive answer (a comment does not undo an
 * approval), the author counting as approving except on the planner's versions (the person who
 * asked the planner did not write its suggestion), approvals and how many are needed.
 */
export function consensusStanding(rule: ConsensusRule, voters: Voter[], version: ConsensusVersion, answers: ConsensusAnswer[]): ConsensusStanding {
  const view = voters.map((v) => {
    if (v.personId === version.authorPersonId && version.kind !== 'planner')
      return { ...v, answer: 'approve' as AnswerKind, at: version.createdAt.toISOString(), approves: true }
    const own = answers.filter((a) => a.personId === v.personId)
    const decisive = own.filter((a) => a.kind !== 'comment').at(-1) ?? own.at(-1)
    return { ...v, answer: decisive?.kind ?? null, at: decisive?.createdAt.toISOString() ?? null, approves: own.some((a) => a.kind === 'approve') }
  })
  const approvals = view.filter((v) => v.approves).length
  const needed = approvalsNeeded(rule, voters.length)
  return { rule, voters: view.map(({ approves: _, ...v }) => v), approvals, needed, isMet: voters.length > 0 && approvals >= needed }
}
