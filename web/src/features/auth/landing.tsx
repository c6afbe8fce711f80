import { Navigate } from 'react-router'
import { Loading } from '../../components/query-view.tsx'
import { useMe } from './use-me.ts'

/**
 * Where signing in lands (issue 14, "my home"): straight into the one workspace's home when the
 * account has exactly one, else the picker (none yet: start one; several: choose).
 */
export function Landing() {
  const me = useMe()
  if (me.isPending) return <Loading />
  const workspaces = me.data?.workspaces ?? []
  return <Navigate replace to={workspaces.length === 1 ? `/w/${workspaces[0]!.slug}` : '/workspaces'} />
}
