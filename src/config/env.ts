import { isIP } from 'node:net'
import { resolve } from 'node:path'
import { z } from 'zod'
import { ValidationError } from '../domain/errors.ts'
import { travelPolicyOf, type TravelPolicy } from '../domain/travel-estimate.ts'

/** Everything Greenroom reads from the environment, validated once at start-up. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  GREENROOM_DATA_DIR: z.string().default('./data'),
  /** The embedded database: `full` fsyncs every commit (default), `relaxed` survives a killed process only (docs/decisions/016). */
  GREENROOM_PGLITE_DURABILITY: z.enum(['full', 'relaxed']).default('full'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'use a postgres:// URL')
    .optional(),
  /** Pins the clock, e.g. 2013-04-15T12:00:00Z for the demo world. */
  GREENROOM_NOW: z.iso.datetime({ offset: true }).optional(),
  /** Set to "true" behind HTTPS so cookies carry the Secure flag. */
  GREENROOM_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  /** The public address used in invite links; defaults to the request's host. */
  GREENROOM_PUBLIC_URL: z.url().optional(),
  /**
   * The travel estimate of conflict checks where no travel is booked (domain/travel-estimate.ts,
   * docs/decisions/005): a flight's average speed gate to gate, and the time at both airports.
   */
  GREENROOM_TRAVEL_KMH: z.coerce.number().min(100).max(2000).default(800),
  GREENROOM_TRAVEL_BUFFER_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(180),
  /**
   * Which proxies may set X-Forwarded-For/-Proto/-Host: unset or "false" trusts none (the client's
   * own address counts), a number trusts that many hops, or a comma-separated list of addresses,
   * CIDR ranges or the names loopback, linklocal, uniquelocal. "true" is refused: trusting every
   * hop lets any client choose its own address (and so escape the login limits).
   */
  GREENROOM_TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v, ctx): TrustProxy => {
      const value = v.trim()
      if (value === '' || value === 'false') return false
      if (/^\d+$/.test(value)) {
        const hops = Number(value)
        if (hops > 10) ctx.addIssue({ code: 'custom', message: 'at most 10 hops' })
        return hops === 0 ? false : hops
      }
      const entries = value
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean)
      const names = new Set(['loopback', 'linklocal', 'uniquelocal'])
      for (const entry of entries) {
        const [address, bits, ...rest] = entry.split('/')
        const family = isIP(address ?? '')
        const okBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32))
        if (!(names.has(entry) || (family !== 0 && okBits && rest.length === 0))) {
          ctx.addIssue({ code: 'custom', message: `"${entry}" is not a hop count, an address, a CIDR range or loopback/linklocal/uniquelocal` })
        }
      }
      return entries
    }),
  /**
   * Email (ADR 033): smtp://user:pass@host:port or smtps://… (TLS from the start). Unset: mail is kept
   * in the outbox that owners read in the app, and nothing is sent.
   */
  GREENROOM_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s/]+(:\d+)?\/?(\?\S*)?$/, 'use smtp://user:pass@host:port or smtps://user:pass@host:port')
    .optional(),
  /** The sender of every email: an address, or a name and an address ("Greenroom <band@example.com>"). */
  GREENROOM_MAIL_FROM: z
    .string()
    .max(320)
    .regex(/^([^<>\r\n]*<[^@\s<>]+@[^@\s<>]+>|[^@\s<>]+@[^@\s<>]+)$/, 'use an address, or "Name <address>"')
    .default('Greenroom <greenroom@localhost>'),
  /** Seconds before a failed email is tried again, doubled each time (8 tries). */
  GREENROOM_MAIL_RETRY_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
  /** Seconds one SMTP delivery may take; a try still sending after twice this is taken as lost (its instance died) and claimed again. */
  GREENROOM_MAIL_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  /** The daily hold reminders (ADR 047): `on` (the default) starts them with the server; `off` leaves them to another instance or nobody. */
  GREENROOM_HOLD_REMINDERS: z.enum(['on', 'off']).default('on'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

/** Fastify's trustProxy: false, a hop count, or the proxies' addresses. */
export type TrustProxy = false | number | string[]

export interface Config {
  port: number
  host: string
  dataDir: string
  pgliteDurability: 'full' | 'relaxed'
  databaseUrl: string | undefined
  now: Date | undefined
  secureCookies: boolean
  publicUrl: string | undefined
  trustProxy: TrustProxy
  logLevel: string
  travel: TravelPolicy
  mail: MailConfig
  holdReminders: boolean
}

/** How email leaves (ADR 033); no smtpUrl: kept in the outbox. */
export interface MailConfig {
  smtpUrl: string | undefined
  from: string
  retrySeconds: number
  timeoutSeconds: number
  /** Quiet seconds that end a bundle of changes (ADR 041; 600 unless a test says otherwise). */
  bundleSeconds?: number
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env)
  if (!parsed.success) {
    throw new ValidationError(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })))
  }
  const e = parsed.data
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.GREENROOM_DATA_DIR),
    pgliteDurability: e.GREENROOM_PGLITE_DURABILITY,
    databaseUrl: e.DATABASE_URL,
    now: e.GREENROOM_NOW ? new Date(e.GREENROOM_NOW) : undefined,
    secureCookies: e.GREENROOM_SECURE_COOKIES === 'true',
    publicUrl: e.GREENROOM_PUBLIC_URL,
    trustProxy: e.GREENROOM_TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    travel: travelPolicyOf(e.GREENROOM_TRAVEL_KMH, e.GREENROOM_TRAVEL_BUFFER_MINUTES),
    mail: {
      smtpUrl: e.GREENROOM_SMTP_URL,
      from: e.GREENROOM_MAIL_FROM,
      retrySeconds: e.GREENROOM_MAIL_RETRY_SECONDS,
      timeoutSeconds: e.GREENROOM_MAIL_TIMEOUT_SECONDS,
    },
    holdReminders: e.GREENROOM_HOLD_REMINDERS === 'on',
  }
}
