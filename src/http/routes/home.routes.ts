import { WorkspaceParamsSchema } from '../../contract/common.ts'
import { HomeSchema } from '../../contract/home.ts'
import { myHome } from '../../usecases/home/my-home.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

/** The signed-in person's home in the workspace (issue 14): only their own, for every role. */
export const homeRoutes = defineRoutes((app, ctx) => {
  app.get(
    '/home',
    {
      schema: {
        tags: ['home'],
        summary:
          'My home: set lists waiting for my answer, my next shows and commitments (14 days), my newest notifications, and how many songs, recordings, releases and people my lists hold',
        params: WorkspaceParamsSchema,
        response: { 200: HomeSchema },
      },
    },
    async (request) => myHome(ctx.deps, actorOf(request)),
  )
})
