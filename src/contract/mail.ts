import { z } from 'zod'
import { CHANNELS, MAIL_KINDS, OUTBOX_STATES, PREFERENCE_KINDS, SETTINGS } from '../domain/mail.ts'
import { IdSchema } from './common.ts'

/** One email in the workspace's outbox (ADR 033), as owners read it. */
export const OutboxMailSchema = z.object({
  id: z.string(),
  kind: z.enum(MAIL_KINDS),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  headers: z.record(z.string(), z.string()),
  messageId: z.string(),
  status: z.enum(OUTBOX_STATES).describe('kept: no SMTP server configured; queued, sending, sent, failed (a retry follows), bounced, suppressed'),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
})
export type OutboxMail = z.infer<typeof OutboxMailSchema>

export const OutboxQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  before: IdSchema.optional().describe('The id of the last email of the previous page'),
})

/** A person's setting for one kind on one channel. */
export const PreferenceSchema = z.object({
  kind: z.enum(PREFERENCE_KINDS),
  channel: z.enum(CHANNELS),
  setting: z.enum(SETTINGS),
})
export type Preference = z.infer<typeof PreferenceSchema>

export const PreferencesSchema = z.object({
  preferences: z.array(PreferenceSchema).describe('Every kind on every channel (immediately unless turned off)'),
  bouncedAddresses: z.array(z.string()).describe('Your addresses the mail server refused: no email goes to them'),
})
export type Preferences = z.infer<typeof PreferencesSchema>

export const SetPreferencesBodySchema = z.object({ preferences: z.array(PreferenceSchema).min(1).max(50) })
export type SetPreferencesBody = z.infer<typeof SetPreferencesBodySchema>
