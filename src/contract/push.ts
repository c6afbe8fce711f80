import { z } from 'zod'
import { isAuthSecret, isP256dhShape, MAX_ENDPOINT_LENGTH } from '../domain/push.ts'

/** The server's VAPID public key (ADR 044): the browser subscribes with it (`applicationServerKey`). */
export const VapidPublicKeySchema = z.object({
  publicKey: z.string().describe('The uncompressed P-256 point, base64url (65 bytes)'),
})

/** What `PushSubscription.toJSON()` gives in the browser, plus an optional name for the device. */
export const SubscribeBodySchema = z.object({
  endpoint: z.string().min(1).max(MAX_ENDPOINT_LENGTH).describe("The push service's URL for this device (https)"),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    p256dh: z.string().max(200).refine(isP256dhShape, 'must be the base64url of an uncompressed P-256 public key (65 bytes)'),
    auth: z.string().max(100).refine(isAuthSecret, 'must be the base64url of a 16-byte secret'),
  }),
  label: z.string().trim().min(1).max(80).optional().describe('What you call the device; by default the browser and system'),
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
