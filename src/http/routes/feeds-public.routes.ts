import { z } from 'zod'
import { lineText, ProblemSchema } from '../../contract/common.ts'
import { getPersonCalendar } from '../../usecases/public/get-person-calendar.ts'
import { defineRoutes } from '../route-context.ts'

const FeedParams = z.object({ token: lineText(200).min(1).describe('The secret of the feed, from its address') })

/**
 * A person's private calendar at a secret address (made and revoked under
 * /api/workspaces/:workspaceId/people/:personId/feeds). No login: the address is the key.
 */
export const feedsPublicRoutes = defineRoutes((app, ctx) => {
  app.get(
    '/feeds/:token.ics',
    {
      // The address is a secret: keep it out of the request log (info level).
      logLevel: 'warn',
      schema: {
        tags: ['public'],
        security: [],
        summary: "A person's private iCalendar feed: their shows (announced or not) and commitments",
        params: FeedParams,
        response: {
          200: { description: 'iCalendar feed', content: { 'text/calendar': { schema: z.string() } } },
          404: { description: 'Unknown or revoked address', content: { 'application/problem+json': { schema: ProblemSchema } } },
        },
      },
    },
    async (request, reply) => {
      const ics = await getPersonCalendar(ctx.deps, request.params.token)
      return (
        reply
          .type('text/calendar; charset=utf-8')
          // Revalidate every time: a revoked address must stop answering at once, even from caches.
          .header('cache-control', 'private, no-cache')
          .header('x-robots-tag', 'noindex')
          .send(ics)
      )
    },
  )
})
