import type { FieldIssue } from '../../api/api-problem.ts'
import type { Show, ShowBody } from '../../api/touring-api.ts'
import { showTimeDays } from '../../../../src/domain/show-time-days.ts'
import { fromDateTimeLocal, localTimeOf, toDateTimeLocal } from './zoned-time.ts'

/** The five times of a show day, in the order they happen. */
export const TIME_FIELDS = [
  { key: 'loadIn', label: 'Load-in' },
  { key: 'soundcheck', label: 'Soundcheck' },
  { key: 'doors', label: 'Doors' },
  { key: 'setStart', label: 'Set start' },
  { key: 'curfew', label: 'Curfew' },
] as const
export type TimeField = (typeof TIME_FIELDS)[number]['key']

export interface BillingDraft {
  key: string
  actId: string
  role: string
}

export interface LineupDraft {
  key: string
  personId: string
  role: string
}

export interface ShowDraft {
  actId: string
  tourId: string
  legId: string
  venueId: string
  localDate: string
  times: Record<TimeField, string>
  status: string
  announcement: string
  /** datetime-local text, read in the viewer's zone. */
  announceAt: string
  billing: BillingDraft[]
  lineup: LineupDraft[]
  notes: string
}

let nextKey = 0
export function draftKey(prefix: string): string {
  nextKey += 1
  return `${prefix}-${nextKey}`
}

/** "19:30" as typed, whether the API sent a local time or an instant. */
export function localTimeText(value: string | null | undefined, zone: string): string {
  if (!value) return ''
  if (/^\d{2}:\d{2}/.test(value)) return value.slice(0, 5)
  const instant = new Date(value)
  return Number.isNaN(instant.getTime()) ? '' : localTimeOf(instant, zone)
}

export function draftOf(show: Show | undefined, viewerZone: string, defaults: { actId?: string; tourId?: string; legId?: string } = {}): ShowDraft {
  const zone = show?.timeZone ?? 'UTC'
  return {
    actId: show?.actId ?? defaults.actId ?? '',
    tourId: show?.tourId ?? defaults.tourId ?? '',
    legId: show?.legId ?? defaults.legId ?? '',
    venueId: show?.venueId ?? '',
    localDate: show?.localDate ?? '',
    times: {
      loadIn: localTimeText(show?.times.loadIn, zone),
      soundcheck: localTimeText(show?.times.soundcheck, zone),
      doors: localTimeText(show?.times.doors, zone),
      setStart: localTimeText(show?.times.setStart, zone),
      curfew: localTimeText(show?.times.curfew, zone),
    },
    status: show?.status ?? 'hold',
    announcement: show?.announcement ?? 'unannounced',
    announceAt: toDateTimeLocal(show?.announceAt, viewerZone),
    billing: (show?.billing ?? []).map((b) => ({ key: draftKey('billing'), actId: b.actId, role: b.role })),
    lineup: (show?.lineup ?? []).map((l) => ({ key: draftKey('lineup'), personId: l.personId, role: l.role })),
    notes: show?.notes ?? '',
  }
}

/**
 * Times given must follow the day's order: load-in, soundcheck, doors, set start, curfew; a time
 * earlier than the one before it is after midnight, up to 06:00 (the server's rule, the same module).
 */
export function timeOrderIssues(times: Record<TimeField, string>): FieldIssue[] {
  return showTimeDays(times).issues.map((i) => ({ path: i.path, message: i.message }))
}

function rowIssues(draft: ShowDraft): FieldIssue[] {
  const issues: FieldIssue[] = []
  const people = new Set<string>()
  draft.lineup.forEach((row, i) => {
    if (!row.personId) issues.push({ path: `lineup.${i}.personId`, message: 'choose who performs' })
    else if (people.has(row.personId)) issues.push({ path: `lineup.${i}.personId`, message: 'this person is in the lineup twice' })
    people.add(row.personId)
    if (!row.role.trim()) issues.push({ path: `lineup.${i}.role`, message: 'say what they do: member, DJ, acoustic guitar…' })
  })
  draft.billing.forEach((row, i) => {
    if (!row.actId) issues.push({ path: `billing.${i}.actId`, message: 'choose the act' })
    else if (row.actId === draft.actId) issues.push({ path: `billing.${i}.actId`, message: 'the headliner is already on the bill' })
  })
  return issues
}

/** The request body, and the form's own findings the schema cannot make. */
export function bodyOf(draft: ShowDraft, viewerZone: string): { body: ShowBody; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [...timeOrderIssues(draft.times), ...rowIssues(draft)]
  if (!draft.actId) issues.push({ path: 'actId', message: 'choose the headliner' })
  if (!draft.venueId) issues.push({ path: 'venueId', message: 'choose the venue' })
  if (!draft.localDate) issues.push({ path: 'localDate', message: 'give the show’s date' })
  let announceAt: string | null = null
  if (draft.announcement === 'embargoed') {
    if (!draft.announceAt) issues.push({ path: 'announceAt', message: 'say when the embargo ends and the show may be announced' })
    else {
      const at = fromDateTimeLocal(draft.announceAt, viewerZone)
      if (at.ok) announceAt = at.instant.toISOString()
      else issues.push({ path: 'announceAt', message: at.message })
    }
  }
  const time = (key: TimeField) => draft.times[key] || null
  const body: ShowBody = {
    actId: draft.actId,
    tourId: draft.tourId || null,
    legId: draft.tourId ? draft.legId || null : null,
    venueId: draft.venueId,
    localDate: draft.localDate,
    loadIn: time('loadIn'),
    soundcheck: time('soundcheck'),
    doors: time('doors'),
    setStart: time('setStart'),
    curfew: time('curfew'),
    status: draft.status as ShowBody['status'],
    announcement: draft.announcement as ShowBody['announcement'],
    announceAt,
    billing: draft.billing.map((b) => ({ actId: b.actId, role: b.role as 'support' })),
    lineup: draft.lineup.map((l) => ({ personId: l.personId, role: l.role.trim() })),
    notes: draft.notes,
    acknowledgeConflicts: false,
  }
  return { body, issues }
}
