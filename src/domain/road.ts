/**
 * The road's vocabulary (issue 15, ADR 034): days of a tour and the lines of their schedules, and
 * who sees a line. Pure text, no imports beyond the show-time rule, so the web app runs it too.
 */
import { SHOW_DAY_ENDS_AT, type ShowTimeFieldName } from './show-time-days.ts'

export const DAY_TYPES = ['show', 'travel', 'off', 'promo', 'rehearsal', 'tv'] as const
type DayType = (typeof DAY_TYPES)[number]

/** What a day is called on a day sheet, on the phone and in the PDF alike. */
export const DAY_TYPE_LABELS: Record<DayType, string> = {
  show: 'Show day',
  travel: 'Travel day',
  off: 'Day off',
  promo: 'Promo day',
  rehearsal: 'Rehearsal',
  tv: 'TV',
}

export const SCHEDULE_ITEM_KINDS = [
  'bus-call',
  'load-in',
  'soundcheck',
  'doors',
  'support',
  'set',
  'curfew',
  'interview',
  'meal',
  'meet-and-greet',
  'travel',
  'rehearsal',
  'tv',
  'other',
] as const
export type ScheduleItemKind = (typeof SCHEDULE_ITEM_KINDS)[number]

/** exact: "19:00"; approximate: "~19:00"; tbc: the time is not known yet; hidden: listed without a time. */
export const DISPLAY_MODES = ['exact', 'approximate', 'tbc', 'hidden'] as const
export type DisplayMode = (typeof DISPLAY_MODES)[number]

/** everyone on the day; the band (the act and the show's lineup); crew (crew accounts); a named act's party; named people. */
export const AUDIENCES = ['everyone', 'band', 'crew', 'act', 'people'] as const
export type Audience = (typeof AUDIENCES)[number]

