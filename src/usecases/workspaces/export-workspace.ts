import { exportWorkspace as exportDocument, type WorkspaceExport } from '../../interop/workspace-export.ts'
import { assertCan } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'

/** The whole workspace as one versioned document (a backup, or a move to another server). */
export async function exportWorkspace(deps: Deps, actor: Actor): Promise<WorkspaceExport> {
  assertCan(actor, 'manage-workspace')
  return exportDocument(deps.db, actor.workspaceId, { clock: deps.clock })
}
