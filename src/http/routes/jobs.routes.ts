import { z } from 'zod'
import { WorkspaceParamsSchema } from '../../contract/common.ts'
import { DeadLetterSchema } from '../../contract/jobs.ts'
import { listDeadLetters } from '../../usecases/jobs/dead-letters.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

export const jobsRoutes = defineRoutes((app, ctx) => {
  app.get(
    '/jobs/dead-letters',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Background jobs of this workspace that failed their last try (owners and managers), newest first, at most 100',
        params: WorkspaceParamsSchema,
        response: { 200: z.array(DeadLetterSchema) },
      },
    },
    async (request) => listDeadLetters(ctx.deps, ctx.jobs, actorOf(request)),
  )
})
