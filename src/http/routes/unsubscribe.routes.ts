import { z } from 'zod'
import { ProblemSchema } from '../../contract/common.ts'
import { previewUnsubscribe, unsubscribe } from '../../usecases/mail/unsubscribe.ts'
import { defineRoutes } from '../route-context.ts'

/** The pages run no script; the confirm page's form posts to itself. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
const TokenParams = z.object({
  token: z
    .string()
    .min(10)
    .max(400)
    .regex(/^[A-Za-z0-9_.-]+$/, 'not an unsubscribe link'),
})
const html = { description: 'HTML page', content: { 'text/html': { schema: z.string() } } }
const notFound = { description: 'Not a valid unsubscribe link', content: { 'application/problem+json': { schema: ProblemSchema } } }

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head>` +
  `<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5"><h1>${escape(title)}</h1>${body}</body></html>`

/**
 * One-click unsubscribe (RFC 8058, ADR 033), no login: the link is signed per person and kind. GET
 * shows what it would do and a button (a mail client's prefetch changes nothing); POST, from the
 * button or from the mail client (`List-Unsubscribe=One-Click`), turns that kind's email off.
 */
export const unsubscribeRoutes = defineRoutes((app, ctx) => {
  // RFC 8058's POST and the page's form send application/x-www-form-urlencoded; the body says nothing the link does not
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_request, _body, done) => done(null, {}))
  const common = { tags: ['mail'], security: [], params: TokenParams }
  app.get(
    '/unsubscribe/:token',
    { schema: { ...common, summary: 'The confirm page of an unsubscribe link (changes nothing)', response: { 200: html, 404: notFound } } },
    async (request, reply) => {
      const { what } = await previewUnsubscribe(ctx.deps, request.params.token)
      const body =
        `<p>Stop receiving emails about ${escape(what)}? You will still see them in your Greenroom inbox.</p>` +
        `<form method="post"><button type="submit" style="font-size: 1rem; padding: 0.6rem 1.2rem">Unsubscribe</button></form>`
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-security-policy', PAGE_CSP)
        .send(page('Unsubscribe', body))
    },
  )
  app.post(
    '/unsubscribe/:token',
    {
      schema: {
        ...common,
        summary: 'Unsubscribe from one kind of email (RFC 8058 one-click: List-Unsubscribe=One-Click), no login',
        response: { 200: html, 404: notFound },
      },
    },
    async (request, reply) => {
      const { what } = await unsubscribe(ctx.deps, request.params.token)
      const body = `<p>You will no longer receive emails about ${escape(what)}. You can turn them on again in your settings in Greenroom.</p>`
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-security-policy', PAGE_CSP)
        .send(page('Unsubscribed', body))
    },
  )
})
