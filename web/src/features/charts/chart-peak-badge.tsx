import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { chartHistoryApi } from '../../api/charts-api.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import './charts.css'

/** On a release's page: its best chart peak ("Peak No. 5 · iTunes Pop pre-order") linking to its charts & awards. */
export function ChartPeakBadge({ releaseGroupId }: { releaseGroupId: string }) {
  const { slug, href } = useWorkspace()
  const filter = { releaseGroupId }
  const history = useQuery({ queryKey: chartHistoryApi.key(slug, filter), queryFn: () => chartHistoryApi.get(slug, filter) })
  const best = history.data?.best
  return (
    <p className="chart-peak">
      {best && (
        <span className="badge badge--peak">
          Peak No. {best.peakPosition} · {best.label}
        </span>
      )}{' '}
      <Link to={href(`/releases/${releaseGroupId}/charts`)}>Charts & awards</Link>
    </p>
  )
}
