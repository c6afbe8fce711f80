/** How Web Push leaves this instance (ADR 044). */
export interface PushSettings {
  /** The VAPID `sub` claim (RFC 8292 §2.1): a mailto: or https: address push services may contact. */
  subject: string
  /** Seconds before the first retry of a failed push (doubled with jitter each time). */
  retrySeconds: number
  /** Seconds one POST to a push service may take. */
  timeoutSeconds: number
  /** Accept http://127.0.0.1 endpoints (tests and the bench run a push service there); never in production. */
  allowLoopbackHttp: boolean
}

/**
 * The VAPID subject: the public address when it is https on a real host, else the mail sender's
 * address (push services want a way to reach the sender; web-push warns at a localhost URL).
 */
export function vapidSubjectOf(publicUrl: string, mailFrom: string): string {
  try {
    const url = new URL(publicUrl)
    if (url.protocol === 'https:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') return url.origin
  } catch {
    // fall through to the address
  }
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim()
  return `mailto:${address || 'greenroom@localhost'}`
}
