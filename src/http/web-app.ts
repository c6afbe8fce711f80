import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import fastifyStatic from '@fastify/static'
import { handleNotFound } from './problem.ts'

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url))

/** Serves the built single-page app; unknown non-API paths get index.html so deep links work. */
export async function registerWebApp(app: FastifyInstance): Promise<boolean> {
  if (!existsSync(WEB_DIST)) {
    app.log.warn(`web app not built (${WEB_DIST} missing): run npm run build`)
    return false
  }
  await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, maxAge: '1h' })
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' || request.url.startsWith('/api/') || request.url.startsWith('/public/')) return handleNotFound(request, reply)
    return reply.header('cache-control', 'no-cache').sendFile('index.html')
  })
  return true
}
