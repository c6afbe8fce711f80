import type { FieldIssue } from './errors.ts'
import { addDays, localToInstant, startOfLocalDay } from './local-time.ts'

/**
 * Availability requests (issue 14, point 4; ADR 042): a manager asks people whether they can do a
 * date or a range of dates (a show on hold, a TV shoot, a promo trip), with an answer-by date.
 * People's availability, not the availability of songs under holds (domain/availability.ts).
 * Pure: the use cases read and write.
 */
export const AVAILABILITY_ANSWERS = ['yes', 'maybe', 'no'] as const
export type AvailabilityAnswer = (typeof AVAILABILITY_ANSWERS)[number]

export function isAvailabilityAnswer(value: unknown): value is AvailabilityAnswer {
  return typeof value === 'string' && (AVAILABILITY_ANSWERS as readonly string[]).includes(value)
}

/**
 * What is wrong with a request's dates, by field: the end before the start (`endDate`), and an
 * answer-by date after the first day (`answerBy`): an answer that comes once the thing has begun
 * plans nothing. The answer-by date may be the first day itself.
 */
export function requestDateProblems(r: { startDate: string; endDate: string; answerBy: string }): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (r.endDate < r.startDate) issues.push({ path: 'endDate', message: `the last day (${r.endDate}) is before the first day (${r.startDate})` })
  if (r.answerBy > r.startDate) issues.push({ path: 'answerBy', message: `answers are needed by the first day (${r.startDate}) at the latest` })
  return issues
}

/** The deadline: the end of the answer-by day on the request's clock (the first minute of the next day). */
export function deadlineOf(answerBy: string, zone: string): Date {
  return startOfLocalDay(addDays(answerBy, 1), zone)
}

/** When reminders go to those who have not answered: 09:00 two days before the answer-by date, and 09:00 on it (on the request's clock). */
export const REMINDER_DAYS_BEFORE = [2, 0] as const
export const REMINDER_TIME = '09:00'

export function reminderInstants(answerBy: string, zone: string): { daysBefore: number; at: Date }[] {
  return REMINDER_DAYS_BEFORE.flatMap((daysBefore) => {
    const local = localToInstant(addDays(answerBy, -daysBefore), REMINDER_TIME, zone)
    return local.ok ? [{ daysBefore, at: local.instant }] : []
  })
}

/** Whether answers are still taken: not closed by the manager and before the deadline. */
export function isOpen(r: { closedAt: Date | null; deadlineAt: Date }, now: Date): boolean {
  return r.closedAt === null && now < r.deadlineAt
}

export interface AnswerCounts {
  yes: number
  maybe: number
  no: number
  unanswered: number
}

export function countAnswers(answers: readonly { answer: string | null }[]): AnswerCounts {
  const counts: AnswerCounts = { yes: 0, maybe: 0, no: 0, unanswered: 0 }
  for (const a of answers) {
    if (isAvailabilityAnswer(a.answer)) counts[a.answer]++
    else counts.unanswered++
  }
  return counts
}

/** "2 yes, 1 maybe, 1 no, 1 not answered": the summary line of the deadline's notice. */
export function summaryLine(c: AnswerCounts): string {
  return `${c.yes} yes, ${c.maybe} maybe, ${c.no} no, ${c.unanswered} not answered`
}

/** The dates in words: "2013-08-01" or "2013-08-01 to 2013-08-20". */
export function datesLabel(r: { startDate: string; endDate: string }): string {
  return r.startDate === r.endDate ? r.startDate : `${r.startDate} to ${r.endDate}`
}

/** What the asked and the asker are told, step by step (the inbox line and the email's heading). */
export function availabilityTitle(
  step: 'asked' | 'reminder' | 'deadline',
  p: { actorName: string; title: string; startDate: string; endDate: string; answerBy: string; counts?: AnswerCounts },
): string {
  const dates = datesLabel(p)
  switch (step) {
    case 'asked':
      return `${p.actorName} asks whether you can do “${p.title}” (${dates}): answer by ${p.answerBy}`
    case 'reminder':
      return `Reminder: can you do “${p.title}” (${dates})? Answers are needed by ${p.answerBy}`
    case 'deadline':
      return `Answers for “${p.title}” (${dates}) are in: ${summaryLine(p.counts ?? { yes: 0, maybe: 0, no: 0, unanswered: 0 })}`
  }
}
