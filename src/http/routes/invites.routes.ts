import { z } from 'zod'
import { CreateInviteBodySchema, CreatedInviteSchema, InvitePreviewSchema, InviteSchema, WorkspaceSchema } from '../../contract/auth.ts'
import { IdSchema, lineText, WorkspaceParamsSchema } from '../../contract/common.ts'
import { acceptInvite, createInvite, listInvites, previewInvite, revokeInvite } from '../../usecases/workspaces/invites.ts'
import { baseUrlOf, defineRoutes } from '../route-context.ts'
import { actorOf, requireUser } from '../session.ts'

const TokenParams = z.object({ token: lineText(200).min(10) })

/** Following an invite link happens before the invitee is in the workspace. */
export const inviteRoutes = defineRoutes((app, ctx) => {
  const tags = ['invites']
  app.get(
    '/invites/:token',
    { schema: { tags, summary: 'What an invite link offers (no login needed)', security: [], params: TokenParams, response: { 200: InvitePreviewSchema } } },
    async (request) => previewInvite(ctx.deps, request.params.token),
  )
  app.post(
    '/invites/:token/accept',
    { schema: { tags, summary: 'Join the workspace of an invite link', params: TokenParams, response: { 200: WorkspaceSchema } } },
    async (request) => acceptInvite(ctx.deps, requireUser(request), request.params.token),
  )
})

export const workspaceInviteRoutes = defineRoutes((app, ctx) => {
  const tags = ['invites']
  app.get('/invites', { schema: { tags, summary: 'Invites made in this workspace', response: { 200: z.array(InviteSchema) } } }, async (request) =>
    listInvites(ctx.deps, actorOf(request)),
  )
  app.post(
    '/invites',
    {
      schema: {
        tags,
        summary: 'Make an invite link with a role; the link is shown once',
        body: CreateInviteBodySchema,
        response: { 201: CreatedInviteSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createInvite(ctx.deps, actorOf(request), request.body, baseUrlOf(ctx, request))),
  )
  app.delete(
    '/invites/:inviteId',
    {
      schema: {
        tags,
        summary: 'Revoke an invite that has not been used',
        params: WorkspaceParamsSchema.extend({ inviteId: IdSchema }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeInvite(ctx.deps, actorOf(request), request.params.inviteId)
      return reply.code(204).send(null)
    },
  )
})
