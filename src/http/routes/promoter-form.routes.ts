import type { FastifyReply } from 'fastify'
import { z } from 'zod'
import { lineText } from '../../contract/common.ts'
import { ContactBodySchema, VenueFactsSchema } from '../../contract/advance.ts'
import {
  CONTACT_ROLES,
  CONTACT_ROLE_LABELS,
  EMPTY_FACTS,
  VENUE_FACT_FIELDS,
  VENUE_FACT_LABELS,
  type Contact,
  type PromoterAnswer,
} from '../../domain/advance.ts'
import type { FieldIssue } from '../../domain/errors.ts'
import { answerPromoterForm, readPromoterForm, type PromoterFormShow, type PromoterFormState } from '../../usecases/advance/promoter-links.ts'
import { defineRoutes } from '../route-context.ts'

/** The pages run no script and load nothing; the form posts to itself; never framed (as the unsubscribe pages, ADR 033). */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
/** The most contact rows the form reads, and how many empty ones it offers. */
const MAX_ROWS = 30
const EMPTY_ROWS = 3
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/

const TokenParams = z.object({ token: lineText(200) })
const html = (description: string) => ({ description, content: { 'text/html': { schema: z.string() } } })

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:40rem;margin:1.5rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}' +
  'label{display:block;font-weight:600;margin-top:.9rem}textarea,input,select{width:100%;box-sizing:border-box;font:inherit;padding:.5rem;margin-top:.25rem;border:1px solid #767676;border-radius:4px}' +
  'textarea{min-height:3.2rem}fieldset{border:1px solid #ccc;border-radius:6px;margin:1rem 0;padding:.5rem 1rem 1rem}legend{font-weight:700}' +
  'button{font:inherit;font-size:1.05rem;padding:.7rem 1.4rem;margin-top:1.2rem;background:#1d4ed8;color:#fff;border:0;border-radius:6px}' +
  '.errors{border:2px solid #b91c1c;padding:.5rem 1rem;border-radius:6px}.error{color:#b91c1c;font-weight:600}[aria-invalid=true]{border-color:#b91c1c;border-width:2px}'
