import { useQuery } from '@tanstack/react-query'
import { mailApi, mailKeys } from '../../api/mail-api.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { formatClock, formatDay, viewerTimeZone } from '../shows/zoned-time.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

const STATES: Record<string, string> = {
  kept: 'Kept here (no mail server configured)',
  queued: 'Waiting to be sent',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed, will be tried again',
  bounced: 'Refused by the mail server',
  suppressed: 'Not sent: this address bounced before',
}

const when = (iso: string) => `${formatDay(new Date(iso), viewerTimeZone())} ${formatClock(new Date(iso), viewerTimeZone())}`

/** Every email written for the workspace, newest first, with its state (owners only; ADR 033). */
export function OutboxPage() {
  const { slug, workspace } = useWorkspace()
  const list = useQuery({ queryKey: mailKeys.outbox(slug), queryFn: () => mailApi.outbox(slug), enabled: workspace.role === 'owner' })
  if (workspace.role !== 'owner') {
    return (
      <>
        <PageHeader title="Outbox" />
        <p className="notice">Only owners read the outbox: it holds every member’s address and mail.</p>
      </>
    )
  }
  return (
    <>
      <PageHeader title="Outbox" kicker={workspace.name}>
        <p className="muted">
          Every email Greenroom wrote for this workspace. With no mail server configured (GREENROOM_SMTP_URL), emails are kept here and not sent.
        </p>
      </PageHeader>
      <QueryView query={list}>
        {(mails) =>
          mails.length === 0 ? (
            <EmptyState title="No email yet: sending a set list round or inviting someone by address writes one." />
          ) : (
            <ul className="stack" aria-label="Emails">
              {mails.map((m) => (
                <li key={m.id} className="card">
                  <details>
                    <summary>
                      <strong>{m.subject}</strong> to {m.to}
                    </summary>
                    <pre style={{ whiteSpace: 'pre-wrap' }}>{m.text}</pre>
                  </details>
                  <p className="muted">
                    {STATES[m.status] ?? m.status} · written {when(m.createdAt)}
                    {m.sentAt ? ` · sent ${when(m.sentAt)}` : ''}
                    {m.attempts > 0 ? ` · ${m.attempts} ${m.attempts === 1 ? 'try' : 'tries'}` : ''}
                  </p>
                  {m.lastError && <p className="notice">Last error: {m.lastError}</p>}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  )
}
