import { z } from 'zod'
import { IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { PushDeviceSchema, SubscribeBodySchema, VapidPublicKeySchema } from '../../contract/push.ts'
import { myDevices, subscribe, unsubscribe, vapidPublicKey } from '../../usecases/push/subscriptions.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const DeviceParams = WorkspaceParamsSchema.extend({ subscriptionId: IdSchema })

/** Web Push (issue 14 point 6, ADR 044): the server's public key and the signed-in person's own devices (resource `notifications`). */
export const pushRoutes = defineRoutes((app, ctx) => {
  const tags = ['notifications']
  app.get(
    '/push/vapid-public-key',
    {
      schema: {
        tags,
        summary: "The server's VAPID public key, to subscribe a device with (made on first use, then kept)",
        params: WorkspaceParamsSchema,
        response: { 200: VapidPublicKeySchema },
      },
    },
    async () => vapidPublicKey(ctx.deps),
  )
  app.get(
    '/me/push-subscriptions',
    {
      schema: {
        tags,
        summary: 'My devices that take push notifications in this workspace',
        params: WorkspaceParamsSchema,
        response: { 200: z.array(PushDeviceSchema) },
      },
    },
    async (request) => myDevices(ctx.deps, actorOf(request)),
  )
  app.post(
    '/me/push-subscriptions',
    {
      schema: {
        tags,
        summary: "Take push notifications on this device (the browser's PushSubscription; the same endpoint again is the same device: 200)",
        params: WorkspaceParamsSchema,
        body: SubscribeBodySchema,
        response: { 200: PushDeviceSchema, 201: PushDeviceSchema },
      },
    },
    async (request, reply) => {
      const { device, created } = await subscribe(ctx.deps, actorOf(request), request.body, request.headers['user-agent'])
      return reply.code(created ? 201 : 200).send(device)
    },
  )
  app.delete(
    '/me/push-subscriptions/:subscriptionId',
    { schema: { tags, summary: 'Stop push notifications to one of my devices', params: DeviceParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await unsubscribe(ctx.deps, actorOf(request), request.params.subscriptionId)
      return reply.code(204).send(null)
    },
  )
})
