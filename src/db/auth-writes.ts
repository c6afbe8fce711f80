/**
 * Statements that change who may do what, as the auth-changes triggers of migration 0015 see them
 * (ADR 046): an update or delete of sessions, users or workspaces, and any change of memberships.
 * This process hears its own such writes at once, before the trigger's NOTIFY arrives.
 */
const AUTH_WRITE =
  /\b(?:(?:update|delete\s+from|truncate(?:\s+table)?)\s+"?(?:sessions|users|workspaces|workspace_members)"?|insert\s+into\s+"?workspace_members"?)(?=[\s;(]|$)/i

export function changesAuth(sqlText: string): boolean {
  return AUTH_WRITE.test(sqlText)
}

/** Listeners told of this process's own auth-changing statements (Database.onAuthWrite). */
export class AuthWrites {
  private readonly listeners = new Set<() => void>()

  /** Called with every statement's text before it runs. */
  saw(sqlText: string): void {
    if (this.listeners.size > 0 && changesAuth(sqlText)) for (const listener of this.listeners) listener()
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
