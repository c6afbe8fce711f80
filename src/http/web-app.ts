import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import fastifyStatic from '@fastify/static'
import { handleNotFound } from './problem.ts'
import { routePreloader } from './route-preload.ts'

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url))

/** A build output named by its content hash (Vite: assets/name-XXXXXXXX.ext). */
const HASHED_ASSET = /[/\\]assets[/\\][^/\\]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/

/** Serves the built single-page app; unknown non-API paths get index.html so deep links work. */
export async function registerWebApp(app: FastifyInstance): Promise<boolean> {
  if (!existsSync(WEB_DIST)) {
    app.log.warn(`web app not built (${WEB_DIST} missing): run npm run build`)
    return false
  }
  // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
  // preCompressed: the .br / .gz the build wrote beside each file (vite.config.ts), by Accept-Encoding.
  // Files under /assets/ carry a hash of their content in their name: cached for a year, never revalidated.
  await app.register(fastifyStatic, {
    root: WEB_DIST,
    wildcard: true,
    maxAge: '1h',
    preCompressed: true,
    setHeaders: (reply, path) => {
      if (HASHED_ASSET.test(path)) reply.header('cache-control', 'public, max-age=31536000, immutable')
    },
  })
  const preloaded = routePreloader(WEB_DIST)
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!
    // Only page addresses fall back to the app; a missing script or image is a plain 404.
    const isPage = request.method === 'GET' && !path.startsWith('/api/') && !path.startsWith('/public/') && !/\.[a-z0-9]+$/i.test(path)
    if (!isPage) return handleNotFound(request, reply)
    // The pages a phone opens first: index.html naming the page's own chunks beside the entry (ADR 052).
    const html = preloaded(path)
    if (html !== null) return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html)
    // cacheControl: false, or the plugin's maxAge would replace no-cache (a page must name the current build's scripts)
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false })
  })
  return true
}
