import type { AvailabilityState } from '../../api/rights-api.ts'

/** "held by Columbia (option) until 2013-12-11" or "free and clear since 2013-12-12", as a badge. */
export function AvailabilityBadge({ availability }: { availability: AvailabilityState }) {
  return <span className={`badge availability availability--${availability.state}`}>{availability.text}</span>
}
