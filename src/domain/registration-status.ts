/** Our registration states; one per CWR transaction status (CWR 2.1 lookup "Transaction Status"). */
export const REGISTRATION_STATES = [
  'submitted',
  'received',
  'registered',
  'registered_with_changes',
  'conflict',
  'duplicate',
  'rejected',
  'no_participation',
] as const
export type RegistrationState = (typeof REGISTRATION_STATES)[number]

/** CWR transaction status codes of acknowledgements → our state, with the specification's label. */
export const ACK_STATUS_CODES: Readonly<Record<string, { state: RegistrationState; label: string }>> = {
  RA: { state: 'received', label: 'Transaction accepted' },
  AS: { state: 'registered', label: 'Registration accepted' },
  AC: { state: 'registered_with_changes', label: 'Registration accepted with changes' },
  SR: { state: 'registered', label: 'Registration accepted, ready for payment' },
  CR: { state: 'registered_with_changes', label: 'Registration accepted with changes, ready for payment' },
  CO: { state: 'conflict', label: 'Conflict' },
  DU: { state: 'duplicate', label: 'Duplicate' },
  RJ: { state: 'rejected', label: 'Rejected' },
  RC: { state: 'rejected', label: 'Claim rejected' },
  NP: { state: 'no_participation', label: 'No participation' },
}

export const REGISTRATION_STATE_LABELS: Readonly<Record<RegistrationState, string>> = {
  submitted: 'Submitted',
  received: 'Received',
  registered: 'Registered',
  registered_with_changes: 'Registered with changes',
  conflict: 'Conflict',
  duplicate: 'Duplicate',
  rejected: 'Rejected',
  no_participation: 'No participation',
}
