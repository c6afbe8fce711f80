import type { FieldIssue } from '../../api/api-problem.ts'
import type { Commitment, CommitmentBody } from '../../api/touring-api.ts'
import { coordinatesOf } from '../venues/coordinates.ts'
import { isKnownTimeZone } from '../shows/zoned-time.ts'

export interface CommitmentDraft {
  kind: string
  title: string
  actId: string
  venueId: string
  locationName: string
  latitude: string
  longitude: string
  timeZone: string
  isAllDay: boolean
  startDate: string
  startTime: string
  endDate: string
  endTime: string
  outlet: string
  journalist: string
  embargoNotes: string
  notes: string
  personIds: string[]
}

export function draftOf(commitment: Commitment | undefined, viewerZone: string, defaults: { personId?: string; actId?: string } = {}): CommitmentDraft {
  return {
    kind: commitment?.kind ?? 'rehearsal',
    title: commitment?.title ?? '',
    actId: commitment?.actId ?? defaults.actId ?? '',
    venueId: commitment?.venueId ?? '',
    locationName: commitment?.locationName ?? '',
    latitude: commitment?.latitude?.toString() ?? '',
    longitude: commitment?.longitude?.toString() ?? '',
    timeZone: commitment?.timeZone ?? viewerZone,
    isAllDay: commitment ? commitment.startTime === null : false,
    startDate: commitment?.startDate ?? '',
    startTime: commitment?.startTime ?? '',
    endDate: commitment?.endDate ?? '',
    endTime: commitment?.endTime ?? '',
    outlet: commitment?.outlet ?? '',
    journalist: commitment?.journalist ?? '',
    embargoNotes: commitment?.embargoNotes ?? '',
    notes: commitment?.notes ?? '',
    personIds: commitment?.people.map((p) => p.personId) ?? (defaults.personId ? [defaults.personId] : []),
  }
}

function whenIssues(draft: CommitmentDraft, endDate: string): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (!draft.startDate) issues.push({ path: 'startDate', message: 'give the date it starts' })
  if (draft.startDate && endDate < draft.startDate) issues.push({ path: 'endDate', message: 'the end date is before the start date' })
  if (draft.isAllDay) return issues
  if (!draft.startTime) issues.push({ path: 'startTime', message: 'give the start time, or tick “All day”' })
  if (!draft.endTime) issues.push({ path: 'endTime', message: 'give the end time, or tick “All day”' })
  if (draft.startTime && draft.endTime && endDate === draft.startDate && draft.endTime <= draft.startTime) {
    issues.push({
      path: 'endTime',
      message: `it ends (${draft.endTime}) before it starts (${draft.startTime}); for something past midnight, set the end date to the next day`,
    })
  }
  return issues
}

/** The request body, and the form's own findings the schema cannot make. */
export function bodyOf(draft: CommitmentDraft): { body: CommitmentBody; issues: FieldIssue[] } {
  const endDate = draft.endDate || draft.startDate
  const isPromo = draft.kind === 'promo-interview'
  const hasVenue = draft.venueId !== ''
  const coordinates = hasVenue ? { latitude: null, longitude: null, issues: [] } : coordinatesOf(draft.latitude, draft.longitude)
  const issues: FieldIssue[] = [...whenIssues(draft, endDate), ...coordinates.issues]
  if (draft.timeZone.trim() && !isKnownTimeZone(draft.timeZone.trim()))
    issues.push({ path: 'timeZone', message: `“${draft.timeZone}” is not a time zone; pick one from the list, like America/Los_Angeles` })
  const text = (value: string) => value.trim() || null
  const body: CommitmentBody = {
    kind: draft.kind as CommitmentBody['kind'],
    title: draft.title,
    actId: draft.actId || null,
    venueId: draft.venueId || null,
    locationName: draft.locationName,
    latitude: coordinates.latitude,
    longitude: coordinates.longitude,
    timeZone: draft.timeZone.trim(),
    startDate: draft.startDate,
    startTime: draft.isAllDay ? null : draft.startTime || null,
    endDate,
    endTime: draft.isAllDay ? null : draft.endTime || null,
    outlet: isPromo ? text(draft.outlet) : null,
    journalist: isPromo ? text(draft.journalist) : null,
    embargoNotes: isPromo ? text(draft.embargoNotes) : null,
    notes: draft.notes,
    personIds: draft.personIds,
    acknowledgeConflicts: false,
  }
  return { body, issues }
}
