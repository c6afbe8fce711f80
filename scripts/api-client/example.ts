// A small program written against the client generated from /api/openapi.json (openapi-typescript
// types + openapi-fetch). The test in src/http/openapi-document.test.ts generates the types, compiles
// this file with no errors allowed, and runs it against a live server: a breaking change to the API
// (a renamed path, a removed field, a changed type) fails the build the way it would fail a client.
import createClient from 'openapi-fetch'
import type { paths } from '../../.tmp/api-client/schema.ts'

/** fetch that keeps the session cookie, as a browser would. */
function cookieFetch(): typeof fetch {
  let cookie = ''
  return async (input, init) => {
    const request = new Request(input, init)
    if (cookie) request.headers.set('cookie', cookie)
    const response = await fetch(request)
    const set = response.headers.get('set-cookie')
    if (set) cookie = set.split(';')[0]!
    return response
  }
}

export interface ExampleResult {
  workspaceSlug: string
  songTitles: string[]
  writerShareTotal: number
}

/** Signs up, makes a workspace, adds a song with its writer and reads the songs back. */
export async function runExample(baseUrl: string, email: string): Promise<ExampleResult> {
  const api = createClient<paths>({ baseUrl, fetch: cookieFetch() })
  const password = 'a long enough password'
  await api.POST('/api/auth/signup', { body: { email, password, displayName: 'Client Example' } })
  const login = await api.POST('/api/auth/login', { body: { email, password } })
  if (login.error) throw new Error(`login: ${login.error.title}`)

  const created = await api.POST('/api/workspaces', { body: { name: 'Generated Client Band' } })
  if (!created.data) throw new Error(`workspace: ${created.error?.title}`)
  const workspaceId = created.data.id

  const person = await api.POST('/api/workspaces/{workspaceId}/people', { params: { path: { workspaceId } }, body: { name: 'Ada Writer' } })
  if (!person.data) throw new Error(`person: ${person.error?.title}`)
  const work = await api.POST('/api/workspaces/{workspaceId}/works', {
    params: { path: { workspaceId } },
    body: { title: 'Typed Song', writers: [{ personId: person.data.id, role: 'composer-lyricist', sharePercent: 100 }] },
  })
  if (!work.data) throw new Error(`work: ${work.error?.title}: ${JSON.stringify(work.error?.errors)}`)

  const works = await api.GET('/api/workspaces/{workspaceId}/works', { params: { path: { workspaceId }, query: { q: 'typed' } } })
  const one = await api.GET('/api/workspaces/{workspaceId}/works/{workId}', { params: { path: { workspaceId, workId: work.data.id } } })
  return {
    workspaceSlug: created.data.slug,
    songTitles: (works.data ?? []).map((entry) => entry.title),
    writerShareTotal: (one.data?.writers ?? []).reduce((sum, writer) => sum + (writer.sharePercent ?? 0), 0),
  }
}
