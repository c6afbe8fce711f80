import { writeScope } from '../../../../src/contract/roles.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

/** Whether the user may change venues, tours, shows and commitments: the server's own permission table through the contract. */
export function useCanEditTouring(): boolean {
  const { workspace } = useWorkspace()
  return writeScope(workspace.role, 'shows') === 'all'
}
