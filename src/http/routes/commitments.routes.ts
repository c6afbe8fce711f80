import { z } from 'zod'
import { IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { CommitmentBodySchema, CommitmentSchema, ConflictSchema, UpdateCommitmentBodySchema } from '../../contract/touring.ts'
import { checkCommitmentConflicts } from '../../usecases/commitments/check-commitment-conflicts.ts'
import { getCommitment, listCommitments } from '../../usecases/commitments/list-commitments.ts'
import { createCommitment, deleteCommitment, updateCommitment } from '../../usecases/commitments/save-commitment.ts'
import { instantOf } from '../../usecases/timelines/time-range.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'
import { RangeQuerySchema } from './timelines.routes.ts'

const Params = WorkspaceParamsSchema.extend({ commitmentId: IdSchema })
const ListQuery = RangeQuerySchema.extend({
  personId: IdSchema.optional().describe('Only commitments this person attends'),
  actId: IdSchema.optional().describe('Only commitments for this act'),
})
const CheckQuery = z.object({ commitmentId: IdSchema.optional().describe('The saved commitment being edited, so it is not compared with itself') })
const CommitmentListEntrySchema = CommitmentSchema.omit({ conflicts: true })

export const commitmentsRoutes = defineRoutes((app, ctx) => {
  const tags = ['calendar']
  app.get(
    '/commitments',
    {
      schema: {
        tags,
        summary: 'Rehearsals, TV shoots, promo, sessions, travel and days off, by start',
        querystring: ListQuery,
        response: { 200: z.array(CommitmentListEntrySchema) },
      },
    },
    async (request) => {
      const { personId, actId, from, to } = request.query
      return listCommitments(ctx.deps, actorOf(request), { personId, actId, from: from ? instantOf(from) : undefined, to: to ? instantOf(to) : undefined })
    },
  )
  app.post(
    '/commitments',
    {
      schema: {
        tags,
        summary: 'Add a commitment in its own zone; conflicts refuse it (409) unless acknowledged',
        body: CommitmentBodySchema,
        response: { 201: CommitmentSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createCommitment(ctx.deps, actorOf(request), request.body)),
  )
  app.post(
    '/commitments/check-conflicts',
    {
      schema: {
        tags,
        summary: 'The conflicts a commitment would cause, without saving it',
        querystring: CheckQuery,
        body: CommitmentBodySchema,
        response: { 200: z.object({ conflicts: z.array(ConflictSchema) }) },
      },
    },
    async (request) => checkCommitmentConflicts(ctx.deps, actorOf(request), request.body, request.query.commitmentId),
  )
  app.get(
    '/commitments/:commitmentId',
    { schema: { tags, summary: 'One commitment with its current conflicts', params: Params, response: { 200: CommitmentSchema } } },
    async (request) => getCommitment(ctx.deps, actorOf(request), request.params.commitmentId),
  )
  app.put(
    '/commitments/:commitmentId',
    {
      schema: {
        tags,
        summary: 'Edit a commitment (send the version you read)',
        params: Params,
        body: UpdateCommitmentBodySchema,
        response: { 200: CommitmentSchema },
      },
    },
    async (request) => updateCommitment(ctx.deps, actorOf(request), request.params.commitmentId, request.body),
  )
  app.delete(
    '/commitments/:commitmentId',
    { schema: { tags, summary: 'Remove a commitment', params: Params, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteCommitment(ctx.deps, actorOf(request), request.params.commitmentId)
      return reply.code(204).send(null)
    },
  )
})
