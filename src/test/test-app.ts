import type { LightMyRequestResponse } from 'fastify'
import { buildApp, type App } from '../http/app.ts'
import type { Database } from '../db/client.ts'
import { fixedClock } from '../domain/clock.ts'
import { freshDatabase } from './test-database.ts'

export const TEST_NOW = new Date('2013-04-15T12:00:00Z')

export interface TestApp {
  app: App
  database: Database
  close(): Promise<void>
}

/** The real app on a fresh database, driven through inject() without a network. */
export async function startTestApp(): Promise<TestApp> {
  const database = await freshDatabase()
  const app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent' })
  return {
    app,
    database,
    async close() {
      await app.close()
      await database.close()
    },
  }
}

/** A logged-in client: keeps the session cookie and sends JSON. */
export class TestClient {
  private cookie = ''
  constructor(private readonly app: App) {}

  /** The app this client talks to (fixtures that sign up a second user on it). */
  get appUnderTest(): App {
    return this.app
  }

  async request(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse & { body: string; json<T = any>(): T }> {
    const res = await this.app.inject({
      method: method as 'GET',
      url,
      headers: { ...(this.cookie ? { cookie: this.cookie } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    })
    const set = res.cookies.find((c) => c.name === 'gr_session')
    if (set) this.cookie = set.value ? `gr_session=${set.value}` : ''
    return res as never
  }

  get = (url: string) => this.request('GET', url)
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {})
  put = (url: string, body: unknown) => this.request('PUT', url, body)
  delete = (url: string) => this.request('DELETE', url)
}

let counter = 0
/** Signs up a new user and returns a client holding their session. */
export async function signUpClient(app: App, name = 'Test User'): Promise<TestClient & { email: string }> {
  const client = new TestClient(app)
  const email = `user${++counter}-${Math.random().toString(36).slice(2, 8)}@example.test`
  const res = await client.post('/api/auth/signup', { email, password: 'correct horse battery', displayName: name })
  if (res.statusCode !== 202) throw new Error(`signup failed: ${res.body}`)
  // Sign-up never logs in (it answers the same for an existing email): log in next, as the web app does.
  const login = await client.post('/api/auth/login', { email, password: 'correct horse battery' })
  if (login.statusCode !== 200) throw new Error(`login after signup failed: ${login.body}`)
  return Object.assign(client, { email })
}

/** A user with a fresh workspace of their own; returns the client and the workspace id. */
export async function ownerWithWorkspace(app: App, name = 'Band'): Promise<{ client: TestClient; workspaceId: string; slug: string; base: string }> {
  const client = await signUpClient(app, `${name} Owner`)
  const res = await client.post('/api/workspaces', { name: `${name} ${Math.random().toString(36).slice(2, 7)}` })
  if (res.statusCode !== 201) throw new Error(`workspace failed: ${res.body}`)
  const ws = res.json()
  return { client, workspaceId: ws.id, slug: ws.slug, base: `/api/workspaces/${ws.id}` }
}
