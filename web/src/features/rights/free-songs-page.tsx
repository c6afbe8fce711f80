import '../../styles/rights.css'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { rightsApi } from '../../api/rights-api.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { AvailabilityBadge } from './availability-badge.tsx'

/** "My songs that are free to use now": for the side project, or to pitch to other artists. */
export function FreeSongsPage() {
  const { slug, href } = useWorkspace()
  const free = useQuery({ queryKey: rightsApi.keys.freeWorks(slug), queryFn: () => rightsApi.freeWorks(slug) })
  return (
    <>
      <PageHeader title="My free songs">
        <p className="muted">Songs you wrote that no option or hold covers today: free to use for a side project, or to pitch to other artists.</p>
      </PageHeader>
      <QueryView query={free}>
        {(answer) =>
          answer.personId === null ? (
            <EmptyState title="You are not listed as a person in this workspace, so Greenroom cannot tell which songs are yours." />
          ) : answer.works.length === 0 ? (
            <EmptyState title={`None of your songs are free to use today (${answer.on}).`}>
              <Link className="button" to={href('/songs')}>
                See all songs
              </Link>
            </EmptyState>
          ) : (
            <ul className="link-list" aria-label={`Your songs free on ${answer.on}`}>
              {answer.works.map((work) => (
                <li key={work.workId}>
                  <Link className="link-row" to={href(`/songs/${work.workId}`)}>
                    <span className="link-row-title">{work.title}</span>
                    <span className="link-row-meta">{work.writers.join(', ')}</span>
                    <AvailabilityBadge availability={work.availability} />
                  </Link>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  )
}
