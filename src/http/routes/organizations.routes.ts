import { z } from 'zod'
import { IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { OrganizationBodySchema, OrganizationListQuerySchema, OrganizationSchema, UpdateOrganizationBodySchema } from '../../contract/organizations.ts'
import { getOrganization, listOrganizations } from '../../usecases/organizations/list-organizations.ts'
import { createOrganization, deleteOrganization, updateOrganization } from '../../usecases/organizations/save-organization.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const Params = WorkspaceParamsSchema.extend({ organizationId: IdSchema })

export const organizationsRoutes = defineRoutes((app, ctx) => {
  const tags = ['organizations']
  app.get(
    '/organizations',
    {
      schema: {
        tags,
        summary: 'Labels, networks, publishers and other organisations, by name',
        querystring: OrganizationListQuerySchema,
        response: { 200: z.array(OrganizationSchema) },
      },
    },
    async (request) => listOrganizations(ctx.deps, actorOf(request), request.query),
  )
  app.post(
    '/organizations',
    { schema: { tags, summary: 'Add an organisation', body: OrganizationBodySchema, response: { 201: OrganizationSchema } } },
    async (request, reply) => reply.code(201).send(await createOrganization(ctx.deps, actorOf(request), request.body)),
  )
  app.get(
    '/organizations/:organizationId',
    { schema: { tags, summary: 'One organisation', params: Params, response: { 200: OrganizationSchema } } },
    async (request) => getOrganization(ctx.deps, actorOf(request), request.params.organizationId),
  )
  app.put(
    '/organizations/:organizationId',
    {
      schema: {
        tags,
        summary: 'Edit an organisation (send the version you read)',
        params: Params,
        body: UpdateOrganizationBodySchema,
        response: { 200: OrganizationSchema },
      },
    },
    async (request) => updateOrganization(ctx.deps, actorOf(request), request.params.organizationId, request.body),
  )
  app.delete(
    '/organizations/:organizationId',
    { schema: { tags, summary: 'Remove an organisation no hold or publishing record names', params: Params, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteOrganization(ctx.deps, actorOf(request), request.params.organizationId)
      return reply.code(204).send(null)
    },
  )
})
