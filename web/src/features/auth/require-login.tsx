import { Navigate, Outlet, useLocation } from 'react-router'
import { Loading, QueryView } from '../../components/query-view.tsx'
import { useMe } from './use-me.ts'

/** Pages behind it need a session; without one the user logs in and comes back here. */
export function RequireLogin() {
  const me = useMe()
  const location = useLocation()
  if (me.isPending) return <Loading />
  return (
    <QueryView query={me}>
      {(user) => (user ? <Outlet /> : <Navigate replace to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} />)}
    </QueryView>
  )
}
