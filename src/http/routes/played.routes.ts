import { IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { actPlayHistory, recordingPlayHistory } from '../../usecases/played/play-history.ts'
import { getPlayedSetlist, recordPlayedSetlist } from '../../usecases/played/played-setlist.ts'
import { ActPlayHistorySchema, PlayedSetlistSchema, RecordingPlayHistorySchema, RecordPlayedBodySchema } from '../../contract/played.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const ShowParams = WorkspaceParamsSchema.extend({ showId: IdSchema })
const ActParams = WorkspaceParamsSchema.extend({ actId: IdSchema })
const RecordingParams = WorkspaceParamsSchema.extend({ recordingId: IdSchema })

/** After the show: what was played, and each song's play history (issue 4). */
export const playedRoutes = defineRoutes((app, ctx) => {
  const tags = ['setlists']
  app.get(
    '/shows/:showId/played',
    {
      schema: {
        tags,
        summary: 'What was actually played at a show, with the changes from the agreed list applied to it (404 until recorded)',
        params: ShowParams,
        response: { 200: PlayedSetlistSchema },
      },
    },
    async (request) => getPlayedSetlist(ctx.deps, actorOf(request), request.params.showId),
  )
  app.put(
    '/shows/:showId/played',
    {
      schema: {
        tags,
        summary:
          "Record what was played (the act's members, touring musicians and managers): start from the agreed list and mark the changes; send the version once recorded (409 with the current one when stale)",
        params: ShowParams,
        body: RecordPlayedBodySchema,
        response: { 200: PlayedSetlistSchema },
      },
    },
    async (request) => recordPlayedSetlist(ctx.deps, actorOf(request), request.params.showId, request.body),
  )
  app.get(
    '/acts/:actId/play-history',
    {
      schema: {
        tags,
        summary: 'Per song of the act: times played, times on the current tour, and where and when it was last played; last played first',
        params: ActParams,
        response: { 200: ActPlayHistorySchema },
      },
    },
    async (request) => actPlayHistory(ctx.deps, actorOf(request), request.params.actId),
  )
  app.get(
    '/recordings/:recordingId/play-history',
    {
      schema: { tags, summary: "One song's play history in its act's shows", params: RecordingParams, response: { 200: RecordingPlayHistorySchema } },
    },
    async (request) => recordingPlayHistory(ctx.deps, actorOf(request), request.params.recordingId),
  )
})
