import '../../styles/publishing.css'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { publishingApi, type WriterPublishing } from '../../api/publishing-api.ts'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { PublishingForm } from './publishing-form.tsx'
import { RegistrationBadge } from './registration-badge.tsx'

const pct = (n: number | null) => (n === null ? '—' : `${n} %`)

function partyText(w: WriterPublishing): string {
  if (!w.publisher) return 'Unpublished'
  return w.administrator ? `${w.publisher.name}, administered by ${w.administrator.name}` : w.publisher.name
}

/** "Publishing" on a song's page: each writer's publisher and shares, the registration status, the split sheet. */
export function WorkPublishingSection({ workId }: { workId: string }) {
  const { slug, href, permissions } = useWorkspace()
  const publishing = useQuery({ queryKey: publishingApi.keys.work(slug, workId), queryFn: () => publishingApi.work(slug, workId) })
  const [editing, setEditing] = useState(false)

  return (
    <section className="section" aria-labelledby="publishing">
      <div className="section-header">
        <h2 id="publishing" className="section-title">
          Publishing
        </h2>
        <div className="publishing-actions">
          <a className="button" href={publishingApi.splitSheetHref(slug, workId)} download>
            Split sheet (PDF)
          </a>
          {permissions.canEditCatalog && !editing && (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit publishing
            </button>
          )}
        </div>
      </div>
      <QueryView query={publishing}>
        {(p) => (
          <>
            <p className="availability-line">
              <RegistrationBadge status={p.registrationStatus} /> {p.submitterWorkCode && <span className="muted">work number {p.submitterWorkCode}</span>}{' '}
              <Link to={href('/registrations')}>Registrations</Link>
            </p>
            {editing ? (
              <div className="rights-editor">
                <div className="section-header">
                  <h3 className="rights-editor-title">Publishing of “{p.title}”</h3>
                  <button type="button" className="button button--quiet" onClick={() => setEditing(false)}>
                    Close
                  </button>
                </div>
                {p.writers.length === 0 ? (
                  <p className="muted">Add the song’s writers first (Edit the song).</p>
                ) : (
                  <PublishingForm key={p.version} publishing={p} onDone={() => setEditing(false)} />
                )}
              </div>
            ) : p.writers.length === 0 ? (
              <p className="muted">No writers yet, so no publishing.</p>
            ) : (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Writer</th>
                    <th scope="col">Publisher</th>
                    <th scope="col" className="numeric">
                      PR
                    </th>
                    <th scope="col" className="numeric">
                      MR
                    </th>
                    <th scope="col" className="numeric">
                      SR
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {p.writers.map((w) => (
                    <tr key={w.personId}>
                      <td data-label="Writer">
                        {w.personName}{' '}
                        <span className="muted">
                          {pct(w.sharePercent)}
                          {w.society ? ` · ${w.society}` : ''}
                          {w.ipiNameNumber ? ` · IPI ${w.ipiNameNumber}` : ''}
                        </span>
                      </td>
                      <td data-label="Publisher">
                        {partyText(w)}
                        {w.controlled && <span className="badge publishing-controlled">controlled</span>}
                      </td>
                      <td data-label="PR (publisher / writer)" className="numeric">
                        {pct(w.prSharePercent)} / {pct(w.writerPrSharePercent)}
                      </td>
                      <td data-label="MR (publisher / writer)" className="numeric">
                        {pct(w.mrSharePercent)} / {pct(w.writerMrSharePercent)}
                      </td>
                      <td data-label="SR (publisher / writer)" className="numeric">
                        {pct(w.srSharePercent)} / {pct(w.writerSrSharePercent)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {!editing && p.writers.length > 0 && (
              <p className="muted publishing-note">Shares of the work: what the publisher collects / what the writer keeps.</p>
            )}
            {p.registrations.length > 0 && (
              <ul className="rights-list" aria-label="Registrations">
                {p.registrations.map((r) => (
                  <li key={r.id} className="rights-row">
                    <div>
                      <p className="rights-row-title">
                        {r.society === 'CWR' ? 'Our CWR submission' : r.society} <RegistrationBadge status={r.status} />
                      </p>
                      <p className="muted">
                        {r.statusDate} · {r.transmissionFile}
                        {r.societyWorkCode ? ` · society work number ${r.societyWorkCode}` : ''}
                      </p>
                      {r.message && <p className="prose">{r.message}</p>}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryView>
    </section>
  )
}
