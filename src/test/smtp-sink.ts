import { createServer } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** One message as a real SMTP server received it, parsed (headers, text and HTML parts). */
export interface Received {
  envelopeTo: string[]
  messageId: string
  subject: string
  text: string
  html: string
  headers: ParsedMail['headers']
  /** A header as it was sent (unfolded), by its lower-case name: List-Unsubscribe and friends, which the parser restructures. */
  raw: (name: string) => string | undefined
}

/**
 * A real SMTP server (the `smtp-server` package) started by a test, on 127.0.0.1: it keeps every
 * message it accepts, answers 550 for the addresses it is told to refuse, and can be stopped and
 * started again on the same port (a mail server that is down, then back).
 */
export class SmtpSink {
  readonly received: Received[] = []
  readonly refuse = new Set<string>()
  private server: SMTPServer | null = null

  private constructor(readonly port: number) {}

  /** A sink on a free port, not listening yet (start it, or leave it down). */
  static async onFreePort(): Promise<SmtpSink> {
    const probe = createServer()
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()))
    const port = (probe.address() as { port: number }).port
    await new Promise<void>((r) => probe.close(() => r()))
    return new SmtpSink(port)
  }

  static async started(): Promise<SmtpSink> {
    const sink = await SmtpSink.onFreePort()
    await sink.start()
    return sink
  }

  /** The URL the app is configured with (GREENROOM_SMTP_URL), with a user and a password the server checks. */
  get url(): string {
    return `smtp://greenroom:secret-pass@127.0.0.1:${this.port}`
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: false,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth: (auth, _session, cb) =>
        auth.username === 'greenroom' && auth.password === 'secret-pass' ? cb(null, { user: auth.username }) : cb(new Error('bad credentials')),
      onRcptTo: (address, _session, cb) => {
        if (this.refuse.has(address.address.toLowerCase())) return cb(Object.assign(new Error('5.1.1 no such mailbox here'), { responseCode: 550 }))
        cb()
      },
      onData: (stream, session, cb) => {
        simpleParser(stream).then(
          (mail) => {
            this.received.push({
              envelopeTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              messageId: mail.messageId ?? '',
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              headers: mail.headers,
              raw: (name) =>
                mail.headerLines
                  .find((h) => h.key === name.toLowerCase())
                  ?.line.replace(/\r?\n[ \t]+/g, ' ')
                  .replace(/^[^:]+:\s*/, ''),
            })
            cb()
          },
          (err: Error) => cb(err),
        )
      },
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, '127.0.0.1', () => resolve())
    })
    server.on('error', () => {})
    this.server = server
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    if (server) await new Promise<void>((r) => server.close(() => r()))
  }

  /** What arrived for one address. */
  to(address: string): Received[] {
    return this.received.filter((m) => m.envelopeTo.includes(address.toLowerCase()))
  }
}

/** Waits (polling, at most `seconds`) until `ok` holds. */
export async function until(what: string, ok: () => boolean | Promise<boolean>, seconds = 60): Promise<void> {
  const end = Date.now() + seconds * 1000
  while (Date.now() < end) {
    if (await ok()) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`gave up waiting: ${what}`)
}
