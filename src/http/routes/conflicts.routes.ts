import { z } from 'zod'
import { IdSchema } from '../../contract/common.ts'
import { ConflictSchema } from '../../contract/touring.ts'
import { listConflicts } from '../../usecases/timelines/list-conflicts.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const Query = z.object({ personId: IdSchema.optional().describe("One person's conflicts; everyone's when omitted") })
const BookingRefSchema = z.object({ kind: z.enum(['show', 'commitment']), id: IdSchema, title: z.string(), startsAt: z.string(), endsAt: z.string() })
/** A conflict with both sides named: `booking` and `with` (or the blockout). */
export const UpcomingConflictSchema = ConflictSchema.extend({ booking: BookingRefSchema })

export const conflictsRoutes = defineRoutes((app, ctx) => {
  app.get(
    '/conflicts',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Every conflict among upcoming bookings (a day ago to a year ahead), by time',
        querystring: Query,
        response: { 200: z.array(UpcomingConflictSchema) },
      },
    },
    async (request) => listConflicts(ctx.deps, actorOf(request), request.query.personId),
  )
})