/** A line's time as the sheet shows it: the display mode decides; +1 day after midnight. */
export function timeLabel(item: { startTime: string | null; startDayOffset: number; display: DisplayMode }): string {
  if (item.display === 'hidden') return ''
  if (item.display === 'tbc' || item.startTime === null) return 'TBC'
  const base = item.display === 'approximate' ? `~${item.startTime}` : item.startTime
  return item.startDayOffset === 1 ? `${base} (+1 day)` : base
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
const toTime = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
const DAY = 24 * 60

/** Null when a start `offset` days after the day's date is within its day; the message otherwise (ADR 005: up to 06:00 the morning after). */
export function startOffsetProblem(startTime: string, offset: number): string | null {
  if (offset === 0) return null
  if (offset !== 1) return 'a line starts on its day or, after midnight, on the morning after'
  return startTime <= SHOW_DAY_ENDS_AT
    ? null
    : `${startTime} the morning after is past ${SHOW_DAY_ENDS_AT}, when a day on the road ends; put it on the next day`
}

/**
 * Which day a line's end falls on, relative to the day's date: its start's day, or the next one when
 * the end is earlier than the start (an end at or before the start is past midnight). An end more than
 * a day after the day's date is outside its day (null).
 */
export function endDayOffset(startTime: string, startOffset: number, endTime: string): number | null {
  const offset = endTime > startTime ? startOffset : startOffset + 1
  return offset <= 1 ? offset : null
}

/** A template line: at a fixed time of the day, or minutes from one of the show's times. */
export interface TemplateLine {
  title: string
  kind: ScheduleItemKind
  /** 'fixed' (at `time`) or a show time. */
  anchor: 'fixed' | ShowTimeFieldName
  time?: string | null
  offsetMinutes: number
  durationMinutes?: number | null
  audience: Audience
  display: DisplayMode
}

export interface ResolvedLine {
  line: TemplateLine
  startTime: string
  startDayOffset: number
  endTime: string | null
}

/**
 * A template applied to a show's times: each line's start from its anchor (the show time's day
 * after midnight included, by the show-time rule) plus its offset. A line whose anchor the show has
 * no time for, or that would fall outside the day, is left out (returned in `skipped`, to adjust).
 */
export function resolveTemplate(
  lines: readonly TemplateLine[],
  showTimes: Partial<Record<ShowTimeFieldName, string | null>>,
  anchorDays: Partial<Record<ShowTimeFieldName, 0 | 1>>,
): { resolved: ResolvedLine[]; skipped: TemplateLine[] } {
  const resolved: ResolvedLine[] = []
  const skipped: TemplateLine[] = []
  for (const line of lines) {
    let minutes: number
    if (line.anchor === 'fixed') {
      if (!line.time) {
        skipped.push(line)
        continue
      }
      minutes = toMinutes(line.time) + line.offsetMinutes
    } else {
      const time = showTimes[line.anchor]
      if (!time) {
        skipped.push(line)
        continue
      }
      minutes = toMinutes(time) + (anchorDays[line.anchor] ?? 0) * DAY + line.offsetMinutes
    }
    const offset = Math.floor(minutes / DAY)
    const startTime = toTime(((minutes % DAY) + DAY) % DAY)
    if (minutes < 0 || startOffsetProblem(startTime, offset) !== null) {
      skipped.push(line)
      continue
    }
    let endTime: string | null = null
    if (line.durationMinutes) {
      const end = minutes + line.durationMinutes
      endTime = end < 2 * DAY ? toTime(end % DAY) : null
    }
    resolved.push({ line, startTime, startDayOffset: offset, endTime })
  }
  resolved.sort((a, b) => a.startDayOffset - b.startDayOffset || a.startTime.localeCompare(b.startTime))
  return { resolved, skipped }
}

/** "A standard show day" as Greenroom offers it (the demo and a new workspace's first template). */
export const STANDARD_SHOW_DAY: readonly TemplateLine[] = [
  { title: 'Bus call', kind: 'bus-call', anchor: 'loadIn', offsetMinutes: -60, audience: 'everyone', display: 'exact' },
  { title: 'Load-in', kind: 'load-in', anchor: 'loadIn', offsetMinutes: 0, durationMinutes: 180, audience: 'crew', display: 'exact' },
  { title: 'Soundcheck', kind: 'soundcheck', anchor: 'soundcheck', offsetMinutes: 0, durationMinutes: 60, audience: 'band', display: 'exact' },
  {
    title: 'Support soundcheck',
    kind: 'soundcheck',
    anchor: 'soundcheck',
    offsetMinutes: 75,
    durationMinutes: 30,
    audience: 'everyone',
    display: 'approximate',
  },
  { title: 'Doors', kind: 'doors', anchor: 'doors', offsetMinutes: 0, audience: 'everyone', display: 'exact' },
  { title: 'Support set', kind: 'support', anchor: 'doors', offsetMinutes: 60, durationMinutes: 40, audience: 'everyone', display: 'exact' },
  { title: 'Set', kind: 'set', anchor: 'setStart', offsetMinutes: 0, durationMinutes: 90, audience: 'everyone', display: 'exact' },
  { title: 'Curfew', kind: 'curfew', anchor: 'curfew', offsetMinutes: 0, audience: 'everyone', display: 'exact' },
  { title: 'Bus call', kind: 'bus-call', anchor: 'curfew', offsetMinutes: 90, audience: 'everyone', display: 'approximate' },
]

/** Who a day's audiences reach (person ids): the act's party and the shows' lineups (band), crew accounts, each billed act's party. */
export interface DayAudiences {
  band: ReadonlySet<string>
  crew: ReadonlySet<string>
  actParty: ReadonlyMap<string, ReadonlySet<string>>
  /** Everyone on the day: the band, crew, the billed acts' parties and anyone a line names. */
  everyone: ReadonlySet<string>
}

/** Whether a line reaches this person: the one rule of "my day" (ADR 034). */
export function reaches(
  item: { audience: Audience; audienceActId: string | null; people: readonly { personId: string }[] },
  personId: string,
  day: DayAudiences,
): boolean {
  switch (item.audience) {
    case 'everyone':
      return day.everyone.has(personId)
    case 'band':
      return day.band.has(personId)
    case 'crew':
      return day.crew.has(personId)
    case 'act':
      return item.audienceActId !== null && (day.actParty.get(item.audienceActId)?.has(personId) ?? false)
    case 'people':
      return item.people.some((p) => p.personId === personId)
  }
}
