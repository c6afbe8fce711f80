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
  // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
  await app.register(fastifyStatic, { root: WEB_DIST, wildcard: true, maxAge: '1h' })
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!
    // Only page addresses fall back to the app; a missing script or image is a plain 404.
    const isPage = request.method === 'GET' && !path.startsWith('/api/') && !path.startsWith('/public/') && !/\.[a-z0-9]+$/i.test(path)
    if (!isPage) return handleNotFound(request, reply)
    return reply.header('cache-control', 'no-cache').sendFile('index.html')
  })
  return true
}
