import { REGISTRATION_STATE_LABELS, type RegistrationState } from '../../../../src/contract/publishing.ts'

/** A work's registration state as a badge: Submitted, Registered, Conflict … or Not registered. */
export function RegistrationBadge({ status }: { status: RegistrationState | null }) {
  if (!status) return <span className="badge registration registration--none">Not registered</span>
  return <span className={`badge registration registration--${status}`}>{REGISTRATION_STATE_LABELS[status]}</span>
}
