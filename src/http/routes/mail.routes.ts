import { z } from 'zod'
import { IdOrSlugSchema } from '../../contract/common.ts'
import { OutboxMailSchema, OutboxQuerySchema, PreferencesSchema, SetPreferencesBodySchema } from '../../contract/mail.ts'
import { listOutbox } from '../../usecases/mail/outbox.ts'
import { myPreferences, setMyPreferences } from '../../usecases/mail/preferences.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const WorkspaceParams = z.object({ workspaceId: IdOrSlugSchema })

/** The outbox (owners) and each person's own settings for what reaches them by email (issue 14, ADR 033). */
export const mailRoutes = defineRoutes((app, ctx) => {
  app.get(
    '/mail/outbox',
    {
      schema: {
        tags: ['mail'],
        summary: 'Every email written for this workspace, newest first, with its state (owners only): where mail is kept when no SMTP server is configured',
        params: WorkspaceParams,
        querystring: OutboxQuerySchema,
        response: { 200: z.array(OutboxMailSchema) },
      },
    },
    async (request) => listOutbox(ctx.deps, actorOf(request), { limit: request.query.limit, before: request.query.before }),
  )
  app.get(
    '/me/notification-preferences',
    {
      schema: {
        tags: ['notifications'],
        summary: 'What reaches me by email, per kind (immediately or off), and my addresses that bounced',
        params: WorkspaceParams,
        response: { 200: PreferencesSchema },
      },
    },
    async (request) => myPreferences(ctx.deps, actorOf(request)),
  )
  app.put(
    '/me/notification-preferences',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Change what reaches me by email (the kinds listed; the others stay as they are)',
        params: WorkspaceParams,
        body: SetPreferencesBodySchema,
        response: { 200: PreferencesSchema },
      },
    },
    async (request) => setMyPreferences(ctx.deps, actorOf(request), request.body),
  )
})
