import { z } from 'zod'
import { lineText } from './common.ts'
import { isAuthSecret, isP256dhShape, MAX_ENDPOINT_LENGTH } from '../domain/push.ts'

/** The server's VAPID public key (ADR 044): the browser subscribes with it (`applicationServerKey`). */
export const VapidPublicKeySchema = z.object({
  publicKey: z.string().describe('The uncompressed P-256 point, base64url (65 bytes)'),
})

/** What `PushSubscription.toJSON()` gives in the browser, plus an optional name for the device. */
export const SubscribeBodySchema = z.object({
  endpoint: lineText(MAX_ENDPOINT_LENGTH).min(1).describe("The push service's URL for this device (https)"),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    p256dh: z
      .string()
      .max(200)
      .regex(/^[A-Za-z0-9_-]*=*$/, 'base64url')
      .refine(isP256dhShape, 'must be the base64url of an uncompressed P-256 public key (65 bytes)'),
    auth: z
      .string()
      .max(100)
      .regex(/^[A-Za-z0-9_-]*=*$/, 'base64url')
      .refine(isAuthSecret, 'must be the base64url of a 16-byte secret'),
  }),
  label: lineText(80).trim().min(1).optional().describe('What you call the device; by default the browser and system'),
  replaces: lineText(MAX_ENDPOINT_LENGTH)
    .min(1)
    .optional()
    .describe(
      'The endpoint this subscription replaces (the service worker after `pushsubscriptionchange`, ADR 047): that device of yours is replaced, keeping its name; 404 when you have none with it here',
    ),
})
export type SubscribeBody = z.infer<typeof SubscribeBodySchema>

/** One of my devices that takes push notifications. */
export const PushDeviceSchema = z.object({
  id: z.string(),
  endpoint: z.string(),
  label: z.string(),
  createdAt: z.string(),
  lastSentAt: z.string().nullable(),
})
export type PushDevice = z.infer<typeof PushDeviceSchema>
