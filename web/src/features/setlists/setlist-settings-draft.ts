// The act's set-list settings as the form holds them (strings for numbers, a switch per optional
// rule), and back to the API's body. No React here, so it is easy to test.
import type { FieldIssue } from '../../api/api-problem.ts'
import type { SetlistRules, SetlistSettings, SetlistSettingsBody } from '../../api/setlists-api.ts'

export type ConsensusRule = SetlistSettings['consensus']

export interface SettingsDraft {
  consensus: ConsensusRule
  deciderPersonIds: string[]
  countTouringMusicians: boolean
  durationOn: boolean
  /** Minutes. */
  durationMin: string
  durationMax: string
  newSongsOn: boolean
  newSongsMode: 'exactly' | 'at-least'
  newSongsCount: string
  /** YYYY-MM-DD */
  newSongsSince: string
  acousticOn: boolean
  acousticRole: string
  acousticMidSet: boolean
  guestSongsNeedBilledGuest: boolean
  maxLeadRun: string
  differPct: string
  sameCityPct: string
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n))
const minutes = (seconds: number | undefined) => (seconds === undefined ? '' : String(Math.round(seconds / 60)))

export function draftOfSettings(s: SetlistSettings): SettingsDraft {
  const r = s.rules
  return {
    consensus: s.consensus,
    deciderPersonIds: [...s.deciderPersonIds],
    countTouringMusicians: s.countTouringMusicians,
    durationOn: Boolean(r.durationWindow),
    durationMin: minutes(r.durationWindow?.minSeconds),
    durationMax: minutes(r.durationWindow?.maxSeconds),
    newSongsOn: Boolean(r.newSongs),
    newSongsMode: r.newSongs?.mode ?? 'at-least',
    newSongsCount: text(r.newSongs?.count),
    newSongsSince: r.newSongs?.sinceDate ?? '',
    acousticOn: Boolean(r.acousticSection),
    acousticRole: r.acousticSection?.playerRole ?? 'acoustic-guitar',
    acousticMidSet: r.acousticSection?.midSet ?? true,
    guestSongsNeedBilledGuest: r.guestSongsNeedBilledGuest ?? true,
    maxLeadRun: text(r.maxLeadRun),
    differPct: text(r.differFromLastTourPct),
    sameCityPct: text(r.maxSameCityRepeatPct),
  }
}

/** A whole number from a field, or why not; empty is `null` (the rule is off). */
function wholeNumber(value: string, path: string, issues: FieldIssue[], { min = 0, max = Number.MAX_SAFE_INTEGER, required = false } = {}): number | null {
  const trimmed = value.trim()
  if (trimmed === '') {
    if (required) issues.push({ path, message: 'Enter a number' })
    return null
  }
  if (!/^\d+$/.test(trimmed)) {
    issues.push({ path, message: 'Enter a whole number' })
    return null
  }
  const n = Number(trimmed)
  if (n < min || n > max) {
    issues.push({ path, message: `Enter a number from ${min} to ${max}` })
    return null
  }
  return n
}

/** The PUT body (with the version read, so a stale save is a 409), and the form's own problems. */
export function bodyOfSettings(draft: SettingsDraft, version: number): { body: SetlistSettingsBody; issues: FieldIssue[] } {
  const issues: FieldIssue[] = []
  const rules: SetlistRules = { guestSongsNeedBilledGuest: draft.guestSongsNeedBilledGuest }
  if (draft.durationOn) {
    const min = wholeNumber(draft.durationMin, 'rules.durationWindow.minSeconds', issues, { required: true, max: 600 })
    const max = wholeNumber(draft.durationMax, 'rules.durationWindow.maxSeconds', issues, { required: true, max: 600 })
    if (min !== null && max !== null && max < min) issues.push({ path: 'rules.durationWindow.maxSeconds', message: 'At most must not be less than at least' })
    rules.durationWindow = { minSeconds: (min ?? 0) * 60, maxSeconds: (max ?? 0) * 60 }
  } else rules.durationWindow = null
  if (draft.newSongsOn) {
    const count = wholeNumber(draft.newSongsCount, 'rules.newSongs.count', issues, { required: true, max: 100 })
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.newSongsSince)) issues.push({ path: 'rules.newSongs.sinceDate', message: 'Choose a date' })
    rules.newSongs = { count: count ?? 0, mode: draft.newSongsMode, sinceDate: draft.newSongsSince }
  } else rules.newSongs = null
  if (draft.acousticOn) {
    const role = draft.acousticRole.trim()
    if (!role) issues.push({ path: 'rules.acousticSection.playerRole', message: 'Name the lineup role of the acoustic player' })
    rules.acousticSection = { playerRole: role, midSet: draft.acousticMidSet }
  } else rules.acousticSection = null
  rules.maxLeadRun = wholeNumber(draft.maxLeadRun, 'rules.maxLeadRun', issues, { min: 1, max: 100 })
  rules.differFromLastTourPct = wholeNumber(draft.differPct, 'rules.differFromLastTourPct', issues, { max: 100 })
  rules.maxSameCityRepeatPct = wholeNumber(draft.sameCityPct, 'rules.maxSameCityRepeatPct', issues, { max: 100 })
  if (draft.consensus === 'deciders' && draft.deciderPersonIds.length === 0) issues.push({ path: 'deciderPersonIds', message: 'Name at least one decider' })
  const body: SetlistSettingsBody = {
    consensus: draft.consensus,
    deciderPersonIds: draft.deciderPersonIds,
    countTouringMusicians: draft.countTouringMusicians,
    rules,
    ...(version > 0 ? { version } : {}),
  }
  return { body, issues }
}
