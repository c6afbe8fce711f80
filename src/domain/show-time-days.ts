/**
 * Which day each time of a show falls on (ADR 005, "past midnight"). A show's times are local
 * "HH:MM" at the venue, in the day's order (load-in, soundcheck, doors, set start, curfew). A club
 * show ending at 00:30 or a late festival slot starting at 01:00 runs past midnight: a time earlier
 * than the one before it is on the next day, as long as it is no later than 06:00 (the show day ends
 * there; a curfew of 11:00 after doors at 19:00 is a typo, not a seventeen-hour show). Pure text
 * logic with no imports, so the web app checks the same rule as the server without the tz database.
 */
export const SHOW_TIME_FIELDS = ['loadIn', 'soundcheck', 'doors', 'setStart', 'curfew'] as const
export type ShowTimeFieldName = (typeof SHOW_TIME_FIELDS)[number]

/** The latest local time a show's day runs to after midnight. */
export const SHOW_DAY_ENDS_AT = '06:00'

const LABELS: Record<ShowTimeFieldName, string> = { loadIn: 'load-in', soundcheck: 'soundcheck', doors: 'doors', setStart: 'set start', curfew: 'curfew' }

export interface ShowTimeDays {
  /** 0: on the show's date; 1: after midnight, on the next day. Only for the times given. */
  days: Partial<Record<ShowTimeFieldName, 0 | 1>>
  issues: { path: ShowTimeFieldName; message: string }[]
}

/**
 * @example showTimeDays({ doors: '21:00', setStart: '23:15', curfew: '00:30' }).days // { doors: 0, setStart: 0, curfew: 1 }
 */
export function showTimeDays(times: Partial<Record<ShowTimeFieldName, string | null | undefined>>): ShowTimeDays {
  const days: ShowTimeDays['days'] = {}
  const issues: ShowTimeDays['issues'] = []
  let previous: { field: ShowTimeFieldName; value: string } | null = null
  let day: 0 | 1 = 0
  for (const field of SHOW_TIME_FIELDS) {
    const value = times[field]
    if (!value) continue
    if (day === 1 && value > SHOW_DAY_ENDS_AT) {
      issues.push({ path: field, message: `${LABELS[field]} (${value}) is after ${SHOW_DAY_ENDS_AT} on the morning after; a show's day ends by then` })
      previous = { field, value }
      continue
    }
    // "HH:MM" sorts as text; equal neighbours are allowed.
    if (previous && value < previous.value) {
      if (day === 0 && value <= SHOW_DAY_ENDS_AT) day = 1
      else {
        issues.push({
          path: field,
          message:
            day === 1
              ? `${LABELS[field]} (${value}) is before ${LABELS[previous.field]} (${previous.value}), which is already after midnight; a show's times run load-in, soundcheck, doors, set start, curfew`
              : `${LABELS[field]} (${value}) is before ${LABELS[previous.field]} (${previous.value}); a show's times run load-in, soundcheck, doors, set start, curfew, and only up to ${SHOW_DAY_ENDS_AT} after midnight`,
        })
        previous = { field, value }
        continue
      }
    }
    days[field] = day
    previous = { field, value }
  }
  return { days, issues }
}

/** The fields of a show's times that fall after midnight, in the day's order (for the API and the pages). */
export function timesAfterMidnight(times: Partial<Record<ShowTimeFieldName, string | null | undefined>>): ShowTimeFieldName[] {
  const { days } = showTimeDays(times)
  return SHOW_TIME_FIELDS.filter((f) => days[f] === 1)
}
