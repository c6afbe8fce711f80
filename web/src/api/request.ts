import { networkProblem, problemFromResponse } from './api-problem.ts'

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

/** The one way the web app talks to the API: JSON in and out, failures thrown as ApiProblem. */
export async function request<T>(method: Method, path: string, body?: unknown, options: { idempotencyKey?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (body !== undefined) headers['content-type'] = 'application/json'
  // A change that may be sent again (the offline outbox) names itself, so the server does it once.
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey
  let response: Response
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    throw networkProblem()
  }
  if (!response.ok) throw await problemFromResponse(response)
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

/** `?q=…&actId=…` from the defined, non-empty values only. */
export function queryString(params: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value)
  const text = search.toString()
  return text ? `?${text}` : ''
}
