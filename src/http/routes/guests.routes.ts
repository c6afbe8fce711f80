import { z } from 'zod'
import { IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import {
  CheckInBodySchema,
  CheckInResultSchema,
  GuestDecisionBodySchema,
  GuestListSchema,
  GuestListSettingsBodySchema,
  GuestRequestBodySchema,
  GuestRequestSchema,
  UpdateGuestRequestBodySchema,
} from '../../contract/guests.ts'
import { checkInGuest, undoCheckIn } from '../../usecases/guests/check-in.ts'
import { doorListFile } from '../../usecases/guests/door-list.ts'
import { getGuestList, saveGuestListSettings } from '../../usecases/guests/guest-list.ts'
import { createGuestRequest, decideGuestRequest, deleteGuestRequest, updateGuestRequest } from '../../usecases/guests/guest-requests.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const Params = WorkspaceParamsSchema.extend({ showId: IdSchema })
const RequestParams = Params.extend({ guestRequestId: IdSchema })

/** A show's guest list (issue 16, point 3; ADR 038): allotments, requests, decisions, the door list and check-in. */
export const guestRoutes = defineRoutes((app, ctx) => {
  const tags = ['guests']
  app.get(
    '/shows/:showId/guests',
    {
      schema: {
        tags,
        summary: 'A show’s guest list: managers see every request; members and touring musicians their own and the counts by type',
        params: Params,
        response: { 200: GuestListSchema },
      },
    },
    async (request) => getGuestList(ctx.deps, actorOf(request), request.params.showId),
  )
  app.put(
    '/shows/:showId/guests',
    {
      schema: {
        tags,
        summary: 'Set the allotments, the cut-off (venue time) and the lock (owners and managers; send the list’s version, 0 for the first)',
        params: Params,
        body: GuestListSettingsBodySchema,
        response: { 200: GuestListSchema },
      },
    },
    async (request) => saveGuestListSettings(ctx.deps, actorOf(request), request.params.showId, request.body),
  )
  app.post(
    '/shows/:showId/guests/requests',
    {
      schema: {
        tags,
        summary: 'Ask for a guest within your allotment, before the cut-off (a manager’s is approved at once)',
        params: Params,
        body: GuestRequestBodySchema,
        response: { 201: GuestRequestSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createGuestRequest(ctx.deps, actorOf(request), request.params.showId, request.body)),
  )
  app.put(
    '/shows/:showId/guests/requests/:guestRequestId',
    {
      schema: {
        tags,
        summary: 'Change a guest request (yours, or any for managers; send the version you read)',
        params: RequestParams,
        body: UpdateGuestRequestBodySchema,
        response: { 200: GuestRequestSchema },
      },
    },
    async (request) => updateGuestRequest(ctx.deps, actorOf(request), request.params.showId, request.params.guestRequestId, request.body),
  )
  app.delete(
    '/shows/:showId/guests/requests/:guestRequestId',
    { schema: { tags, summary: 'Withdraw a guest request', params: RequestParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteGuestRequest(ctx.deps, actorOf(request), request.params.showId, request.params.guestRequestId)
      return reply.code(204).send(null)
    },
  )
  app.post(
    '/shows/:showId/guests/requests/:guestRequestId/decision',
    {
      schema: {
        tags,
        summary: 'Approve or deny a guest request (owners and managers; send the version you read)',
        params: RequestParams,
        body: GuestDecisionBodySchema,
        response: { 200: GuestRequestSchema },
      },
    },
    async (request) => decideGuestRequest(ctx.deps, actorOf(request), request.params.showId, request.params.guestRequestId, request.body),
  )
  app.post(
    '/shows/:showId/guests/requests/:guestRequestId/check-in',
    {
      schema: {
        tags,
        summary: 'Admit an approved guest at the door, once: the same tap again answers the same admission; another tap is a 409',
        params: RequestParams,
        body: CheckInBodySchema,
        response: { 200: CheckInResultSchema },
      },
    },
    async (request) => checkInGuest(ctx.deps, actorOf(request), request.params.showId, request.params.guestRequestId, request.body),
  )
  app.delete(
    '/shows/:showId/guests/requests/:guestRequestId/check-in',
    { schema: { tags, summary: 'Undo an admission (the wrong name was pressed)', params: RequestParams, response: { 200: GuestRequestSchema } } },
    async (request) => undoCheckIn(ctx.deps, actorOf(request), request.params.showId, request.params.guestRequestId),
  )
  app.get(
    '/shows/:showId/guests/door-list.pdf',
    {
      schema: {
        tags,
        summary: 'The door list to print: approved guests by name, counts by type (owners and managers)',
        params: Params,
        response: { 200: { description: 'The door list', content: { 'application/pdf': { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const file = await doorListFile(ctx.deps, actorOf(request), request.params.showId, 'pdf')
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body as unknown as string) // a Buffer: Fastify sends it as it is
    },
  )
  app.get(
    '/shows/:showId/guests/door-list.csv',
    {
      schema: {
        tags,
        summary: 'The door list as CSV, sorted by name, cells safe for spreadsheets (owners and managers)',
        params: Params,
        response: { 200: { description: 'The door list', content: { 'text/csv': { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const file = await doorListFile(ctx.deps, actorOf(request), request.params.showId, 'csv')
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body as string)
    },
  )
})
