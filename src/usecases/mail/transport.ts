import type { Transporter } from 'nodemailer'

/** One message as it leaves (ADR 033). */
export interface OutgoingMail {
  from: string
  to: string
  subject: string
  text: string
  html: string
  /** Fixed when the outbox row was written: a message sent twice after a crash carries one Message-ID. */
  messageId: string
  headers: Record<string, string>
}

/** Where mail leaves: SMTP in production and in tests (a real server started by the test). */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>
  close(): void
}

/** The SMTP server refused: `responseCode` is its reply code (5yz for good, 4yz for now), absent when it could not be reached. */
export class SmtpRefusal extends Error {
  constructor(
    message: string,
    readonly responseCode: number | undefined,
  ) {
    super(message)
  }
}

/** nodemailer over SMTP, from GREENROOM_SMTP_URL (smtp:// with STARTTLS when offered, smtps:// with TLS from the start). */
export function smtpTransport(url: string, timeoutSeconds: number): MailTransport {
  // nodemailer is loaded with the first message, not at start (ADR 052).
  let opened: Promise<Transporter> | undefined
  let transporter: Transporter | undefined
  const open = async () => {
    const { default: nodemailer } = await import('nodemailer')
    transporter = nodemailer.createTransport(url, {})
    const timeouts = transporter.options as { connectionTimeout?: number; greetingTimeout?: number; socketTimeout?: number }
    timeouts.connectionTimeout = timeoutSeconds * 1000
    timeouts.greetingTimeout = timeoutSeconds * 1000
    timeouts.socketTimeout = timeoutSeconds * 1000
    return transporter
  }
  return {
    async send(mail) {
      const smtp = await (opened ??= open())
      try {
        await smtp.sendMail({
          from: mail.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: mail.headers,
        })
      } catch (err) {
        const e = err as { message?: string; responseCode?: number; response?: string }
        throw new SmtpRefusal(e.response ?? e.message ?? String(err), e.responseCode)
      }
    },
    close: () => transporter?.close(),
  }
}
