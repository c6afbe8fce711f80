import { execFile } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { promisify } from 'node:util'
import openapiTS, { astToString } from 'openapi-typescript'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDbKind } from '../test/test-database.ts'
import { startTestApp, type TestApp } from '../test/test-app.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const OUT = `${ROOT}.tmp/api-client/`
const EXAMPLE = `${ROOT}scripts/api-client/example.ts`
const run = promisify(execFile)

type Operation = { operationId?: string; responses?: Record<string, unknown>; security?: unknown[] }

/**
 * The API document as its clients read it: Redocly's recommended rules, names for every operation,
 * and a client generated from it that compiles and runs. The document does not depend on the
 * database, so this file runs once (on PGlite).
 */
describe.skipIf(testDbKind() === 'postgres')('the OpenAPI document', () => {
  let t: TestApp
  let document: { paths: Record<string, Record<string, Operation>> }
  let operations: Array<{ key: string; operation: Operation }>

  beforeAll(async () => {
    t = await startTestApp()
    document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    operations = Object.entries(document.paths).flatMap(([url, item]) =>
      Object.entries(item).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${url}`, operation })),
    )
    mkdirSync(OUT, { recursive: true })
    writeFileSync(`${OUT}openapi.json`, JSON.stringify(document, null, 2))
  })
  afterAll(() => t.close())

  it('names every operation once, as a generated client would call it', () => {
    const ids = operations.map(({ operation }) => operation.operationId)
    expect(operations.length).toBeGreaterThan(100)
    expect(ids.filter((id) => !id || !/^[a-z][A-Za-z]+$/.test(id))).toEqual([])
    expect(new Set(ids).size).toBe(ids.length)
    expect(Object.fromEntries(operations.filter(({ key }) => key.includes('/works')).map(({ key, operation }) => [key, operation.operationId]))).toMatchObject({
      'GET /api/workspaces/{workspaceId}/works': 'listWorks',
      'POST /api/workspaces/{workspaceId}/works': 'createWork',
      'PUT /api/workspaces/{workspaceId}/works/{workId}/holds/{holdId}': 'updateWorkHold',
    })
  })

  it('declares the problem answers of every signed-in route and asks no session of the public ones', () => {
    const workspaceRoutes = operations.filter(({ key }) => key.includes('/api/workspaces/{workspaceId}'))
    expect(
      workspaceRoutes
        .filter(({ operation }) => !operation.responses?.['401'] || !operation.responses['403'] || !operation.responses['404'])
        .map(({ key }) => key),
    ).toEqual([])
    const publicRoutes = operations.filter(({ key }) => /^GET \/(public|feeds)\//.test(key))
    expect(publicRoutes.length).toBeGreaterThanOrEqual(4)
    expect(publicRoutes.filter(({ operation }) => operation.security?.length !== 0).map(({ key }) => key)).toEqual([])
  })

  it("passes Redocly's recommended rules with no error and no warning", async () => {
    const { stdout } = await run(`${ROOT}node_modules/.bin/redocly`, ['lint', '.tmp/api-client/openapi.json', '--format=json', '--max-problems=1000'], {
      cwd: ROOT,
      env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', REDOCLY_TELEMETRY: 'off', CI: 'true' },
    }).catch((error: { stdout: string }) => ({ stdout: error.stdout }))
    const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number; ignored: number }; problems: Array<{ ruleId: string; message: string }> }
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([])
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 })
  }, 120_000)

  it('generates a typed client that compiles a program against the API', async () => {
    writeFileSync(`${OUT}schema.ts`, astToString(await openapiTS(document as never)))
    const program = ts.createProgram([EXAMPLE], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2023,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
      types: [],
    })
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    expect(errors).toEqual([])
  }, 180_000)

  it('runs that program against a live server, from an empty database', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = t.app.server.address() as AddressInfo
    // A computed path, so the type check of the suite does not follow it into the generated types.
    const { runExample } = (await import(/* @vite-ignore */ EXAMPLE)) as {
      runExample(baseUrl: string, email: string): Promise<{ songTitles: string[]; writerShareTotal: number; workspaceSlug: string }>
    }
    const result = await runExample(`http://127.0.0.1:${port}`, `client-${Date.now()}@example.test`)
    expect(result.songTitles).toEqual(['Typed Song'])
    expect(result.writerShareTotal).toBe(100)
    expect(result.workspaceSlug).toMatch(/^generated-client-band/)
  }, 60_000)
})
