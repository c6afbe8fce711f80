import type { FastifyReply } from 'fastify'
import { z } from 'zod'
import { AvailabilityAnswerValueSchema } from '../../contract/availability-requests.ts'
import { ProblemSchema, multiLineText } from '../../contract/common.ts'
import { answerByLink, previewAnswerLink, type AnswerPage } from '../../usecases/availability/answer-link.ts'
import { defineRoutes } from '../route-context.ts'

/** The pages run no script; their forms post to themselves. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
const TokenParams = z.object({
  token: z
    .string()
    .min(10)
    .max(400)
    .regex(/^[A-Za-z0-9_.-]+$/, 'not an answer link'),
})
const FormSchema = z.object({ answer: AvailabilityAnswerValueSchema, comment: multiLineText(1000).default('') })
const html = { description: 'HTML page', content: { 'text/html': { schema: z.string() } } }
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } })

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const LABELS = { yes: 'Yes, I can', maybe: 'Maybe', no: 'No, I can’t' } as const
const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head>` +
  `<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">${body}</body></html>`

function answerPage(p: AnswerPage, saved: boolean): string {
  const facts =
    `<h1>${escape(p.title)}</h1><p><strong>${escape(p.dates)}</strong></p>` +
    (p.note ? `<p>${escape(p.note)}</p>` : '') +
    (saved
      ? `<p role="status"><strong>Thank you, ${escape(p.personName)}: your answer “${escape(LABELS[p.answer ?? 'maybe'])}” is recorded.</strong></p>`
      : '') +
    (p.answer && !saved ? `<p>Your answer so far: <strong>${escape(LABELS[p.answer])}</strong>${p.comment ? ` (${escape(p.comment)})` : ''}</p>` : '')
  if (!p.open) return facts + '<p>This request takes no more answers.</p>'
  const buttons = (['yes', 'maybe', 'no'] as const)
    .map(
      (a) =>
        `<button type="submit" name="answer" value="${a}" style="font-size: 1rem; padding: 0.7rem 1.2rem; margin: 0 0.5rem 0.5rem 0; min-height: 44px">${escape(LABELS[a])}</button>`,
    )
    .join('')
  return (
    facts +
    `<form method="post"><p><label for="comment">Comment (optional)</label><br>` +
    `<textarea id="comment" name="comment" rows="3" maxlength="1000" style="width: 100%; font-size: 1rem">${escape(p.comment)}</textarea></p>` +
    `<fieldset style="border: 0; padding: 0"><legend>${escape(p.personName)}, can you do it? You can change your answer until the end of ${escape(p.answerBy)}.</legend>${buttons}</fieldset></form>`
  )
}

/**
 * The answer link of an availability request's email (ADR 042), no login: the link is signed per
 * person and request. GET shows the request and the three answers as buttons (a mail client's
 * prefetch changes nothing); only the POST of the form records the answer.
 */
export const answerLinkRoutes = defineRoutes((app, ctx) => {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_request, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  )
  const common = { tags: ['availability'], security: [], params: TokenParams }
  const send = (reply: FastifyReply, title: string, body: string) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').header('content-security-policy', PAGE_CSP).send(page(title, body))
  app.get(
    '/answer/:token',
    {
      schema: {
        ...common,
        summary: 'The page of an availability request’s answer link (changes nothing)',
        response: { 200: html, 404: problem('Not a valid answer link') },
      },
    },
    async (request, reply) => send(reply, 'Can you do it?', answerPage(await previewAnswerLink(ctx.deps, request.params.token), false)),
  )
  app.post(
    '/answer/:token',
    {
      schema: {
        ...common,
        summary: 'Answer an availability request from its email link (yes, maybe or no, with a comment), no login',
        body: FormSchema,
        response: { 200: html, 400: problem('Not yes, maybe or no'), 404: problem('Not a valid answer link'), 409: problem('The request is closed') },
      },
    },
    async (request, reply) => send(reply, 'Answer recorded', answerPage(await answerByLink(ctx.deps, request.params.token, request.body), true)),
  )
})
