import { z } from 'zod'
import {
  AnswerBodySchema,
  AvailabilityRequestBodySchema,
  AvailabilityRequestSchema,
  MadeCommitmentSchema,
  MakeCommitmentBodySchema,
} from '../../contract/availability-requests.ts'
import { IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import {
  answerAvailabilityRequest,
  closeAvailabilityRequest,
  commitmentFromYes,
  createAvailabilityRequest,
  deleteAvailabilityRequest,
  getAvailabilityRequest,
  listAvailabilityRequests,
} from '../../usecases/availability/requests.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const Params = WorkspaceParamsSchema.extend({ requestId: IdSchema })

/**
 * Availability requests (issue 14, point 4; ADR 042), resource `availability`: owners and managers ask,
 * read every answer, close and make a "yes" a commitment; the people asked read their own and answer.
 */
export const availabilityRequestsRoutes = defineRoutes((app, ctx) => {
  const tags = ['availability']
  app.get(
    '/availability-requests',
    {
      schema: {
        tags,
        summary: 'Availability requests: every one for owners and managers, the ones I am asked in for others',
        params: WorkspaceParamsSchema,
        response: { 200: z.array(AvailabilityRequestSchema) },
      },
    },
    async (request) => listAvailabilityRequests(ctx.deps, actorOf(request)),
  )
  app.post(
    '/availability-requests',
    {
      schema: {
        tags,
        summary: 'Ask people (by name, an act, a show’s lineup) whether they can do a date or a range, answered by a date',
        params: WorkspaceParamsSchema,
        body: AvailabilityRequestBodySchema,
        response: { 201: AvailabilityRequestSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createAvailabilityRequest(ctx.deps, actorOf(request), request.body)),
  )
  app.get(
    '/availability-requests/:requestId',
    {
      schema: {
        tags,
        summary: 'One request: the summary table for owners and managers, my own answer and the counts for someone asked',
        params: Params,
        response: { 200: AvailabilityRequestSchema },
      },
    },
    async (request) => getAvailabilityRequest(ctx.deps, actorOf(request), request.params.requestId),
  )
  app.put(
    '/availability-requests/:requestId/answer',
    {
      schema: {
        tags,
        summary: 'My answer (yes, maybe, no, with a comment); changed until the deadline or the close (then 409)',
        params: Params,
        body: AnswerBodySchema,
        response: { 200: AvailabilityRequestSchema },
      },
    },
    async (request) => answerAvailabilityRequest(ctx.deps, actorOf(request), request.params.requestId, request.body),
  )
  app.post(
    '/availability-requests/:requestId/close',
    {
      schema: { tags, summary: 'Close a request: no more answers', params: Params, response: { 200: AvailabilityRequestSchema } },
    },
    async (request) => closeAvailabilityRequest(ctx.deps, actorOf(request), request.params.requestId),
  )
  app.post(
    '/availability-requests/:requestId/commitment',
    {
      schema: {
        tags,
        summary: 'Make the "yes" answers (or some of them) one all-day commitment over the dates; conflicts as for any commitment',
        params: Params,
        body: MakeCommitmentBodySchema,
        response: { 201: MadeCommitmentSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await commitmentFromYes(ctx.deps, actorOf(request), request.params.requestId, request.body)),
  )
  app.delete(
    '/availability-requests/:requestId',
    { schema: { tags, summary: 'Remove a request and its answers', params: Params, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteAvailabilityRequest(ctx.deps, actorOf(request), request.params.requestId)
      return reply.code(204).send(null)
    },
  )
})
