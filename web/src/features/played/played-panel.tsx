import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { isProblem } from '../../api/api-problem.ts'
import { playedApi, playedKeys } from '../../api/played-api.ts'
import { setlistKeys, setlistsApi } from '../../api/setlists-api.ts'
import type { Show } from '../../api/touring-api.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { ChangesList } from '../setlists/changes-list.tsx'
import { entryTitle, plainEntry } from '../setlists/setlist-model.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { PlayHistoryPanel } from './play-history-panel.tsx'
import { canRecordPlayed, numberSongs } from './played-model.ts'
import { dateTimeFormat } from '../shows/zoned-time.ts'
import './played.css'

const when = (iso: string) =>
  dateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' }).format(new Date(iso))

/** On a show's page: what was actually played, the changes from the agreed list marked; or, from the day of the show, a way to record it. */
export function PlayedPanel({ show }: { show: Show }) {
  const { slug, href, permissions } = useWorkspace()
  // The show says whether these exist, so nothing is asked for (and no 404 logged) when they do not
  const played = useQuery({
    queryKey: playedKeys.show(slug, show.id),
    queryFn: () => playedApi.get(slug, show.id),
    retry: false,
    enabled: show.playedRecorded !== false,
  })
  const agreed = useQuery({
    queryKey: setlistKeys.show(slug, show.id),
    queryFn: () => setlistsApi.showSetlist(slug, show.id),
    retry: false,
    enabled: show.setlistVersionId !== null,
  })
  const notRecorded = show.playedRecorded === false || (played.isError && isProblem(played.error, 404))
  const canRecord = permissions.canEditCatalog && canRecordPlayed(show)
  if (notRecorded && !canRecordPlayed(show)) return null
  return (
    <section className="section show-played" aria-labelledby="show-played">
      <h2 id="show-played" className="section-title">
        What was played
      </h2>
      {notRecorded ? (
        <EmptyState title="Not recorded yet">
          <p className="muted">Start from the agreed list and mark what changed on the night.</p>
          {canRecord && (
            <Link className="button button--primary" to={href(`/shows/${show.id}/played`)}>
              Record what was played
            </Link>
          )}
        </EmptyState>
      ) : played.isPending ? (
        <p className="muted">Loading…</p>
      ) : played.isError ? (
        <p className="notice notice--danger" role="alert">
          {played.error.message}
        </p>
      ) : (
        <>
          <p className="played-meta muted">
            <span>
              {played.data.source === 'setlistfm' ? 'Imported from setlist.fm' : 'Recorded'} · {when(played.data.recordedAt)}
            </span>
            {canRecord && (
              <Link className="button button--small" to={href(`/shows/${show.id}/played`)}>
                Change what was played
              </Link>
            )}
          </p>
          {agreed.data ? (
            <>
              <p className="muted">Against the agreed list (version {agreed.data.number}):</p>
              <ChangesList
                from={agreed.data.entries.map(plainEntry)}
                to={played.data.entries.map(plainEntry)}
                titleOf={(e) => displayTitle(e, played.data.entries, agreed.data.entries)}
                label="What was played, against the agreed list"
              />
            </>
          ) : (
            <ol className="played-list">
              {numberSongs(played.data.entries).map(({ entry: e, number }) =>
                number === null ? (
                  <li key={e.id} className="played-list-unnumbered">
                    <strong>{e.displayTitle}</strong>
                  </li>
                ) : (
                  <li key={e.id} value={number}>
                    {e.displayTitle}
                  </li>
                ),
              )}
            </ol>
          )}
          <PlayHistoryPanel
            actId={show.actId}
            entries={played.data.entries}
            titleOf={(e) => displayTitle(e, played.data.entries, agreed.data?.entries ?? [])}
          />
        </>
      )}
    </section>
  )
}

/** The server's title of an entry, from whichever list has it. */
export function displayTitle(entry: { id: string }, ...lists: readonly (readonly { id: string; displayTitle: string }[])[]): string {
  for (const list of lists) {
    const found = list.find((e) => e.id === entry.id)
    if (found) return found.displayTitle
  }
  return entryTitle(entry as never)
}
