import { HealthSchema } from '../../contract/health.ts'
import { appliedSchemaVersion } from '../../db/migrate.ts'
import { defineRoutes } from '../route-context.ts'

export const healthRoutes = defineRoutes((app, ctx) => {
  app.get('/health', { schema: { tags: ['system'], summary: 'Liveness, database kind and schema version', security: [], response: { 200: HealthSchema } } }, async () => ({
    status: 'ok' as const,
    database: ctx.database.kind,
    schemaVersion: await appliedSchemaVersion(ctx.database),
    now: ctx.deps.clock.now().toISOString(),
  }))
})
