import { z } from 'zod'
import { IdOrSlugSchema, IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { ShowTicketsSchema, TicketsBodySchema } from '../../contract/tickets.ts'
import { bandsintownExport } from '../../usecases/public/bandsintown-export.ts'
import { getShowTickets, saveShowTickets } from '../../usecases/shows/show-tickets.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const Params = WorkspaceParamsSchema.extend({ showId: IdSchema })
const ActParams = WorkspaceParamsSchema.extend({ actId: IdOrSlugSchema.describe('Act id or slug') })
const PartQuery = z.object({ part: z.coerce.number().int().min(1).max(1000).default(1).describe('Which file, from 1 (50 dates a file)') })

/** A show's ticket offers and public status (issue 16, point 1; ADR 035). */
export const ticketsRoutes = defineRoutes((app, ctx) => {
  const tags = ['touring']
  app.get(
    '/shows/:showId/tickets',
    {
      schema: {
        tags,
        summary: 'A show’s ticket offers and public status, with what the public sees of each offer now',
        params: Params,
        response: { 200: ShowTicketsSchema },
      },
    },
    async (request) => getShowTickets(ctx.deps, actorOf(request), request.params.showId),
  )
  app.put(
    '/shows/:showId/tickets',
    {
      schema: {
        tags,
        summary: 'Replace a show’s offers and say what happened to its date (send the show’s version); raises the show’s version',
        params: Params,
        body: TicketsBodySchema,
        response: { 200: ShowTicketsSchema },
      },
    },
    async (request) => saveShowTickets(ctx.deps, actorOf(request), request.params.showId, request.body),
  )
  app.get(
    '/acts/:actId/bandsintown.csv',
    {
      schema: {
        tags,
        summary: 'The act’s public upcoming dates as Bandsintown bulk-upload CSV, 50 a file (X-Total-Parts says how many)',
        params: ActParams,
        querystring: PartQuery,
        response: { 200: { description: 'One CSV file', content: { 'text/csv': { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const { csv, parts } = await bandsintownExport(ctx.deps, actorOf(request), request.params.actId, request.query.part)
      return reply
        .type('text/csv; charset=utf-8')
        .header('x-total-parts', String(parts))
        .header('content-disposition', `attachment; filename="bandsintown-${request.query.part}-of-${parts}.csv"`)
        .send(csv)
    },
  )
})
