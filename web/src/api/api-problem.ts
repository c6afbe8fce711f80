/** One problem with one field, as the server reports it: `path` is like `writers.1.sharePercent`. */
export interface FieldIssue {
  path: string
  message: string
}

interface ProblemInit {
  status: number
  code: string
  title: string
  detail?: string
  errors?: FieldIssue[]
  current?: unknown
}

/** An application/problem+json answer (RFC 9457), or a network failure as status 0. */
export class ApiProblem extends Error {
  readonly status: number
  readonly code: string
  readonly title: string
  readonly errors: FieldIssue[]
  readonly current: unknown

  constructor(init: ProblemInit) {
    super(init.detail || init.title)
    this.name = 'ApiProblem'
    this.status = init.status
    this.code = init.code
    this.title = init.title
    this.errors = init.errors ?? []
    this.current = init.current
  }

  /** Someone else saved a newer version; `current` holds it. */
  get isStale(): boolean {
    return this.status === 409 && this.current !== undefined
  }
}

const FALLBACK_TITLES: Record<number, string> = {
  401: 'Please log in again.',
  403: 'You do not have permission to do that.',
  404: 'This was not found. It may have been deleted.',
  429: 'Too many attempts. Wait a minute and try again.',
}

/** Reads a failed response into an ApiProblem, whatever its body looks like. */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  const fallbackTitle = FALLBACK_TITLES[response.status] ?? `The server answered ${response.status}. Try again in a moment.`
  let body: Record<string, unknown> = {}
  try {
    const parsed: unknown = await response.json()
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>
  } catch {
    // Not JSON (a proxy error page, say): the fallback title says enough.
  }
  return new ApiProblem({
    status: response.status,
    code: typeof body.code === 'string' ? body.code : String(response.status),
    title: typeof body.title === 'string' ? body.title : fallbackTitle,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    errors: Array.isArray(body.errors) ? body.errors.filter(isFieldIssue) : [],
    current: body.current,
  })
}

export function networkProblem(): ApiProblem {
  return new ApiProblem({ status: 0, code: 'network', title: 'Cannot reach Greenroom. Check your connection and try again.' })
}

export function isProblem(error: unknown, status?: number): error is ApiProblem {
  return error instanceof ApiProblem && (status === undefined || error.status === status)
}

function isFieldIssue(value: unknown): value is FieldIssue {
  if (!value || typeof value !== 'object') return false
  const v = value as Record<string, unknown>
  return typeof v.path === 'string' && typeof v.message === 'string'
}
