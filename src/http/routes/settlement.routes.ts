import { z } from 'zod'
import { IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import {
  MoneySettingsBodySchema,
  MoneySettingsSchema,
  SettlementBodySchema,
  SettlementVersionBodySchema,
  ShowSettlementSchema,
  TourHomeCurrencyBodySchema,
  TourMoneySchema,
} from '../../contract/settlements.ts'
import {
  approveShowSettlement,
  getMoneySettings,
  getShowSettlement,
  getTourMoney,
  reopenShowSettlement,
  saveMoneySettings,
  saveShowSettlement,
  saveTourHomeCurrency,
  settlementSheet,
} from '../../usecases/shows/show-settlement.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const Params = WorkspaceParamsSchema.extend({ showId: IdSchema })
const ActParams = WorkspaceParamsSchema.extend({ actId: IdSchema })
const TourParams = WorkspaceParamsSchema.extend({ tourId: IdSchema })

/** A show's deal and settlement (issue 16, point 5; ADR 040, 043): owners and managers; a member only their show's deal, if the act says so. */
export const settlementRoutes = defineRoutes((app, ctx) => {
  const tags = ['touring']
  app.get(
    '/shows/:showId/settlement',
    {
      schema: {
        tags,
        summary:
          'A show’s deal and settlement sheet, line by line from gross to artist and promoter take (owners and managers; a member on the lineup reads the deal alone when the act shares it)',
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
        summary:
          'Write a show’s deal, tickets, taxes, expenses, merch, deposits, adjustments and exchange rate (send the settlement’s version, 0 for the first); answers the computed sheet; 409 while approved',
        params: Params,
        body: SettlementBodySchema,
        response: { 200: ShowSettlementSchema },
      },
    },
    async (request) => saveShowSettlement(ctx.deps, actorOf(request), request.params.showId, request.body),
  )
  app.post(
    '/shows/:showId/settlement/approve',
    {
      schema: {
        tags,
        summary: 'Approve a show’s settlement at its version: who and when are kept, and it is read-only until reopened',
        params: Params,
        body: SettlementVersionBodySchema,
        response: { 200: ShowSettlementSchema },
      },
    },
    async (request) => approveShowSettlement(ctx.deps, actorOf(request), request.params.showId, request.body.version),
  )
  app.post(
    '/shows/:showId/settlement/reopen',
    {
      schema: {
        tags,
        summary: 'Reopen an approved settlement so that it can change (owners and managers)',
        params: Params,
        body: SettlementVersionBodySchema,
        response: { 200: ShowSettlementSchema },
      },
    },
    async (request) => reopenShowSettlement(ctx.deps, actorOf(request), request.params.showId, request.body.version),
  )
  app.get(
    '/shows/:showId/settlement.pdf',
    {
      schema: {
        tags,
        summary: 'The settlement sheet as a PDF to sign (owners and managers)',
        params: Params,
        response: { 200: { description: 'The sheet', content: { 'application/pdf': { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const sheet = await settlementSheet(ctx.deps, actorOf(request), request.params.showId)
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${sheet.fileName}"`)
        .send(sheet.body as unknown as string) // a Buffer: Fastify sends it as it is
    },
  )
  app.get(
    '/acts/:actId/money-settings',
    { schema: { tags, summary: 'Whether the act’s members see their show’s deal (default off)', params: ActParams, response: { 200: MoneySettingsSchema } } },
    async (request) => getMoneySettings(ctx.deps, actorOf(request), request.params.actId),
  )
  app.put(
    '/acts/:actId/money-settings',
    {
      schema: {
        tags,
        summary: 'Let the act’s members on a show’s lineup see that show’s deal, or not (send the version, 0 for the first)',
        params: ActParams,
        body: MoneySettingsBodySchema,
        response: { 200: MoneySettingsSchema },
      },
    },
    async (request) => saveMoneySettings(ctx.deps, actorOf(request), request.params.actId, request.body),
  )
  app.get(
    '/tours/:tourId/money',
    {
      schema: {
        tags,
        summary: 'A tour’s settlements and their totals in its home currency, each at the exchange rate entered on it (owners and managers)',
        params: TourParams,
        response: { 200: TourMoneySchema },
      },
    },
    async (request) => getTourMoney(ctx.deps, actorOf(request), request.params.tourId),
  )
  app.put(
    '/tours/:tourId/money',
    {
      schema: { tags, summary: 'Set a tour’s home currency', params: TourParams, body: TourHomeCurrencyBodySchema, response: { 200: TourMoneySchema } },
    },
    async (request) => saveTourHomeCurrency(ctx.deps, actorOf(request), request.params.tourId, request.body.homeCurrency),
  )
})
