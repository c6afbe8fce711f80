import '../../styles/rights.css'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { rightsApi } from '../../api/rights-api.ts'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { HOLD_KIND_LABELS } from './rights-labels.ts'

/** How far ahead the dashboard warns that a hold ends. */
export const EXPIRING_WITHIN_DAYS = 30

const inDays = (days: number) => (days === 0 ? 'ends today' : days === 1 ? 'ends tomorrow' : `ends in ${days} days`)

/** "Holds ending soon" on the dashboard: the caller's songs, or every song for owners and managers. */
export function ExpiringHoldsCard() {
  const { slug, href } = useWorkspace()
  const expiring = useQuery({ queryKey: rightsApi.keys.expiring(slug, EXPIRING_WITHIN_DAYS), queryFn: () => rightsApi.expiring(slug, EXPIRING_WITHIN_DAYS) })
  return (
    <section className="section" aria-labelledby="holds-ending">
      <h2 id="holds-ending" className="section-title">
        Holds ending soon
      </h2>
      <QueryView query={expiring}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">No option or hold on your songs ends in the next {EXPIRING_WITHIN_DAYS} days.</p>
          ) : (
            <ul className="link-list" aria-label="Holds ending soon">
              {list.map((hold) => (
                <li key={hold.holdId}>
                  <Link className="link-row" to={href(`/songs/${hold.workId}`)}>
                    <span className="link-row-title">{hold.workTitle}</span>
                    <span className="link-row-meta">
                      {HOLD_KIND_LABELS[hold.kind]} of {hold.holder.name} · last day {hold.endsOn}
                      {hold.isMine ? ' · your song' : ''}
                    </span>
                    <span className="link-row-aside">{inDays(hold.daysLeft)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  )
}
