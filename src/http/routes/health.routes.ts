import { HealthSchema } from '../../contract/health.ts'
import { getHealth } from '../../usecases/health/get-health.ts'
import { defineRoutes } from '../route-context.ts'

export const healthRoutes = defineRoutes((app, ctx) => {
  app.get(
    '/health',
    { schema: { tags: ['system'], summary: 'Liveness, database kind and schema version', security: [], response: { 200: HealthSchema } } },
    async () => getHealth(ctx.database, ctx.deps.clock),
  )
})
