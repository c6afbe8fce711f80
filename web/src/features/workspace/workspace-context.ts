import { createContext, useContext } from 'react'
import type { Workspace } from '../../api/types.ts'
import type { Permissions } from './permissions.ts'

export interface WorkspaceContextValue {
  /** As in the URL; the API accepts it wherever it takes a workspace id. */
  slug: string
  workspace: Workspace
  permissions: Permissions
  /** `/w/<slug>` + rest, for links. */
  href: (rest?: string) => string
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null)

/** The open workspace; only inside /w/:workspaceSlug pages. */
export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext)
  if (!value) throw new Error('useWorkspace is used outside a workspace page')
  return value
}
