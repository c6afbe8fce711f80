import { z } from 'zod'
import { IdOrSlugSchema, IdSchema, ListQuerySchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { ReleaseGroupBodySchema, ReleaseGroupListEntrySchema, ReleaseGroupSchema, UpdateReleaseGroupBodySchema } from '../../contract/catalog.ts'
import { getReleaseGroup, listReleaseGroups } from '../../usecases/releases/list-release-groups.ts'
import { createReleaseGroup, deleteReleaseGroup, updateReleaseGroup } from '../../usecases/releases/save-release-group.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const Params = WorkspaceParamsSchema.extend({ releaseGroupId: IdSchema })
const Query = ListQuerySchema.extend({ actId: IdOrSlugSchema.optional().describe('Only releases of this act (id or slug)') })

export const releaseGroupsRoutes = defineRoutes((app, ctx) => {
  const tags = ['releases']
  app.get(
    '/release-groups',
    {
      schema: { tags, summary: 'Albums, EPs and singles, earliest release first', querystring: Query, response: { 200: z.array(ReleaseGroupListEntrySchema) } },
    },
    async (request) => listReleaseGroups(ctx.deps, actorOf(request), request.query),
  )
  app.post(
    '/release-groups',
    { schema: { tags, summary: 'Add a release with its editions and track lists', body: ReleaseGroupBodySchema, response: { 201: ReleaseGroupSchema } } },
    async (request, reply) => reply.code(201).send(await createReleaseGroup(ctx.deps, actorOf(request), request.body)),
  )
  app.get(
    '/release-groups/:releaseGroupId',
    { schema: { tags, summary: 'One release: editions, track lists and singles', params: Params, response: { 200: ReleaseGroupSchema } } },
    async (request) => getReleaseGroup(ctx.deps, actorOf(request), request.params.releaseGroupId),
  )
  app.put(
    '/release-groups/:releaseGroupId',
    {
      schema: {
        tags,
        summary: 'Replace a release with its editions and track lists (send the version you read)',
        params: Params,
        body: UpdateReleaseGroupBodySchema,
        response: { 200: ReleaseGroupSchema },
      },
    },
    async (request) => updateReleaseGroup(ctx.deps, actorOf(request), request.params.releaseGroupId, request.body),
  )
  app.delete(
    '/release-groups/:releaseGroupId',
    { schema: { tags, summary: 'Remove a release no single is taken from', params: Params, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteReleaseGroup(ctx.deps, actorOf(request), request.params.releaseGroupId)
      return reply.code(204).send(null)
    },
  )
})
