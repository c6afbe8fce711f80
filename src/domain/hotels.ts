/**
 * Hotel stays (issue 15 point 5, ADR 039): the dates of a stay and of each guest in it, on the
 * hotel's clock. Pure: the API checks a stay with it, the day sheet asks who sleeps where tonight.
 */
import type { FieldIssue } from './errors.ts'

export interface StayDates {
  checkInDate: string
  checkInTime: string
  checkOutDate: string
  checkOutTime: string
}

export interface GuestDates {
  /** The guest's first night, when they join late; null: the stay's check-in date. */
  fromDate?: string | null
  /** The guest's check-out date, when they leave early; null: the stay's check-out date. */
  toDate?: string | null
}

/**
 * What is wrong with a stay's dates, each named by its field: a check-out at or before the check-in
 * (local date and time on the hotel's clock), a guest's dates outside the stay or in the wrong order.
 */
export function stayDateProblems(stay: StayDates, rooms: readonly { guests: readonly GuestDates[] }[]): FieldIssue[] {
  const issues: FieldIssue[] = []
  const checkIn = `${stay.checkInDate}T${stay.checkInTime}`
  const checkOut = `${stay.checkOutDate}T${stay.checkOutTime}`
  if (checkOut <= checkIn) {
    issues.push({
      path: 'checkOutDate',
      message: `the check-out (${stay.checkOutDate} ${stay.checkOutTime}) is not after the check-in (${stay.checkInDate} ${stay.checkInTime})`,
    })
    return issues
  }
  rooms.forEach((room, r) =>
    room.guests.forEach((guest, g) => {
      const at = `rooms.${r}.guests.${g}`
      const from = guest.fromDate ?? stay.checkInDate
      const to = guest.toDate ?? stay.checkOutDate
      if (guest.fromDate && (guest.fromDate < stay.checkInDate || guest.fromDate >= stay.checkOutDate))
        issues.push({ path: `${at}.fromDate`, message: `a guest's first night is within the stay (${stay.checkInDate} to ${stay.checkOutDate})` })
      else if (guest.toDate && (guest.toDate <= stay.checkInDate || guest.toDate > stay.checkOutDate))
        issues.push({ path: `${at}.toDate`, message: `a guest's check-out is within the stay (${stay.checkInDate} to ${stay.checkOutDate})` })
      else if (to <= from) issues.push({ path: `${at}.toDate`, message: 'a guest checks out after their first night' })
    }),
  )
  return issues
}

/** Whether a guest sleeps at the hotel on the night of `date` (a local date): from their first night to the night before their check-out. */
export function sleepsThere(stay: Pick<StayDates, 'checkInDate' | 'checkOutDate'>, guest: GuestDates, date: string): boolean {
  return (guest.fromDate ?? stay.checkInDate) <= date && date < (guest.toDate ?? stay.checkOutDate)
}

/**
 * A person in two rooms of one stay on the same night (the same person twice, or moved without their
 * dates split): each later occurrence named by its field, with the room and the first night they share.
 * Moving rooms mid-stay is fine when the nights do not overlap.
 */
export function doubleBookedGuests(
  stay: Pick<StayDates, 'checkInDate' | 'checkOutDate'>,
  rooms: readonly { guests: readonly (GuestDates & { personId: string })[] }[],
): FieldIssue[] {
  const issues: FieldIssue[] = []
  const earlier = new Map<string, { room: number; from: string; to: string }[]>()
  rooms.forEach((room, r) =>
    room.guests.forEach((guest, g) => {
      const from = guest.fromDate ?? stay.checkInDate
      const to = guest.toDate ?? stay.checkOutDate
      const before = earlier.get(guest.personId) ?? []
      const clash = before.find((b) => b.room !== r && b.from < to && from < b.to)
      if (clash)
        issues.push({
          path: `rooms.${r}.guests.${g}.personId`,
          message: `this guest is in room ${clash.room + 1} on the night of ${from > clash.from ? from : clash.from} already`,
        })
      earlier.set(guest.personId, [...before, { room: r, from, to }])
    }),
  )
  return issues
}
