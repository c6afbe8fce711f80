import { z } from 'zod'
import { IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { createFeed, listFeeds, revokeFeed } from '../../usecases/feeds/person-feeds.ts'
import { baseUrlOf, defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const PersonParams = WorkspaceParamsSchema.extend({ personId: IdSchema })
const FeedParams = PersonParams.extend({ feedId: IdSchema })
const FeedSchema = z.object({ id: IdSchema, createdAt: z.string() })
const NewFeedSchema = z.object({
  id: IdSchema,
  token: z.string().describe('The secret; shown only now'),
  url: z.string().describe('Subscribe to this iCalendar address; anyone who has it sees the calendar until it is revoked'),
})

export const feedsRoutes = defineRoutes((app, ctx) => {
  const tags = ['calendar']
  app.get(
    '/people/:personId/feeds',
    {
      schema: { tags, summary: "A person's private calendar feeds that still work (no secrets)", params: PersonParams, response: { 200: z.array(FeedSchema) } },
    },
    async (request) => listFeeds(ctx.deps, actorOf(request), request.params.personId),
  )
  app.post(
    '/people/:personId/feeds',
    {
      schema: {
        tags,
        summary: 'Make a secret iCalendar address for a person (yourself, or anyone as a manager)',
        params: PersonParams,
        response: { 201: NewFeedSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createFeed(ctx.deps, actorOf(request), request.params.personId, baseUrlOf(ctx, request))),
  )
  app.delete(
    '/people/:personId/feeds/:feedId',
    { schema: { tags, summary: 'Revoke a calendar feed; its address stops working', params: FeedParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await revokeFeed(ctx.deps, actorOf(request), request.params.personId, request.params.feedId)
      return reply.code(204).send(null)
    },
  )
})
