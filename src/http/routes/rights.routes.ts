import { z } from 'zod'
import { IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import {
  AvailabilityQuerySchema,
  ExpiringHoldSchema,
  ExpiringQuerySchema,
  FreeWorksSchema,
  HoldBodySchema,
  HoldSchema,
  PitchBodySchema,
  PitchSchema,
  UpdateHoldBodySchema,
  UpdatePitchBodySchema,
  WorkAvailabilitySchema,
} from '../../contract/rights.ts'
import { listExpiringHolds } from '../../usecases/rights/list-expiring-holds.ts'
import { listMyFreeWorks } from '../../usecases/rights/list-free-works.ts'
import { getWorkAvailability, listHolds } from '../../usecases/rights/list-holds.ts'
import { getPitch, listPitches } from '../../usecases/rights/list-pitches.ts'
import { createHold, deleteHold, updateHold } from '../../usecases/rights/save-hold.ts'
import { createPitch, deletePitch, updatePitch } from '../../usecases/rights/save-pitch.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const WorkParams = WorkspaceParamsSchema.extend({ workId: IdSchema })
const HoldParams = WorkParams.extend({ holdId: IdSchema })
const PitchParams = WorkspaceParamsSchema.extend({ pitchId: IdSchema })

/** Options and holds on songs, their availability, and pitches to outside artists. */
export const rightsRoutes = defineRoutes((app, ctx) => {
  const tags = ['rights']
  app.get(
    '/works/:workId/holds',
    {
      schema: {
        tags,
        summary: "A song's holds (options, holds, first use, exclusive), oldest first",
        params: WorkParams,
        response: { 200: z.array(HoldSchema) },
      },
    },
    async (request) => listHolds(ctx.deps, actorOf(request), request.params.workId),
  )
  app.post(
    '/works/:workId/holds',
    {
      schema: {
        tags,
        summary: 'Record a hold on a song; an exclusive hold overlapping another exclusive one is refused (409)',
        params: WorkParams,
        body: HoldBodySchema,
        response: { 201: HoldSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createHold(ctx.deps, actorOf(request), request.params.workId, request.body)),
  )
  app.put(
    '/works/:workId/holds/:holdId',
    { schema: { tags, summary: 'Edit a hold (send the version you read)', params: HoldParams, body: UpdateHoldBodySchema, response: { 200: HoldSchema } } },
    async (request) => updateHold(ctx.deps, actorOf(request), request.params.workId, request.params.holdId, request.body),
  )
  app.delete(
    '/works/:workId/holds/:holdId',
    { schema: { tags, summary: 'Remove a hold', params: HoldParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteHold(ctx.deps, actorOf(request), request.params.workId, request.params.holdId)
      return reply.code(204).send(null)
    },
  )
  app.get(
    '/works/:workId/availability',
    {
      schema: {
        tags,
        summary: 'Who may use the song on a day ("held by … until …", "free and clear since …") and its timeline',
        params: WorkParams,
        querystring: AvailabilityQuerySchema,
        response: { 200: WorkAvailabilitySchema },
      },
    },
    async (request) => getWorkAvailability(ctx.deps, actorOf(request), request.params.workId, request.query.on),
  )

  app.get(
    '/works/:workId/pitches',
    { schema: { tags, summary: "A song's pitches to outside artists", params: WorkParams, response: { 200: z.array(PitchSchema) } } },
    async (request) => listPitches(ctx.deps, actorOf(request), request.params.workId),
  )
  app.post(
    '/works/:workId/pitches',
    {
      schema: {
        tags,
        summary: "Pitch a song to an artist; refused (409) while another party's exclusive hold is in force that day",
        params: WorkParams,
        body: PitchBodySchema,
        response: { 201: PitchSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createPitch(ctx.deps, actorOf(request), request.params.workId, request.body)),
  )
  app.get('/pitches', { schema: { tags, summary: 'Every pitch of the workspace, oldest first', response: { 200: z.array(PitchSchema) } } }, async (request) =>
    listPitches(ctx.deps, actorOf(request)),
  )
  app.get('/pitches/:pitchId', { schema: { tags, summary: 'One pitch', params: PitchParams, response: { 200: PitchSchema } } }, async (request) =>
    getPitch(ctx.deps, actorOf(request), request.params.pitchId),
  )
  app.put(
    '/pitches/:pitchId',
    {
      schema: {
        tags,
        summary: 'Change a pitch, e.g. its status (send the version you read)',
        params: PitchParams,
        body: UpdatePitchBodySchema,
        response: { 200: PitchSchema },
      },
    },
    async (request) => updatePitch(ctx.deps, actorOf(request), request.params.pitchId, request.body),
  )
  app.delete('/pitches/:pitchId', { schema: { tags, summary: 'Remove a pitch', params: PitchParams, response: { 204: z.null() } } }, async (request, reply) => {
    await deletePitch(ctx.deps, actorOf(request), request.params.pitchId)
    return reply.code(204).send(null)
  })

  app.get(
    '/me/free-works',
    { schema: { tags, summary: 'Songs you wrote that no hold covers today: free to use for a side project or to pitch', response: { 200: FreeWorksSchema } } },
    async (request) => listMyFreeWorks(ctx.deps, actorOf(request)),
  )
  app.get(
    '/rights/expiring',
    {
      schema: {
        tags,
        summary: 'Holds ending soon (default 30 days): every song for owners and managers, your own songs otherwise',
        querystring: ExpiringQuerySchema,
        response: { 200: z.array(ExpiringHoldSchema) },
      },
    },
    async (request) => listExpiringHolds(ctx.deps, actorOf(request), request.query.withinDays),
  )
})
