import { useQuery } from '@tanstack/react-query'
import { playedApi, playedKeys } from '../../api/played-api.ts'
import type { SetlistEntry } from '../../api/setlists-api.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { historyOfSongs } from './played-model.ts'
import { dateTimeFormat } from '../shows/zoned-time.ts'

const day = (iso: string) =>
  dateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`))

/** Each song of a list with its play history: times played, times on the current tour, where and when it was last played. */
export function PlayHistoryPanel({ actId, entries, titleOf }: { actId: string; entries: readonly SetlistEntry[]; titleOf: (entry: SetlistEntry) => string }) {
  const { slug } = useWorkspace()
  const history = useQuery({ queryKey: playedKeys.act(slug, actId), queryFn: () => playedApi.actHistory(slug, actId) })
  const rows = historyOfSongs(entries, history.data?.songs ?? [])
  return (
    <section className="section play-history" aria-labelledby="play-history">
      <h2 id="play-history" className="section-title">
        Play history
      </h2>
      {history.isPending ? (
        <p className="muted">Loading the play history…</p>
      ) : history.isError ? (
        <p className="notice notice--danger" role="alert">
          {history.error.message}
        </p>
      ) : rows.length === 0 ? (
        <p className="muted">No songs in this list yet.</p>
      ) : (
        <>
          <p className="muted">{history.data.tour ? `This tour: ${history.data.tour.name}.` : 'No tour yet.'}</p>
          <ul className="play-history-list">
            {rows.map(({ key, entry, history: h }) => (
              <li key={key} className="play-history-row">
                <span className="play-history-title">{titleOf(entry)}</span>
                {h ? (
                  <span className="play-history-facts">
                    played {h.timesPlayed}× · {h.timesThisTour}× this tour
                    {h.lastPlayed && (
                      <>
                        {' '}
                        · last {day(h.lastPlayed.date)}, {h.lastPlayed.venueName}, {h.lastPlayed.city}
                      </>
                    )}
                  </span>
                ) : (
                  <span className="play-history-facts muted">never played yet</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
