import type { Db } from '../../db/client.ts'
import { exportWorkspace as exportDocument, type WorkspaceExport } from '../../db/workspace-export/export.ts'
import { assertCan } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'

/** The whole workspace as one versioned document (a backup, or a move to another server). */
export async function exportWorkspace(deps: Deps, actor: Actor): Promise<WorkspaceExport> {
  assertCan(actor, 'manage-workspace')
  return exportDocument(deps.db, actor.workspaceId, { clock: deps.clock })
}

/** The same document for the operator of the database (`greenroom export workspace <slug>`), by id or slug. */
export async function exportWorkspaceForOperator(db: Db, workspaceIdOrSlug: string): Promise<WorkspaceExport> {
  return exportDocument(db, workspaceIdOrSlug)
}
