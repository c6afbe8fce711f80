/** Stable codes for every expected failure. HTTP statuses live in http/problem.ts, never here. */
export type DomainErrorCode =
  | 'validation'
  | 'not-found'
  | 'forbidden'
  | 'unauthenticated'
  | 'conflict'
  | 'stale-version'
  | 'rule-violated'
  | 'rate-limited'
  | 'locked'
  | 'too-large'
  | 'key-reused'
  | 'in-progress'

/** One problem with one field of the input; `path` is the field as the client sent it, e.g. `writers.1.sharePercent`. */
export interface FieldIssue {
  path: string
  message: string
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: { errors?: FieldIssue[]; [key: string]: unknown } = {},
  ) {
    super(message)
    this.name = 'DomainError'
  }
}

export class ValidationError extends DomainError {
  constructor(errors: FieldIssue[], message = describeIssues(errors)) {
    super('validation', message, { errors })
  }
}

export class NotFoundError extends DomainError {
  constructor(kind: string, id: string) {
    super('not-found', `No ${kind} ${JSON.stringify(id)} here.`, { kind, id })
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super('forbidden', message)
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, errors: FieldIssue[] = []) {
    super('conflict', message, { errors })
  }
}

/** A write carried a version that is no longer current; `current` is what the writer should look at. */
export class StaleVersionError extends DomainError {
  constructor(kind: string, current: unknown) {
    super('stale-version', `This ${kind} was changed by someone else since you opened it. Review the current version and apply your change again.`, { current })
  }
}

export function fieldError(path: string, message: string): ValidationError {
  return new ValidationError([{ path, message }])
}

function describeIssues(errors: FieldIssue[]): string {
  if (errors.length === 0) return 'The request is not valid.'
  return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')
}
