import { can } from '../../../../src/contract/roles.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

/**
 * Whether the user may change venues, tours, shows and commitments: the server's own
 * 'edit-touring' rule through the contract. (Belongs in workspace/permissions.ts as
 * canEditTouring; kept here while that file is not part of this change.)
 */
export function useCanEditTouring(): boolean {
  const { workspace } = useWorkspace()
  return can(workspace.role, 'edit-touring')
}
