import type { FastifyInstance } from 'fastify'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { jsonSchemaTransform } from 'fastify-type-provider-zod'
import { finishDocument } from './openapi-document.ts'

export async function registerOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Greenroom API',
        version: '0.1.0',
        description: "A working band's people, songs, releases, tours and set lists. Errors are application/problem+json (RFC 9457).",
        license: { name: 'MIT', identifier: 'MIT' },
      },
      // Relative: the document describes the server that serves it, whatever its address.
      servers: [{ url: '/', description: 'The Greenroom server that serves this document' }],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'gr_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (document) => ('openapiObject' in document ? finishDocument(document.openapiObject as never) : document.swaggerObject),
  })
  // The docs page brings its own policy (swagger-ui's, never framed, no https upgrade on plain http).
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // swagger-ui adds <style> elements at run time: inline styles (never scripts) on this page only.
    transformStaticCSP: (csp) =>
      csp
        .replace("frame-ancestors 'self'", "frame-ancestors 'none'")
        .replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'")
        .replace(/\s*upgrade-insecure-requests;?/, ''),
  })
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}
