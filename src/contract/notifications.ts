import { z } from 'zod'
import { NOTIFICATION_KINDS } from '../domain/notifications.ts'
import { IdSchema } from './common.ts'

/** One notification in the signed-in person's inbox (issue 14). */
export const NotificationSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  body: z.string(),
  link: z.string().describe('Where it leads in the web app, under the workspace (e.g. /setlists/<proposal id>)'),
  createdAt: z.string(),
  readAt: z.string().nullable(),
})
export type Notification = z.infer<typeof NotificationSchema>

export const NotificationListQuerySchema = z.object({
  unread: z.enum(['true', 'false']).optional().describe('true: only unread ones'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  before: IdSchema.optional().describe('The id of the last notification of the previous page'),
})

export const UnreadCountSchema = z.object({ unread: z.number().int() })
export const MarkedReadSchema = z.object({ marked: z.number().int() })
