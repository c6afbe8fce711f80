import type { FeedScheduleItem } from '../../domain/feeds.ts'
import type { CalendarEvent } from './write-calendar.ts'

/**
 * A line of my day sheet on my private calendar (issue 15): on the day's clock (TZID of the day's
 * zone), past midnight as it is; a line without an end is a moment (DTEND = DTSTART); a line not
 * confirmed, or whose time is only approximate or to be confirmed, is TENTATIVE.
 */
export function scheduleItemEvent(item: FeedScheduleItem): CalendarEvent {
  const firm = item.confirmed && item.display === 'exact'
  return {
    uid: `day-item-${item.id}@greenroom`,
    sequence: Math.max(0, item.version - 1),
    summary: item.title,
    description: [item.display === 'approximate' ? 'Time approximate.' : '', item.display === 'tbc' ? 'Time to be confirmed.' : '', item.notes]
      .filter(Boolean)
      .join('\n'),
    status: firm ? 'CONFIRMED' : 'TENTATIVE',
    location: item.place ? { text: item.place, latitude: null, longitude: null } : undefined,
    when: { kind: 'timed', timeZone: item.timeZone, start: item.startsAt, end: item.endsAt ?? item.startsAt },
  }
}
