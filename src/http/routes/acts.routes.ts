import { z } from 'zod'
import { IdOrSlugSchema, IdSchema, ListQuerySchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { ActBodySchema, ActSchema, MembershipBodySchema, MembershipSchema, UpdateActBodySchema, UpdateMembershipBodySchema } from '../../contract/people.ts'
import { getAct, listActs } from '../../usecases/acts/list-acts.ts'
import { createAct, deleteAct, updateAct } from '../../usecases/acts/save-act.ts'
import { addMembership, removeMembership, updateMembership } from '../../usecases/acts/save-membership.ts'
import { ClaimPublicHandleBodySchema, PublicHandleSchema } from '../../contract/public-handles.ts'
import { claimPublicHandle, getPublicHandle, releasePublicHandle } from '../../usecases/acts/public-handle.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const ActParams = WorkspaceParamsSchema.extend({ actId: IdOrSlugSchema.describe('Act id or slug') })
const MembershipParams = ActParams.extend({ membershipId: IdSchema })

export const actsRoutes = defineRoutes((app, ctx) => {
  const tags = ['acts']
  app.get(
    '/acts',
    { schema: { tags, summary: 'Acts, ours and outside ones, with members', querystring: ListQuerySchema, response: { 200: z.array(ActSchema) } } },
    async (request) => listActs(ctx.deps, actorOf(request), request.query.q),
  )
  app.post('/acts', { schema: { tags, summary: 'Add an act', body: ActBodySchema, response: { 201: ActSchema } } }, async (request, reply) =>
    reply.code(201).send(await createAct(ctx.deps, actorOf(request), request.body)),
  )
  app.get('/acts/:actId', { schema: { tags, summary: 'One act by id or slug', params: ActParams, response: { 200: ActSchema } } }, async (request) =>
    getAct(ctx.deps, actorOf(request), request.params.actId),
  )
  app.put(
    '/acts/:actId',
    { schema: { tags, summary: 'Edit an act (send the version you read)', params: ActParams, body: UpdateActBodySchema, response: { 200: ActSchema } } },
    async (request) => updateAct(ctx.deps, actorOf(request), request.params.actId, request.body),
  )
  app.delete(
    '/acts/:actId',
    { schema: { tags, summary: 'Remove an act with no recordings or releases', params: ActParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteAct(ctx.deps, actorOf(request), request.params.actId)
      return reply.code(204).send(null)
    },
  )
  app.get(
    '/acts/:actId/public-handle',
    { schema: { tags, summary: "The act's public handle (its page is /public/{handle}), or null", params: ActParams, response: { 200: PublicHandleSchema } } },
    async (request) => getPublicHandle(ctx.deps, actorOf(request), request.params.actId),
  )
  app.put(
    '/acts/:actId/public-handle',
    {
      schema: {
        tags,
        summary: 'Give one of our acts a public page at /public/{handle} (owners; the handle is unique on the server)',
        params: ActParams,
        body: ClaimPublicHandleBodySchema,
        response: { 200: PublicHandleSchema },
      },
    },
    async (request) => claimPublicHandle(ctx.deps, actorOf(request), request.params.actId, request.body.handle),
  )
  app.delete(
    '/acts/:actId/public-handle',
    { schema: { tags, summary: "Take the act's public page down and free its handle (owners)", params: ActParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await releasePublicHandle(ctx.deps, actorOf(request), request.params.actId)
      return reply.code(204).send(null)
    },
  )
  app.post(
    '/acts/:actId/memberships',
    { schema: { tags, summary: 'Add a person to an act', params: ActParams, body: MembershipBodySchema, response: { 201: MembershipSchema } } },
    async (request, reply) => reply.code(201).send(await addMembership(ctx.deps, actorOf(request), request.params.actId, request.body)),
  )
  app.put(
    '/acts/:actId/memberships/:membershipId',
    {
      schema: { tags, summary: 'Edit a membership', params: MembershipParams, body: UpdateMembershipBodySchema, response: { 200: MembershipSchema } },
    },
    async (request) => updateMembership(ctx.deps, actorOf(request), request.params.actId, request.params.membershipId, request.body),
  )
  app.delete(
    '/acts/:actId/memberships/:membershipId',
    { schema: { tags, summary: 'End a membership record (delete it)', params: MembershipParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeMembership(ctx.deps, actorOf(request), request.params.actId, request.params.membershipId)
      return reply.code(204).send(null)
    },
  )
})
