import { useState } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { ApiProblem } from '../../api/api-problem.ts'
import { feedsApi, type CreatedCalendarFeed } from '../../api/touring-api.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { FeedLink } from './feed-link.tsx'

const dateFormat: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }

/** Private iCalendar feeds of one person's calendar: make a link (shown once), see the links made, revoke one. */
export function FeedsSection({ personId, personName }: { personId: string; personName: string }) {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const feeds = useQuery({ queryKey: feedsApi.key(slug, personId), queryFn: () => feedsApi.list(slug, personId) })
  const [created, setCreated] = useState<CreatedCalendarFeed | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [isWorking, setIsWorking] = useState(false)

  async function handleCreate() {
    if (isWorking) return
    setIsWorking(true)
    setError(null)
    try {
      setCreated(await feedsApi.create(slug, personId))
      await queryClient.invalidateQueries({ queryKey: feedsApi.key(slug, personId) })
    } catch (failure) {
      setError(failure instanceof ApiProblem ? failure.message : 'Could not make the link. Try again.')
    } finally {
      setIsWorking(false)
    }
  }

  return (
    <section className="section" aria-labelledby="feeds">
      <h2 id="feeds" className="section-title">
        Private calendar feed
      </h2>
      <p className="muted section-intro">
        A secret address your calendar app (Apple Calendar, Google Calendar, Outlook) subscribes to, with all of {personName}’s shows and commitments across
        acts. Revoke it if it leaks.
      </p>
      {created ? (
        <FeedLink feed={created} onDone={() => setCreated(null)} />
      ) : (
        <button type="button" className="button button--primary" onClick={() => void handleCreate()} aria-disabled={isWorking}>
          {isWorking ? 'Making the link…' : 'Make a calendar link'}
        </button>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <QueryView query={feeds}>
        {(list) => {
          const active = list.filter((feed) => !feed.revokedAt)
          if (active.length === 0) return <p className="muted feeds-empty">No calendar links yet.</p>
          return (
            <ul className="link-list feed-list" aria-label="Calendar links">
              {active.map((feed, i) => (
                <li key={feed.id} className="blockout-row">
                  <span>
                    <strong>Link {i + 1}</strong>
                    {feed.createdAt && <span className="muted"> · made {new Date(feed.createdAt).toLocaleDateString(undefined, dateFormat)}</span>}
                    {feed.lastUsedAt && <span className="muted"> · last read {new Date(feed.lastUsedAt).toLocaleDateString(undefined, dateFormat)}</span>}
                  </span>
                  <DeleteButton
                    label="Revoke"
                    className="button button--small button--danger-quiet"
                    what={`calendar link ${i + 1}`}
                    consequence="Calendar apps subscribed to it stop getting updates at once. Other links keep working."
                    onConfirm={async () => {
                      await feedsApi.revoke(slug, personId, feed.id)
                      await queryClient.invalidateQueries({ queryKey: feedsApi.key(slug, personId) })
                    }}
                  />
                </li>
              ))}
            </ul>
          )
        }}
      </QueryView>
    </section>
  )
}
