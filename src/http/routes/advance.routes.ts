import { z } from 'zod'
import { IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import {
  AcceptAnswerBodySchema,
  CreatedPromoterLinkSchema,
  CreatePromoterLinkBodySchema,
  PromoterLinkSchema,
  ShowAdvanceBodySchema,
  ShowAdvanceSchema,
  VenueAdvanceBodySchema,
  VenueAdvanceSchema,
} from '../../contract/advance.ts'
import { getShowAdvance, getVenueAdvance, saveShowAdvance, saveVenueAdvance } from '../../usecases/advance/advance.ts'
import {
  acceptPromoterAnswer,
  createPromoterLink,
  dismissPromoterAnswer,
  listPromoterLinks,
  revokePromoterLink,
} from '../../usecases/advance/promoter-links.ts'
import { baseUrlOf, defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const ShowParams = WorkspaceParamsSchema.extend({ showId: IdSchema })
const VenueParams = WorkspaceParamsSchema.extend({ venueId: IdSchema })
const LinkParams = ShowParams.extend({ linkId: IdSchema })
const Empty = z.object({}).strict().optional()

/**
 * Advancing a show and what the band keeps of a venue (issue 15 point 6, issue 16 point 4; ADR 037):
 * the `advance` resource for the checklist, contacts and venue facts, `promoter-links` (owners and
 * managers) for the promoter's private links and their answers. The promoter's form itself is
 * public: promoter-form.routes.ts.
 */
export const advanceRoutes = defineRoutes((app, ctx) => {
  const tags = ['advance']
  app.get(
    '/shows/:showId/advance',
    {
      schema: {
        tags,
        summary: 'A show’s advance: its checklist (the default one until saved) and contacts, the show’s then the venue’s',
        params: ShowParams,
        response: { 200: ShowAdvanceSchema },
      },
    },
    async (request) => getShowAdvance(ctx.deps, actorOf(request), request.params.showId),
  )
  app.put(
    '/shows/:showId/advance',
    {
      schema: {
        tags,
        summary: 'Write a show’s checklist and contacts (send the version you read, 0 for the first)',
        params: ShowParams,
        body: ShowAdvanceBodySchema,
        response: { 200: ShowAdvanceSchema },
      },
    },
    async (request) => saveShowAdvance(ctx.deps, actorOf(request), request.params.showId, request.body),
  )
  app.get(
    '/venues/:venueId/advance',
    {
      schema: {
        tags,
        summary: 'What the band keeps of a venue for next time: load-in, parking, power, stage, wifi, hospitality, its people',
        params: VenueParams,
        response: { 200: VenueAdvanceSchema },
      },
    },
    async (request) => getVenueAdvance(ctx.deps, actorOf(request), request.params.venueId),
  )
  app.put(
    '/venues/:venueId/advance',
    {
      schema: {
        tags,
        summary: 'Write a venue’s facts and people (send the version you read, 0 for the first)',
        params: VenueParams,
        body: VenueAdvanceBodySchema,
        response: { 200: VenueAdvanceSchema },
      },
    },
    async (request) => saveVenueAdvance(ctx.deps, actorOf(request), request.params.venueId, request.body),
  )
  app.get(
    '/shows/:showId/promoter-links',
    {
      schema: {
        tags,
        summary: 'A show’s promoter links, newest first, with what a waiting answer would change (never a token)',
        params: ShowParams,
        response: { 200: z.array(PromoterLinkSchema) },
      },
    },
    async (request) => listPromoterLinks(ctx.deps, actorOf(request), request.params.showId),
  )
  app.post(
    '/shows/:showId/promoter-links',
    {
      schema: {
        tags,
        summary: 'Make a private link for the promoter (no account; expires): its token is in this answer only',
        params: ShowParams,
        body: CreatePromoterLinkBodySchema,
        response: { 201: CreatedPromoterLinkSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPromoterLink(ctx.deps, actorOf(request), request.params.showId, request.body, baseUrlOf(ctx, request))),
  )
  app.post(
    '/shows/:showId/promoter-links/:linkId/revoke',
    { schema: { tags, summary: 'Revoke a promoter link: it answers 410 from now on', params: LinkParams, body: Empty, response: { 200: PromoterLinkSchema } } },
    async (request) => revokePromoterLink(ctx.deps, actorOf(request), request.params.showId, request.params.linkId),
  )
  app.post(
    '/shows/:showId/promoter-links/:linkId/accept',
    {
      schema: {
        tags,
        summary: 'Take the promoter’s answer into the venue, all changed fields or those named (send the venue facts version the diff was read against)',
        params: LinkParams,
        body: AcceptAnswerBodySchema,
        response: { 200: PromoterLinkSchema },
      },
    },
    async (request) => acceptPromoterAnswer(ctx.deps, actorOf(request), request.params.showId, request.params.linkId, request.body),
  )
  app.post(
    '/shows/:showId/promoter-links/:linkId/dismiss',
    {
      schema: {
        tags,
        summary: 'Dismiss the promoter’s answer: the venue keeps what it had',
        params: LinkParams,
        body: Empty,
        response: { 200: PromoterLinkSchema },
      },
    },
    async (request) => dismissPromoterAnswer(ctx.deps, actorOf(request), request.params.showId, request.params.linkId),
  )
})
