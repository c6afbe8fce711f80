import { z } from 'zod'
import { IdSchema, ListQuerySchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { UpdateWorkBodySchema, WorkBodySchema, WorkListEntrySchema, WorkSchema } from '../../contract/catalog.ts'
import { getWork, listWorks } from '../../usecases/works/list-works.ts'
import { createWork, deleteWork, updateWork } from '../../usecases/works/save-work.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const Params = WorkspaceParamsSchema.extend({ workId: IdSchema })

export const worksRoutes = defineRoutes((app, ctx) => {
  const tags = ['works']
  app.get(
    '/works',
    {
      schema: {
        tags,
        summary: 'Songs (works) with their writers and number of recordings',
        querystring: ListQuerySchema,
        response: { 200: z.array(WorkListEntrySchema) },
      },
    },
    async (request) => listWorks(ctx.deps, actorOf(request), request.query.q),
  )
  app.post(
    '/works',
    { schema: { tags, summary: "Add a song; the writers' shares total exactly 100 %", body: WorkBodySchema, response: { 201: WorkSchema } } },
    async (request, reply) => reply.code(201).send(await createWork(ctx.deps, actorOf(request), request.body)),
  )
  app.get(
    '/works/:workId',
    { schema: { tags, summary: 'One song with its writers and recordings', params: Params, response: { 200: WorkSchema } } },
    async (request) => getWork(ctx.deps, actorOf(request), request.params.workId),
  )
  app.put(
    '/works/:workId',
    {
      schema: {
        tags,
        summary: 'Edit a song and its writers (send the version you read)',
        params: Params,
        body: UpdateWorkBodySchema,
        response: { 200: WorkSchema },
      },
    },
    async (request) => updateWork(ctx.deps, actorOf(request), request.params.workId, request.body),
  )
  app.delete(
    '/works/:workId',
    { schema: { tags, summary: 'Remove a song with no recordings', params: Params, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteWork(ctx.deps, actorOf(request), request.params.workId)
      return reply.code(204).send(null)
    },
  )
})
