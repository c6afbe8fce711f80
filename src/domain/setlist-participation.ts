import type { WorkspaceRole } from './roles.ts'

/**
 * Who takes part in an act's set lists (proposes, answers, applies): anyone with a membership of the
 * act (member, touring musician, DJ …), and the workspace's owners and managers. Viewers only read.
 * By role alone the answer is yes, no, or "if they hold a membership of the act".
 */
export type SetlistParticipation = { kind: 'allowed' } | { kind: 'refused'; reason: string } | { kind: 'if-member' }

export function setlistParticipationOf(role: WorkspaceRole): SetlistParticipation {
  if (role === 'viewer') return { kind: 'refused', reason: 'Your role (viewer) may read set lists but not propose, answer or apply them.' }
  if (role === 'owner' || role === 'manager') return { kind: 'allowed' }
  return { kind: 'if-member' }
}

export const NOT_IN_THE_ACT = "Only the act's members, its touring musicians and the workspace's managers take part in its set lists."
