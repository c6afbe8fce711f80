import { z } from 'zod'
import { ProblemSchema } from '../contract/common.ts'
import { operationIdFor } from './operation-ids.ts'

/** The problem+json answers a route may give, declared once and referenced by every operation. */
const problemResponses = {
  BadRequest: 'A field is missing or malformed; `errors` names each one',
  Unauthorized: 'Not signed in, or the session has ended',
  Forbidden: 'Your role may not do this',
  NotFound: 'No such resource here (or not in a workspace you belong to)',
  Conflict: 'A stale version (the current one is in `current`), or a state that refuses the change',
  PayloadTooLarge: 'The body is over the size limit',
  TooManyRequests: 'Too many attempts; wait as long as Retry-After says',
} as const
type ProblemResponse = keyof typeof problemResponses

/** Routes anyone may call without a session. */
const anonymous = [/^GET \/api\/health$/, /^POST \/api\/auth\/(signup|login)$/, /^GET \/api\/invites\/\{token\}$/, /^GET \/public\//, /^GET \/feeds\//]
const rateLimited = [/^POST \/api\/auth\/(signup|login)$/]
const WORKSPACE = '/api/workspaces/{workspaceId}'

interface Operation {
  operationId?: string
  parameters?: unknown[]
  requestBody?: unknown
  security?: unknown[]
  responses?: Record<string, unknown>
}
type Document = Record<string, unknown> & { paths?: Record<string, Record<string, Operation>>; components?: Record<string, Record<string, unknown>> }

/**
 * Completes the generated document for its clients: a server, a license, an operationId on every
 * operation, and the problem+json 4xx answers each operation can give (Redocly's recommended rules).
 */
export function finishDocument(document: Document): Document {
  const paths = document.paths ?? {}
  for (const [url, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const key = `${method.toUpperCase()} ${url}`
      operation.operationId ??= operationIdFor(method, url)
      const isAnonymous = anonymous.some((pattern) => pattern.test(key))
      if (isAnonymous) operation.security = []
      const declared: ProblemResponse[] = []
      if (operation.parameters?.length || operation.requestBody) declared.push('BadRequest')
      if (!isAnonymous) declared.push('Unauthorized')
      if (url.startsWith(WORKSPACE)) declared.push('Forbidden')
      if (url.includes('{')) declared.push('NotFound')
      if (url.startsWith(WORKSPACE) && method !== 'get') declared.push('Conflict')
      if (operation.requestBody) declared.push('PayloadTooLarge')
      if (rateLimited.some((pattern) => pattern.test(key))) declared.push('TooManyRequests')
      const responses = (operation.responses ??= {})
      for (const name of declared) responses[statusOf[name]] ??= { $ref: `#/components/responses/${name}` }
    }
  }
  const components = (document.components ??= {})
  const { $schema: _dialect, ...problem } = z.toJSONSchema(ProblemSchema, { target: 'draft-2020-12' })
  components.schemas = { ...components.schemas, Problem: problem }
  components.responses = {
    ...components.responses,
    ...Object.fromEntries(
      Object.entries(problemResponses).map(([name, description]) => [
        name,
        { description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
      ]),
    ),
  }
  return document
}

const statusOf: Record<ProblemResponse, string> = {
  BadRequest: '400',
  Unauthorized: '401',
  Forbidden: '403',
  NotFound: '404',
  Conflict: '409',
  PayloadTooLarge: '413',
  TooManyRequests: '429',
}
