import type { Db } from '../../db/client.ts'
import { findWorkspaceIdBySlug, someWorkspaceIds } from '../../db/queries/workspaces.ts'
import { DomainError, NotFoundError } from '../../domain/errors.ts'

/**
 * The one look-up of a workspace by slug for the operator's commands (the CLI): the workspace named
 * by `slug`, or when none is named the only one there is; else a usage error.
 */
export async function resolveWorkspace(db: Db, slug: string | undefined): Promise<string> {
  if (slug) {
    const id = await findWorkspaceIdBySlug(db, slug)
    if (!id) throw new NotFoundError('workspace', slug)
    return id
  }
  const all = await someWorkspaceIds(db, 2)
  if (all.length === 1) return all[0]!
  throw new DomainError(
    'validation',
    all.length === 0 ? 'There is no workspace in this database.' : 'This database has several workspaces: name one with --workspace <slug>.',
  )
}
