import { IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { SettlementBodySchema, ShowSettlementSchema } from '../../contract/settlements.ts'
import { getShowSettlement, saveShowSettlement } from '../../usecases/shows/show-settlement.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const Params = WorkspaceParamsSchema.extend({ showId: IdSchema })

/** A show's deal and settlement (issue 16, point 5; ADR 040): owners and managers only. */
export const settlementRoutes = defineRoutes((app, ctx) => {
  const tags = ['touring']
  app.get(
    '/shows/:showId/settlement',
    {
      schema: {
        tags,
        summary: 'A show’s deal and settlement sheet, line by line from gross to artist and promoter take (owners and managers)',
        params: Params,
        response: { 200: ShowSettlementSchema },
      },
    },
    async (request) => getShowSettlement(ctx.deps, actorOf(request), request.params.showId),
  )
  app.put(
    '/shows/:showId/settlement',
    {
      schema: {
        tags,
        summary: 'Write a show’s deal, tickets, taxes and expenses (send the settlement’s version, 0 for the first); answers the computed sheet',
        params: Params,
        body: SettlementBodySchema,
        response: { 200: ShowSettlementSchema },
      },
    },
    async (request) => saveShowSettlement(ctx.deps, actorOf(request), request.params.showId, request.body),
  )
})
