import type { ChartEntry } from '../../api/charts-api.ts'

type Subject = ChartEntry['subject']

/** "24/Seven", "24/Seven (Deluxe)" or a recording's title. */
export function subjectName(subject: Subject): string {
  return subject.editionName ? `${subject.title} (${subject.editionName})` : subject.title
}

/** The value of a subject in the form's one select: `release-group:<id>`, `edition:<id>` or `recording:<id>`. */
export function subjectValue(subject: Pick<Subject, 'kind' | 'id'>): string {
  return `${subject.kind}:${subject.id}`
}

/** The body fields of a subject value; all three, so an edit that changes the kind clears the others. */
export function subjectFields(value: string): { releaseGroupId: string | null; editionId: string | null; recordingId: string | null } {
  const [kind, id = ''] = value.split(':')
  return {
    releaseGroupId: kind === 'release-group' && id ? id : null,
    editionId: kind === 'edition' && id ? id : null,
    recordingId: kind === 'recording' && id ? id : null,
  }
}

/** A whole number as typed (position, year), or the text itself, so the contract names the field. */
export function wholeNumberOf(text: string): number | string {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : text
}
