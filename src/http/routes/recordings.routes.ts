import { z } from 'zod'
import { IdOrSlugSchema, IdSchema, ListQuerySchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { RecordingBodySchema, RecordingSchema, UpdateRecordingBodySchema } from '../../contract/catalog.ts'
import { getRecording, listRecordings } from '../../usecases/recordings/list-recordings.ts'
import { createRecording, deleteRecording, updateRecording } from '../../usecases/recordings/save-recording.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const Params = WorkspaceParamsSchema.extend({ recordingId: IdSchema })
const Query = ListQuerySchema.extend({
  actId: IdOrSlugSchema.optional().describe('Only recordings by this act (id or slug)'),
  workId: IdSchema.optional().describe('Only recordings of this song'),
})

export const recordingsRoutes = defineRoutes((app, ctx) => {
  const tags = ['recordings']
  app.get(
    '/recordings',
    { schema: { tags, summary: 'Recordings with credits, releases and TV placements', querystring: Query, response: { 200: z.array(RecordingSchema) } } },
    async (request) => listRecordings(ctx.deps, actorOf(request), request.query),
  )
  app.post(
    '/recordings',
    { schema: { tags, summary: 'Add a recording of a song by an act', body: RecordingBodySchema, response: { 201: RecordingSchema } } },
    async (request, reply) => reply.code(201).send(await createRecording(ctx.deps, actorOf(request), request.body)),
  )
  app.get('/recordings/:recordingId', { schema: { tags, summary: 'One recording', params: Params, response: { 200: RecordingSchema } } }, async (request) =>
    getRecording(ctx.deps, actorOf(request), request.params.recordingId),
  )
  app.put(
    '/recordings/:recordingId',
    {
      schema: {
        tags,
        summary: 'Edit a recording (send the version you read)',
        params: Params,
        body: UpdateRecordingBodySchema,
        response: { 200: RecordingSchema },
      },
    },
    async (request) => updateRecording(ctx.deps, actorOf(request), request.params.recordingId, request.body),
  )
  app.delete(
    '/recordings/:recordingId',
    { schema: { tags, summary: 'Remove a recording that is on no track list or placement', params: Params, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteRecording(ctx.deps, actorOf(request), request.params.recordingId)
      return reply.code(204).send(null)
    },
  )
})
