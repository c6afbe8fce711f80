import { z } from 'zod'
import { FullDateSchema, IdOrSlugSchema, IdSchema, InstantSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { TimelineEntrySchema } from '../../contract/touring.ts'
import { actTimeline } from '../../usecases/timelines/act-timeline.ts'
import { personTimeline } from '../../usecases/timelines/person-timeline.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const Bound = z.union([InstantSchema, FullDateSchema])

/** A time range in a query: dates (midnight UTC) or instants with an offset. */
export const RangeQuerySchema = z.object({
  from: Bound.optional().describe('Start of the range: 2013-07-01 or 2013-07-01T00:00:00-05:00'),
  to: Bound.optional().describe('End of the range (exclusive)'),
})

const PersonParams = WorkspaceParamsSchema.extend({ personId: IdSchema })
const ActParams = WorkspaceParamsSchema.extend({ actId: IdOrSlugSchema.describe('Act id or slug') })

export const timelinesRoutes = defineRoutes((app, ctx) => {
  const tags = ['calendar']
  app.get(
    '/people/:personId/timeline',
    {
      schema: {
        tags,
        summary: "A person's shows, commitments and blockouts across all acts, with conflicts (default: 30 days ago to a year ahead)",
        params: PersonParams,
        querystring: RangeQuerySchema,
        response: { 200: z.array(TimelineEntrySchema) },
      },
    },
    async (request) => personTimeline(ctx.deps, actorOf(request), request.params.personId, request.query),
  )
  app.get(
    '/acts/:actId/timeline',
    {
      schema: {
        tags,
        summary: "An act's shows (headlined or billed) and commitments (default: 30 days ago to a year ahead)",
        params: ActParams,
        querystring: RangeQuerySchema,
        response: { 200: z.array(TimelineEntrySchema) },
      },
    },
    async (request) => actTimeline(ctx.deps, actorOf(request), request.params.actId, request.query),
  )
})
