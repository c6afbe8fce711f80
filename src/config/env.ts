import { resolve } from 'node:path'
import { z } from 'zod'
import { ValidationError } from '../domain/errors.ts'
import { DEFAULT_TRAVEL_POLICY, type TravelPolicy } from '../domain/conflicts.ts'

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
  /** Door-to-door travel speed and per-trip buffer used by conflict checks (docs/decisions/005). */
  GREENROOM_TRAVEL_KMH: z.coerce.number().positive().max(2000).default(700),
  GREENROOM_TRAVEL_BUFFER_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(180),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

export interface Config {
  port: number
  host: string
  dataDir: string
  pgliteDurability: 'full' | 'relaxed'
  databaseUrl: string | undefined
  now: Date | undefined
  secureCookies: boolean
  publicUrl: string | undefined
  logLevel: string
  travel: TravelPolicy
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
    logLevel: e.LOG_LEVEL,
    travel: { ...DEFAULT_TRAVEL_POLICY, kmPerHour: e.GREENROOM_TRAVEL_KMH, bufferMinutes: e.GREENROOM_TRAVEL_BUFFER_MINUTES },
  }
}
