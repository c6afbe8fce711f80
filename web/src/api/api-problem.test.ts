import { describe, expect, it } from 'vitest'
import { ApiProblem, problemFromResponse } from './api-problem.ts'

function problemResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } })
}

describe('problemFromResponse', () => {
  it('keeps the field issues of a validation problem', async () => {
    const problem = await problemFromResponse(
      problemResponse(422, {
        type: 'x',
        title: 'Invalid',
        status: 422,
        code: 'validation',
        detail: "writers: the writers' shares total 90 %; they must total exactly 100 %",
        errors: [{ path: 'writers', message: "the writers' shares total 90 %; they must total exactly 100 %" }],
      }),
    )
    expect(problem.errors).toEqual([{ path: 'writers', message: "the writers' shares total 90 %; they must total exactly 100 %" }])
    expect(problem.message).toContain('100 %')
  })

  it('recognises a stale write by its current version', async () => {
    const problem = await problemFromResponse(problemResponse(409, { title: 'Stale', status: 409, code: 'stale-version', current: { version: 3 } }))
    expect(problem.isStale).toBe(true)
    expect(problem.current).toEqual({ version: 3 })
  })

  it('gives a readable title when the body is not JSON', async () => {
    const problem = await problemFromResponse(new Response('<html>bad gateway</html>', { status: 502 }))
    expect(problem).toBeInstanceOf(ApiProblem)
    expect(problem.message).toMatch(/502/)
    expect(problem.errors).toEqual([])
  })
})
