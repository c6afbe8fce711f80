import { grantOf } from './permissions.ts'
import type { WorkspaceRole } from './roles.ts'

/**
 * What Greenroom tells people in their inbox (issue 14), and who may be told (the permission table):
 * - `proposal.sent`: a set list sent round → every voter of the act but its author;
 * - `proposal.answered`: an answer (approve, amend, counter, reject, comment) → the version's author; an
 *   amendment or counter-proposal also → those who approved the version it replaces (their approval was
 *   of a set list that has since changed: a version is never edited once answered);
 * - `proposal.agreed`: a proposal agreed → the people of the act;
 * - `planner.ended`: a planner run done, infeasible or failed → whoever asked for it;
 * - `show.changed`: a show created, moved, re-timed or cancelled → its lineup (ADR 041);
 * - `commitment.changed`: a commitment created, moved, re-timed or cancelled → the people on it;
 * - `conflict.new`: a conflict a write brought in (acknowledged) → the person, and managers;
 * - `hold.ending`: a hold on a song ends in 30 or 7 days, or ended (the song is free and clear) → its writers.
 * - `availability`: an availability request and its reminders → those asked who have not answered; its
 *   deadline → whoever asked, with the summary (ADR 042; titles in domain/availability-requests.ts).
 * - `setlist.applied`: an agreed set list applied to a show (or every show of a leg or tour) → the
 *   people on those shows' lineups (ADR 047).
 * A new kind is added at the END of this list (unsubscribe links carry its index) and in the
 * Records keyed by kind (titles, labels, subjects), which the compiler lists.
 */
export const NOTIFICATION_KINDS = [
  'proposal.sent',
  'proposal.answered',
  'proposal.agreed',
  'planner.ended',
  'show.changed',
  'commitment.changed',
  'conflict.new',
  'hold.ending',
  'availability',
  'setlist.applied',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

/** What a set list is for, as far as telling people about it goes. */
export type SetlistAudience =
  /** no show, or a show that is public now (announced, or embargoed past its announce time) */
  | 'public'
  /** an unannounced or embargoed show, a hold or an offer, a leg or a tour: the band's plan */
  | 'private'

/**
 * Whether a person may be told about a set list: they have an account in the workspace (a role),
 * that role reads set lists, and a set list for the band's private plan reaches only roles that
 * read every show (the permission table): a role that would get 404 on the show is never told of it.
 */
/** Whether a person may be told how a planner run they asked for ended: their role still reads the planner. */
export function mayBeToldOfPlanner(role: WorkspaceRole | null): boolean {
  return role !== null && grantOf(role, 'planner').read !== 'none'
}

export function mayBeTold(role: WorkspaceRole | null, audience: SetlistAudience): boolean {
  if (role === null) return false
  if (grantOf(role, 'setlists').read === 'none') return false
  return audience === 'public' || grantOf(role, 'shows').read === 'all'
}

const ANSWERED: Record<string, string> = {
  approve: 'approved',
  amend: 'amended',
  counter: 'made a counter-proposal to',
  reject: 'rejected',
  comment: 'commented on',
}

/** The inbox line of a set-list, planner or availability notification, in the band's words (the other kinds compose theirs: domain/notification-kinds.ts). */
export function notificationTitle(
  kind: 'proposal.sent' | 'proposal.answered' | 'proposal.agreed' | 'planner.ended' | 'availability' | 'setlist.applied',
  p: { actorName: string; proposalTitle: string; actName: string; answerKind?: string; runStatus?: string; target?: string },
): string {
  switch (kind) {
    case 'proposal.sent':
      return `${p.actorName} sent round “${p.proposalTitle}” for ${p.actName}: your answer is awaited`
    case 'proposal.answered':
      return `${p.actorName} ${ANSWERED[p.answerKind ?? 'comment'] ?? 'answered'} “${p.proposalTitle}”`
    case 'proposal.agreed':
      return `“${p.proposalTitle}” is agreed for ${p.actName}`
    case 'setlist.applied':
      return `“${p.proposalTitle}” is now the set list for ${p.target ?? p.actName}`
    case 'planner.ended':
      return p.runStatus === 'done'
        ? `The planner has suggested set lists for ${p.actName}: they wait for the band's answers`
        : p.runStatus === 'infeasible'
          ? `The planner found no set list for ${p.actName} that keeps every rule: see which rules conflict`
          : `The planner run for ${p.actName} failed`
    case 'availability':
      return `${p.actorName} asks whether you can do “${p.proposalTitle}”`
  }
}
