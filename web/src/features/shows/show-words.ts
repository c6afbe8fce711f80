import type { AnnouncementState, ShowStatus } from '../../api/touring-api.ts'
import { dateTimeFormat, formatClock, formatDay, zoneName } from './zoned-time.ts'

const STATUS_LABELS: Record<ShowStatus, string> = {
  hold: 'On hold',
  offer: 'Offer',
  confirmed: 'Confirmed',
  cancelled: 'Cancelled',
  played: 'Played',
}

export function statusLabel(status: ShowStatus): string {
  return STATUS_LABELS[status]
}

const ANNOUNCEMENT_LABELS: Record<AnnouncementState, string> = {
  unannounced: 'Not announced',
  embargoed: 'Embargoed',
  announced: 'Announced',
}

export function announcementLabel(state: AnnouncementState): string {
  return ANNOUNCEMENT_LABELS[state]
}

/** "Embargoed until Sat, Jun 1, 9:00 AM PDT" in the reader's zone; the plain label for the other states. */
export function announcementText(state: AnnouncementState, announceAt: string | null, zone: string, locale?: string): string {
  if (state !== 'embargoed' || !announceAt) return announcementLabel(state)
  const at = new Date(announceAt)
  const year = dateTimeFormat(locale, { year: 'numeric', timeZone: zone }).format(at)
  return `Embargoed until ${formatDay(at, zone, locale)} ${year}, ${formatClock(at, zone, locale)} ${zoneName(at, zone, 'short', locale)}`
}

const BILLING_LABELS: Record<string, string> = { support: 'Support', 'special-guest': 'Special guest', 'co-headliner': 'Co-headliner' }

export function billingLabel(role: string): string {
  return BILLING_LABELS[role] ?? role
}