const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<meta name="robots" content="noindex"><title>${escape(title)}</title><style>${STYLE}</style></head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`

const showLine = (show: PromoterFormShow) => `${show.actName} at ${show.venueName}, ${show.city}, on ${show.localDate}`

function form(show: PromoterFormShow, values: PromoterAnswer, issues: FieldIssue[], answered: boolean): string {
  const problem = new Map(issues.map((i) => [i.path, i.message]))
  const attrs = (name: string) => {
    const message = problem.get(name)
    return `id="${escape(name)}" name="${escape(name)}"${message ? ` aria-invalid="true" aria-describedby="${escape(name)}-error"` : ''}`
  }
  const error = (name: string) => (problem.has(name) ? `<span class="error" id="${escape(name)}-error">${escape(problem.get(name)!)}</span>` : '')
  const summary = issues.length
    ? `<div class="errors" role="alert"><p>Some fields need attention:</p><ul>${issues
        .map((i) => `<li><a href="#${escape(i.path)}">${escape(i.path)}</a>: ${escape(i.message)}</li>`)
        .join('')}</ul></div>`
    : ''
  const facts = VENUE_FACT_FIELDS.map(
    (f) => `<label for="${f}">${escape(VENUE_FACT_LABELS[f])}</label>${error(f)}<textarea ${attrs(f)} maxlength="2000">${escape(values.facts[f])}</textarea>`,
  ).join('')
  const rows: Contact[] = [...values.contacts, ...Array.from({ length: EMPTY_ROWS }, () => ({ role: 'production' as const, name: '', phone: '', email: '' }))]
  const contacts = rows
    .slice(0, MAX_ROWS)
    .map((c, n) => {
      const key = (field: string) => `contacts.${n}.${field}`
      const options = CONTACT_ROLES.map((r) => `<option value="${r}"${r === c.role ? ' selected' : ''}>${escape(CONTACT_ROLE_LABELS[r])}</option>`).join('')
      return (
        `<fieldset><legend>Person ${n + 1}</legend>` +
        `<label for="${key('role')}">Role</label>${error(key('role'))}<select ${attrs(key('role'))}>${options}</select>` +
        `<label for="${key('name')}">Name</label>${error(key('name'))}<input ${attrs(key('name'))} value="${escape(c.name)}" autocomplete="off" maxlength="200">` +
        `<label for="${key('phone')}">Phone</label>${error(key('phone'))}<input ${attrs(key('phone'))} type="tel" value="${escape(c.phone)}" maxlength="60">` +
        `<label for="${key('email')}">Email</label>${error(key('email'))}<input ${attrs(key('email'))} type="email" value="${escape(c.email)}" maxlength="320">` +
        `</fieldset>`
      )
    })
    .join('')
  return (
    summary +
    `<p>For <strong>${escape(showLine(show))}</strong>. Please check what the band has on file and correct or fill in what you know. ` +
    `The tour manager reviews your answer before anything changes. This link works until ${escape(show.expiresAt.toISOString().slice(0, 10))}.</p>` +
    (answered ? '<p><strong>You have answered already.</strong> Sending again replaces your earlier answer.</p>' : '') +
    `<form method="post" novalidate><h2>The venue</h2>${facts}<h2>People</h2><p>Leave a row empty to skip it.</p>${contacts}` +
    `<button type="submit">Send to the tour manager</button></form>`
  )
}

const GONE_TEXT = {
  expired: 'This advance link has expired.',
  revoked: 'This advance link was withdrawn by the tour manager.',
} as const

/** The form's fields as an answer, each problem named by the form field it came from (contacts.N.email). */
function readAnswer(body: Record<string, string>): { answer: PromoterAnswer; issues: FieldIssue[] } {
  const issues: FieldIssue[] = []
  const rawFacts = Object.fromEntries(VENUE_FACT_FIELDS.map((f) => [f, (body[f] ?? '').replace(/\r\n/g, '\n')]))
  const facts = VenueFactsSchema.safeParse(rawFacts)
  if (!facts.success) for (const i of facts.error.issues) issues.push({ path: i.path.map(String).join('.'), message: i.message })
  const contacts: Contact[] = []
  for (let n = 0; n < MAX_ROWS + EMPTY_ROWS; n++) {
    const field = (name: string) => body[`contacts.${n}.${name}`]
    const row = { role: field('role') ?? '', name: field('name') ?? '', phone: (field('phone') ?? '').trim(), email: (field('email') ?? '').trim() }
    if (!row.name.trim() && !row.phone && !row.email) continue
    const parsed = ContactBodySchema.safeParse(row)
    if (!parsed.success) for (const i of parsed.error.issues) issues.push({ path: `contacts.${n}.${i.path.map(String).join('.')}`, message: i.message })
    else contacts.push({ role: parsed.data.role, name: parsed.data.name, phone: parsed.data.phone ?? '', email: parsed.data.email ?? '' })
  }
  if (contacts.length > MAX_ROWS) issues.push({ path: 'contacts', message: `at most ${MAX_ROWS} people` })
  return { answer: { facts: { ...EMPTY_FACTS, ...(facts.success ? facts.data : {}) }, contacts }, issues }
}

/**
 * The promoter's form (ADR 037), no login: the token in the address is the key (only its hash is
 * stored). GET shows the form and changes nothing (a link preview or a mail scanner's prefetch is
 * harmless); only POST keeps an answer, which waits for the tour manager. An expired or revoked link
 * answers 410 with a page that says so; a link that never existed, 404.
 */
export const promoterFormRoutes = defineRoutes((app, ctx) => {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 128 * 1024 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))))
  })
  const common = { tags: ['advance'], security: [], params: TokenParams }
  const responses = {
    200: html('The form, or the thanks after an answer'),
    400: html('The form again, naming each field that needs attention'),
    404: html('Not a promoter link'),
    410: html('An expired or revoked promoter link'),
  }
  type Reply = FastifyReply
  const answer = (reply: Reply, status: 200 | 400 | 404 | 410, title: string, body: string) =>
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', PAGE_CSP)
      .header('x-robots-tag', 'noindex')
      .send(page(title, body))
  const notOpen = (reply: Reply, state: Exclude<PromoterFormState, { status: 'open' }>) =>
    state.status === 'gone'
      ? answer(reply, 410, 'Link no longer valid', `<p>${GONE_TEXT[state.reason]} Nothing was changed. Please ask the tour manager for a new link.</p>`)
      : answer(reply, 404, 'Link not found', '<p>This is not a valid advance link. Please check the address, or ask the tour manager for a new link.</p>')

  app.get(
    '/advance/:token',
    { schema: { ...common, summary: 'The promoter’s advance form: venue facts and people (no login; changes nothing)', response: responses } },
    async (request, reply) => {
      const { token } = request.params
      const state = TOKEN_PATTERN.test(token) ? await readPromoterForm(ctx.deps, token) : ({ status: 'unknown' } as const)
      if (state.status !== 'open') return notOpen(reply, state)
      return answer(reply, 200, 'Advance the show', form(state.show, state.values, [], state.answered))
    },
  )
  app.post(
    '/advance/:token',
    {
      schema: {
        ...common,
        summary: 'Send the promoter’s answer (form-encoded; no login): it waits for the tour manager to accept',
        consumes: ['application/x-www-form-urlencoded'],
        response: responses,
      },
    },
    async (request, reply) => {
      const { token } = request.params
      if (!TOKEN_PATTERN.test(token)) return notOpen(reply, { status: 'unknown' })
      const body = (request.body ?? {}) as Record<string, string>
      const { answer: sent, issues } = readAnswer(typeof body === 'object' ? body : {})
      if (issues.length) {
        const state = await readPromoterForm(ctx.deps, token)
        if (state.status !== 'open') return notOpen(reply, state)
        return answer(reply, 400, 'Advance the show', form(state.show, sent, issues, state.answered))
      }
      const state = await answerPromoterForm(ctx.deps, token, sent)
      if (state.status !== 'open') return notOpen(reply, state)
      return answer(
        reply,
        200,
        'Thank you',
        `<p>Your answer for ${escape(showLine(state.show))} is with the tour manager, who reviews it before anything changes.</p>` +
          `<p><a href="">Change your answer</a> (until ${escape(state.show.expiresAt.toISOString().slice(0, 10))}).</p>`,
      )
    },
  )
})
