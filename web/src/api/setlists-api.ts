// Set lists: proposals, versions, answers, diffs, an act's consensus rule and rules, applied and
// played set lists. Types inferred from the shared contract (src/contract/setlists.ts); type-only
// imports keep zod out of the bundle.
import type { z } from 'zod'
import type * as setlists from '../../../src/contract/setlists.ts'
import { sendOrQueue } from '../offline/outbox.ts'
import { queryString, request } from './request.ts'
import { workspacePath } from './workspace-resource.ts'
import { fetchProposal, setlistKeys } from './setlist-reads.ts'

export type SetlistEntry = setlists.SetlistEntry
export type TimedEntry = z.infer<typeof setlists.TimedEntrySchema>
export type SetlistVersion = setlists.SetlistVersion
export type Proposal = setlists.Proposal
export type ProposalListEntry = z.infer<typeof setlists.ProposalListEntrySchema>
export type Consensus = z.infer<typeof setlists.ConsensusSchema>
export type Answer = setlists.Answer
export type AnswerKind = Answer['kind']
export type RuleViolation = setlists.RuleViolation
export type SetlistDiff = setlists.SetlistDiff
export type SetlistRules = setlists.SetlistRules
export type SetlistSettings = z.infer<typeof setlists.SetlistSettingsSchema>
export type SetlistSettingsBody = z.input<typeof setlists.SetlistSettingsBodySchema>
export type CreateProposalBody = setlists.CreateProposalBody
export type EditVersionBody = z.input<typeof setlists.EditVersionBodySchema>
export type AnswerBody = setlists.AnswerBody
export type ApplyBody = z.input<typeof setlists.ApplyBodySchema>
export type ProposalStatus = Proposal['status']
export type SetlistRuleContext = setlists.SetlistRuleContext

/** The answer to applying an agreed version: how many shows now have it. */
export interface ApplyResult {
  applied: number
}

export type StageFormat = 'pdf' | 'txt' | 'csv'

const path = (ws: string, rest: string) => workspacePath(ws, rest)
const id = encodeURIComponent

export { setlistKeys }

export const setlistsApi = {
  listProposals: (ws: string, params: { actId?: string; status?: string } = {}) =>
    request<ProposalListEntry[]>('GET', path(ws, `/setlists/proposals${queryString(params)}`)),
  getProposal: fetchProposal,
  createProposal: (ws: string, body: CreateProposalBody) => request<Proposal>('POST', path(ws, '/setlists/proposals'), body),
  getVersion: (ws: string, versionId: string) => request<SetlistVersion>('GET', path(ws, `/setlists/versions/${id(versionId)}`)),
  /** Only an unanswered version, by its author; a stale `revision` is a 409 with the current version. Offline: kept in the outbox (web/src/offline/). */
  editVersion: (ws: string, versionId: string, body: EditVersionBody) =>
    sendOrQueue<SetlistVersion>('edit', ws, versionId, 'PUT', path(ws, `/setlists/versions/${id(versionId)}`), body),
  /** Approve, amend (a new version), counter (a new proposal), reject (with a reason) or comment. Offline: kept in the outbox. */
  answer: (ws: string, versionId: string, body: AnswerBody) =>
    sendOrQueue<Answer>('answer', ws, versionId, 'POST', path(ws, `/setlists/versions/${id(versionId)}/answers`), body),
  diff: (ws: string, from: string, to: string) => request<SetlistDiff>('GET', path(ws, `/setlists/versions/${id(to)}/diff${queryString({ from })}`)),
  getSettings: (ws: string, actId: string) => request<SetlistSettings>('GET', path(ws, `/acts/${id(actId)}/setlist-settings`)),
  putSettings: (ws: string, actId: string, body: SetlistSettingsBody) => request<SetlistSettings>('PUT', path(ws, `/acts/${id(actId)}/setlist-settings`), body),
  apply: (ws: string, body: ApplyBody) => request<ApplyResult>('POST', path(ws, '/setlists/apply'), body),
  /** The version applied to a show, timed from its set start in the venue's zone; 404 when none is applied. */
  showSetlist: (ws: string, showId: string) => request<SetlistVersion>('GET', path(ws, `/shows/${id(showId)}/setlist`)),
  /** What the act's rules need to check a list for a target as it changes (web/src/features/setlists/live-rules.ts). */
  ruleContext: (ws: string, actId: string, target: { kind: string; id: string | null }) =>
    request<SetlistRuleContext>(
      'GET',
      path(ws, `/acts/${id(actId)}/setlist-rule-context${queryString({ targetKind: target.kind, targetId: target.id ?? undefined })}`),
    ),
  /** A link (not a fetch) to a version's stage sheet: PDF by default, plain text or CSV; keys and notes on unless turned off. */
  stageHref: (ws: string, versionId: string, options: { format?: StageFormat; keys?: boolean; notes?: boolean } = {}) => {
    const params: Record<string, string | undefined> = {
      format: options.format && options.format !== 'pdf' ? options.format : undefined,
      keys: options.keys === false ? 'false' : undefined,
      notes: options.notes === false ? 'false' : undefined,
    }
    return path(ws, `/setlists/versions/${id(versionId)}/stage${queryString(params)}`)
  },
}
