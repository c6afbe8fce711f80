import { z } from 'zod'
import { CreateWorkspaceBodySchema, MemberSchema, UpdateMemberBodySchema, WorkspaceSchema } from '../../contract/auth.ts'
import { IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { createWorkspace } from '../../usecases/workspaces/create-workspace.ts'
import { getWorkspace } from '../../usecases/workspaces/get-workspace.ts'
import { changeMemberRole, listMembers } from '../../usecases/workspaces/members.ts'
import { exportWorkspace } from '../../usecases/workspaces/export-workspace.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf, requireUser } from '../session.ts'

/** Creating a workspace is the one workspace route outside a workspace's scope. */
export const workspaceRoutes = defineRoutes((app, ctx) => {
  app.post(
    '/workspaces',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Create a workspace; you become its owner',
        body: CreateWorkspaceBodySchema,
        response: { 201: WorkspaceSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createWorkspace(ctx.deps, requireUser(request), request.body)),
  )
})

export const workspaceSettingsRoutes = defineRoutes((app, ctx) => {
  const tags = ['workspaces']
  app.get('', { schema: { tags, summary: 'The workspace and your role in it', response: { 200: WorkspaceSchema } } }, async (request) =>
    getWorkspace(ctx.deps, actorOf(request)),
  )
  app.get('/members', { schema: { tags, summary: 'Everyone with access to the workspace', response: { 200: z.array(MemberSchema) } } }, async (request) =>
    listMembers(ctx.deps, actorOf(request)),
  )
  app.put(
    '/members/:userId',
    {
      schema: {
        tags,
        summary: "Change a member's role",
        params: WorkspaceParamsSchema.extend({ userId: IdSchema }),
        body: UpdateMemberBodySchema,
        response: { 200: MemberSchema },
      },
    },
    async (request) => changeMemberRole(ctx.deps, actorOf(request), request.params.userId, request.body.role),
  )
  app.get(
    '/export',
    {
      schema: {
        tags,
        summary: 'Everything in the workspace as one versioned JSON document (owners and managers); `greenroom import workspace` reads it',
        response: {
          200: z.looseObject({
            format: z.literal('greenroom.workspace'),
            formatVersion: z.number().int(),
            exportedAt: z.string(),
            schemaVersion: z.number().int(),
          }),
        },
      },
    },
    async (request, reply) => {
      const doc = await exportWorkspace(ctx.deps, actorOf(request))
      return reply.header('content-disposition', `attachment; filename="${doc.workspace.slug}.greenroom.json"`).send({ ...doc })
    },
  )
})
