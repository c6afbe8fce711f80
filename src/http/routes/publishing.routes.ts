import { z } from 'zod'
import { IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import {
  CwrAckImportBodySchema,
  CwrAckImportResultSchema,
  CwrExportResultSchema,
  PublishingSettingsBodySchema,
  PublishingSettingsSchema,
  RegistrationOverviewSchema,
  WorkPublishingBodySchema,
  WorkPublishingSchema,
} from '../../contract/publishing.ts'
import { exportCwrSubmission, importCwrAck, previewCwrExport } from '../../usecases/publishing/cwr.ts'
import { getPublishingSettings, savePublishingSettings } from '../../usecases/publishing/settings.ts'
import { workSplitSheet } from '../../usecases/publishing/split-sheet.ts'
import { getWorkPublishing, listRegistrations, saveWorkPublishing } from '../../usecases/publishing/work-publishing.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const WorkParams = WorkspaceParamsSchema.extend({ workId: IdSchema })

export const publishingRoutes = defineRoutes((app, ctx) => {
  const tags = ['publishing']
  app.get(
    '/works/:workId/publishing',
    {
      schema: {
        tags,
        summary: "A work's publishing: each writer's publisher, administrator and PR/MR/SR shares, and its registrations",
        params: WorkParams,
        response: { 200: WorkPublishingSchema },
      },
    },
    async (request) => getWorkPublishing(ctx.deps, actorOf(request), request.params.workId),
  )
  app.put(
    '/works/:workId/publishing',
    {
      schema: {
        tags,
        summary: "Save a work's publishing (send the version you read, 0 the first time; 409 with the current one when stale)",
        params: WorkParams,
        body: WorkPublishingBodySchema,
        response: { 200: WorkPublishingSchema },
      },
    },
    async (request) => saveWorkPublishing(ctx.deps, actorOf(request), request.params.workId, request.body),
  )
  app.get(
    '/works/:workId/split-sheet.pdf',
    {
      schema: {
        tags,
        summary: 'The split sheet of a work as a PDF ready to sign',
        params: WorkParams,
        response: { 200: { description: 'The sheet', content: { 'application/pdf': { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const sheet = await workSplitSheet(ctx.deps, actorOf(request), request.params.workId)
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${sheet.fileName}"`)
        .send(sheet.body as unknown as string) // a Buffer: Fastify sends it as it is
    },
  )
  app.get(
    '/publishing/registrations',
    {
      schema: {
        tags,
        summary: 'Every work with its registration status (our CWR submission and each society’s acknowledgement)',
        response: { 200: z.array(RegistrationOverviewSchema) },
      },
    },
    async (request) => listRegistrations(ctx.deps, actorOf(request)),
  )
  app.get(
    '/publishing/settings',
    { schema: { tags, summary: 'Who submits CWR registrations and the sender code', response: { 200: PublishingSettingsSchema } } },
    async (request) => getPublishingSettings(ctx.deps, actorOf(request)),
  )
  app.put(
    '/publishing/settings',
    {
      schema: {
        tags,
        summary: 'Choose the submitting publisher and sender code (send the version you read, 0 the first time)',
        body: PublishingSettingsBodySchema,
        response: { 200: PublishingSettingsSchema },
      },
    },
    async (request) => savePublishingSettings(ctx.deps, actorOf(request), request.body),
  )
  app.get(
    '/exports/cwr',
    {
      schema: {
        tags,
        summary: 'The CWR 2.1 transmission of the workspace’s works as a file download (a preview: nothing is recorded)',
        querystring: z.object({ format: z.enum(['file', 'json']).default('file') }),
        response: {
          200: {
            description: 'The transmission (CWyynnnnSSS_000.V21), or its summary as JSON',
            content: { 'text/plain': { schema: z.string() }, 'application/json': { schema: CwrExportResultSchema } },
          },
        },
      },
    },
    async (request, reply) => {
      const result = await previewCwrExport(ctx.deps, actorOf(request))
      if (request.query.format === 'json') return reply.type('application/json').send(result)
      return reply.type('text/plain; charset=us-ascii').header('content-disposition', `attachment; filename="${result.fileName}"`).send(result.text)
    },
  )
  app.post(
    '/exports/cwr',
    {
      schema: {
        tags,
        summary: 'Export the CWR 2.1 transmission and record it: works get submitter numbers and the state submitted',
        response: { 201: CwrExportResultSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await exportCwrSubmission(ctx.deps, actorOf(request))),
  )
  app.post(
    '/imports/cwr-ack',
    {
      schema: {
        tags,
        summary: "Import a society's CWR acknowledgement file: updates each matched work's registration status",
        body: CwrAckImportBodySchema,
        response: { 200: CwrAckImportResultSchema },
      },
    },
    async (request) => importCwrAck(ctx.deps, actorOf(request), request.body),
  )
})
