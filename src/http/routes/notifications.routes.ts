import { z } from 'zod'
import { IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { MarkedReadSchema, NotificationListQuerySchema, NotificationSchema, UnreadCountSchema } from '../../contract/notifications.ts'
import { listNotifications, readAllNotifications, readNotification, unreadNotifications } from '../../usecases/notifications/inbox.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const NotificationParams = WorkspaceParamsSchema.extend({ notificationId: IdSchema })

/** The signed-in person's inbox (issue 14): every role reads and marks its own notifications only. */
export const notificationsRoutes = defineRoutes((app, ctx) => {
  const tags = ['notifications']
  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'My notifications, newest first (unread=true for the unread ones; page with before=<last id>)',
        params: WorkspaceParamsSchema,
        querystring: NotificationListQuerySchema,
        response: { 200: z.array(NotificationSchema) },
      },
    },
    async (request) =>
      listNotifications(ctx.deps, actorOf(request), { unreadOnly: request.query.unread === 'true', limit: request.query.limit, before: request.query.before }),
  )
  app.get(
    '/notifications/unread-count',
    {
      schema: {
        tags,
        summary: 'How many of my notifications are unread (the badge in the navigation)',
        params: WorkspaceParamsSchema,
        response: { 200: UnreadCountSchema },
      },
    },
    async (request) => unreadNotifications(ctx.deps, actorOf(request)),
  )
  app.post(
    '/notifications/read-all',
    { schema: { tags, summary: 'Mark all my notifications read', params: WorkspaceParamsSchema, response: { 200: MarkedReadSchema } } },
    async (request) => readAllNotifications(ctx.deps, actorOf(request)),
  )
  app.post(
    '/notifications/:notificationId/read',
    {
      schema: { tags, summary: 'Mark one of my notifications read (404 for anyone else’s)', params: NotificationParams, response: { 200: NotificationSchema } },
    },
    async (request) => readNotification(ctx.deps, actorOf(request), request.params.notificationId),
  )
})
