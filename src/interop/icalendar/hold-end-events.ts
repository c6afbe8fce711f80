import { addDays, type Holder } from '../../domain/availability.ts'
import { HOLD_KIND_LABELS, type HoldKind } from '../../domain/rights.ts'
import type { CalendarEvent } from './write-calendar.ts'

/** The last day of a hold on a song a person wrote: a reminder in their calendar feed. */
export interface WriterHoldEnd {
  holdId: string
  holdVersion: number
  workTitle: string
  holder: Holder
  kind: HoldKind
  /** Last day held (inclusive). */
  endsOn: string
  endedByRelease: boolean
}

/** How many days ahead a writer's calendar reminds them that a hold on their song ends. */
export const HOLD_END_ALARM_DAYS = 7

/**
 * An all-day event on the last day of a hold on one of the writer's songs, with an alarm a week
 * before. The UID carries the end day: when a release moves the end, the old event leaves the
 * feed and a new one comes, instead of relying on every reader to honour SEQUENCE for a moved day.
 */
export function holdEndEvent(end: WriterHoldEnd): CalendarEvent {
  const kind = HOLD_KIND_LABELS[end.kind]
  return {
    uid: `hold-${end.holdId}-${end.endsOn}@greenroom`,
    sequence: Math.max(0, end.holdVersion - 1),
    summary: `“${end.workTitle}”: ${end.holder.name}'s ${kind} ends`,
    description: [
      `Last day of the ${kind} held by ${end.holder.name}${end.endedByRelease ? ' (ended by the release of the song)' : ''}.`,
      `From ${addDays(end.endsOn, 1)} the song is free and clear unless another hold follows: check Greenroom.`,
    ].join('\n'),
    status: 'CONFIRMED',
    when: { kind: 'all-day', firstDate: end.endsOn, lastDate: end.endsOn },
    alarmDaysBefore: HOLD_END_ALARM_DAYS,
  }
}
