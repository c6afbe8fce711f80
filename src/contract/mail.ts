import { z } from 'zod'
import { CHANNELS, MAIL_KINDS, OUTBOX_STATES, PREFERENCE_KINDS, SETTINGS } from '../domain/mail.ts'
import { IdSchema, lineText } from './common.ts'
import { CLOCK_TIME } from '../domain/notification-delivery.ts'
import { timeZoneProblem } from '../domain/local-time.ts'

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

/** When digests go and quiet hours hold mail, on the person's own clock (ADR 041). */
export const DeliverySchema = z.object({
  zone: lineText(64)
    .refine((zone) => timeZoneProblem(zone) === null, { message: 'an IANA time zone like Europe/London' })
    .describe('Your own time zone: digests and quiet hours follow its clock'),
  digestTime: z.string().regex(CLOCK_TIME, 'HH:MM on a 24-hour clock').describe('When your daily digest goes (HH:MM)'),
  quietHours: z
    .object({
      start: z.string().regex(CLOCK_TIME, 'HH:MM on a 24-hour clock'),
      end: z.string().regex(CLOCK_TIME, 'HH:MM on a 24-hour clock'),
    })
    .nullable()
    .describe('Mail that falls inside waits until they end, then goes as one message; null: none'),
})
export type Delivery = z.infer<typeof DeliverySchema>

export const PreferencesSchema = z.object({
  preferences: z.array(PreferenceSchema).describe('Every kind on every channel (immediately unless set to digest or off)'),
  delivery: DeliverySchema.describe('Your digest time, quiet hours and zone (defaults until you save them)'),
  /** Notifications waiting for your digest, the end of quiet hours, or ten quiet minutes. */
  waiting: z.array(z.object({ kind: z.enum(PREFERENCE_KINDS), title: z.string(), dueAt: z.string(), reason: z.enum(['digest', 'quiet', 'bundle']) })),
  bouncedAddresses: z.array(z.string()).describe('Your addresses the mail server refused: no email goes to them'),
})
export type Preferences = z.infer<typeof PreferencesSchema>

/**
 * A setting to save: push has no digest (ADR 047): a push interrupts for something worth it now; the
 * day's summary is the email digest's. `digest` on push is refused naming the field, not taken as
 * `immediately`.
 */
const SavedPreferenceSchema = PreferenceSchema.superRefine((p, ctx) => {
  if (p.channel === 'push' && p.setting === 'digest')
    ctx.addIssue({ code: 'custom', path: ['setting'], message: 'push has no digest: immediately or off (the daily digest is an email)' })
})

export const SetPreferencesBodySchema = z.object({
  preferences: z.array(SavedPreferenceSchema).max(50).default([]),
  delivery: DeliverySchema.optional().describe('Absent: left as it is'),
})
export type SetPreferencesBody = z.infer<typeof SetPreferencesBodySchema>
