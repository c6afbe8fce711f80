import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { isProblem } from '../../api/api-problem.ts'
import { setlistKeys, setlistsApi } from '../../api/setlists-api.ts'
import type { Show } from '../../api/touring-api.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { SetlistView } from '../setlists/setlist-view.tsx'
import { StageDownloads } from '../setlists/stage-downloads.tsx'
import '../setlists/setlists.css'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { zoneName } from './zoned-time.ts'

/**
 * The set list applied to the show: its entries with clock times from the set start on the venue's
 * clock (the server times them), and the stage sheet. The show says whether one is applied
 * (`setlistVersionId`), so a show without one asks for nothing: an absent set list is not an error.
 * (A show cached before that field existed still asks, and a 404 reads as none.)
 */
export function ShowSetlistPanel({ show }: { show: Show }) {
  const { slug, href } = useWorkspace()
  const hasSetlist = show.setlistVersionId !== null
  const setlist = useQuery({ queryKey: setlistKeys.show(slug, show.id), queryFn: () => setlistsApi.showSetlist(slug, show.id), enabled: hasSetlist })
  const zone = `${show.timeZone.replace(/_/g, ' ')}, ${zoneName(new Date(show.startsAt), show.timeZone)}`
  return (
    <section className="section show-setlist" aria-labelledby="show-setlist">
      <h2 id="show-setlist" className="section-title">
        Set list
      </h2>
      {!hasSetlist || (setlist.isError && isProblem(setlist.error, 404)) ? (
        <EmptyState title="No agreed set list applied yet">
          <Link className="button" to={href('/setlists')}>
            See the set lists
          </Link>
        </EmptyState>
      ) : setlist.isPending ? (
        <p className="muted">Loading the set list…</p>
      ) : setlist.isError ? (
        <p className="notice notice--danger" role="alert">
          {setlist.error.message}
        </p>
      ) : (
        <>
          <p className="show-setlist-meta muted">
            <span>
              Version {setlist.data.number} by {setlist.data.authorName} ·{' '}
              <Link to={href(`/setlists/${setlist.data.proposalId}?version=${setlist.data.id}`)}>the proposal</Link>
            </span>
            <span>{show.times.setStart ? `Clock times at the venue (${zone}).` : 'No set start yet: times are from the start of the set.'}</span>
          </p>
          <StageDownloads versionId={setlist.data.id} />
          <SetlistView entries={setlist.data.entries} runningSeconds={setlist.data.runningSeconds} violations={setlist.data.violations} />
        </>
      )}
    </section>
  )
}
