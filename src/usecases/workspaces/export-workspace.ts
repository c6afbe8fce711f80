import type { Db } from '../../db/client.ts'
import { exportWorkspace as exportDocument, type WorkspaceExport } from '../../db/workspace-export/export.ts'
import { readerOf } from '../read-access.ts'
import type { Actor, Deps } from '../deps.ts'

/** The whole workspace as one versioned document (a backup, or a move to another server). */
export async function exportWorkspace(deps: Deps, actor: Actor): Promise<WorkspaceExport> {
  await readerOf(deps, actor, 'export') // owners and managers; 403 for the rest
  return exportDocument(deps.db, actor.workspaceId, { clock: deps.clock })
}

/** The same document for the operator of the database (`greenroom export workspace <slug>`), by id or slug. */
export async function exportWorkspaceForOperator(db: Db, workspaceIdOrSlug: string): Promise<WorkspaceExport> {
  return exportDocument(db, workspaceIdOrSlug)
}
