import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useSearchParams } from 'react-router'
import { notificationKeys, notificationsApi, type Notification } from '../../api/notifications-api.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { formatClock, formatDay, viewerTimeZone } from '../shows/zoned-time.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { EmailSettings } from '../mail/email-settings.tsx'
import { PushSettings } from '../push/push-settings.tsx'

/** My notifications, newest first: unread ones marked, each leading where it happened (issue 14). */
export function InboxPage() {
  const { slug, href } = useWorkspace()
  const queryClient = useQueryClient()
  const [params, setParams] = useSearchParams()
  const unreadOnly = params.get('unread') === 'true'
  const list = useQuery({ queryKey: notificationKeys.list(slug, unreadOnly), queryFn: () => notificationsApi.list(slug, unreadOnly) })
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all(slug) })

  async function markAll() {
    await notificationsApi.readAll(slug)
    await refresh()
  }
  async function open(note: Notification) {
    if (!note.readAt) {
      await notificationsApi.read(slug, note.id)
      await refresh()
    }
  }

  return (
    <>
      <PageHeader title="Inbox">
        <p className="muted">What waits for you and what changed: set lists sent round, answers to yours, lists agreed.</p>
      </PageHeader>
      <div className="form-actions">
        <label>
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setParams(e.target.checked ? { unread: 'true' } : {})} /> Unread only
        </label>
        <button type="button" className="button" onClick={() => void markAll()}>
          Mark all read
        </button>
      </div>
      <QueryView query={list}>
        {(notes) =>
          notes.length === 0 ? (
            <EmptyState title={unreadOnly ? 'Nothing unread.' : 'Nothing here yet: you will be told when a set list waits for your answer.'} />
          ) : (
            <ul className="stack" aria-label="Notifications">
              {notes.map((note) => (
                <li key={note.id} className="card">
                  <Link to={href(note.link)} onClick={() => void open(note)}>
                    {note.title}
                  </Link>
                  <p className="muted">
                    {note.readAt ? null : <span className="badge badge--pending">New</span>} {formatDay(new Date(note.createdAt), viewerTimeZone())}{' '}
                    {formatClock(new Date(note.createdAt), viewerTimeZone())}
                  </p>
                  {!note.readAt && (
                    <button type="button" className="button" onClick={() => void open(note)}>
                      Mark read
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      <EmailSettings />
      <PushSettings />
    </>
  )
}
