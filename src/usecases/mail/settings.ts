import type { MailTransport } from './transport.ts'

/** How mail leaves this instance (ADR 033); built from GREENROOM_SMTP_URL and friends. */
export interface MailSettings {
  /** null: no SMTP server configured; mail is kept in the outbox for owners to read. */
  transport: MailTransport | null
  from: string
  /** Where links in emails lead (GREENROOM_PUBLIC_URL), without a trailing slash. */
  publicUrl: string
  /** Seconds before the first retry (doubled with jitter each time). */
  retrySeconds: number
  /** Seconds one SMTP delivery may take. */
  timeoutSeconds: number
  /** Quiet seconds after which bundled changes to one thing go (ADR 041: 600; tests shorten it). */
  bundleSeconds?: number
}
