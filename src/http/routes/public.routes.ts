import { z } from 'zod'
import { IdOrSlugSchema, ProblemSchema } from '../../contract/common.ts'
import { PublicShowsDocumentSchema } from '../../contract/public-shows.ts'
import { publicShowsCalendar, publicShowsJson, publicShowsPage } from '../../usecases/public/list-public-shows.ts'
import { renderPublicPage } from '../public-page.ts'
import { baseUrlOf, defineRoutes } from '../route-context.ts'

/** Public pages and feeds change when a show is announced; five minutes of caching is short enough. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=300'
/** The page runs no script and loads nothing from elsewhere. */
// connect-src 'self': the page runs no script (script-src falls back to 'none'), so it changes nothing
// for the page, but lets an auditor in the page (Lighthouse) read /robots.txt, as crawlers do directly.
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const ActParams = z.object({ handle: IdOrSlugSchema.describe('The public handle an owner claimed for the act, e.g. big-time-rush (ADR 015)') })
const notFound = { description: 'No act has claimed this handle', content: { 'application/problem+json': { schema: ProblemSchema } } }
const text = (type: string, description: string) => ({ description, content: { [type]: { schema: z.string() } } })

/** No login: only shows for which isPublic holds now ever reach these (src/usecases/public/list-public-shows.ts). */
export const publicRoutes = defineRoutes((app, ctx) => {
  const common = { tags: ['public'], security: [], params: ActParams }
  const paths = (handle: string) => ({
    icsPath: `/public/${encodeURIComponent(handle)}/shows.ics`,
    jsonPath: `/public/${encodeURIComponent(handle)}/shows.json`,
  })

  app.get(
    '/public/:handle',
    {
      schema: {
        ...common,
        summary: "An act's public page: announced shows, upcoming first, then past",
        response: { 200: text('text/html', 'HTML page'), 404: notFound },
      },
    },
    async (request, reply) => {
      const { handle } = request.params
      const pageUrl = `${baseUrlOf(ctx, request)}/public/${encodeURIComponent(handle)}`
      const { act, shows, now, structuredData } = await publicShowsPage(ctx.deps, { handle, pageUrl })
      const html = renderPublicPage({ actName: act.name, shows, now, structuredData, ...paths(handle) })
      return reply.type('text/html; charset=utf-8').header('cache-control', PUBLIC_CACHE_CONTROL).header('content-security-policy', PAGE_CSP).send(html)
    },
  )

  app.get(
    '/public/:handle/shows.ics',
    {
      schema: {
        ...common,
        summary: "An act's announced shows as iCalendar (RFC 5545): one VEVENT per show, cancelled ones marked CANCELLED",
        response: { 200: text('text/calendar', 'iCalendar feed'), 404: notFound },
      },
    },
    async (request, reply) => {
      const { handle } = request.params
      const { ics } = await publicShowsCalendar(ctx.deps, { handle, pageUrl: `${baseUrlOf(ctx, request)}/public/${encodeURIComponent(handle)}` })
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', PUBLIC_CACHE_CONTROL)
        .header('content-disposition', `inline; filename="${handle}-shows.ics"`)
        .send(ics)
    },
  )

  app.get(
    '/public/:handle/shows.json',
    {
      schema: {
        ...common,
        summary: "An act's announced shows as JSON (the same shows as the .ics)",
        response: { 200: PublicShowsDocumentSchema, 404: notFound },
      },
    },
    async (request, reply) => {
      const document = await publicShowsJson(ctx.deps, { handle: request.params.handle })
      return reply.header('cache-control', PUBLIC_CACHE_CONTROL).send(document)
    },
  )
})
