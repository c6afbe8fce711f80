import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { rightsApi, type Hold } from '../../api/rights-api.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { AvailabilityBadge } from './availability-badge.tsx'
import { HoldForm } from './hold-form.tsx'
import { HoldsPicture } from './holds-picture.tsx'
import { HOLD_KIND_LABELS, periodText } from './rights-labels.ts'

function holdLength(hold: Hold): string {
  const terms = hold.period ? `${periodText(hold.period)} (to ${hold.nominalEndsOn})` : `until ${hold.nominalEndsOn}`
  if (hold.endedByRelease) return `${terms}; ended by the release, last day ${hold.effectiveEndsOn}`
  return hold.endsOnRelease ? `${terms}, or until released` : terms
}

/** "Holds & availability" on a song's page: who may use it today, the holds over time, and their editing. */
export function HoldsSection({ workId, title }: { workId: string; title: string }) {
  const { slug, permissions } = useWorkspace()
  const queryClient = useQueryClient()
  const availability = useQuery({ queryKey: rightsApi.keys.availability(slug, workId), queryFn: () => rightsApi.availability(slug, workId) })
  const [editing, setEditing] = useState<string | null>(null)
  const close = () => setEditing(null)

  async function handleDelete(hold: Hold) {
    await rightsApi.removeHold(slug, workId, hold.id)
    await queryClient.invalidateQueries()
  }

  return (
    <section className="section" aria-labelledby="holds">
      <div className="section-header">
        <h2 id="holds" className="section-title">
          Holds &amp; availability
        </h2>
        {permissions.canEditCatalog && editing === null && (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            Add hold
          </button>
        )}
      </div>
      <QueryView query={availability}>
        {(a) => (
          <>
            <p className="availability-line">
              <AvailabilityBadge availability={a.availability} /> <span className="muted">on {a.on}</span>
              {a.freeOn !== a.on && <span className="muted"> · free and clear from {a.freeOn}</span>}
            </p>
            {editing === 'new' && (
              <div className="rights-editor">
                <div className="section-header">
                  <h3 className="rights-editor-title">Add a hold on “{title}”</h3>
                  <button type="button" className="button button--quiet" onClick={close}>
                    Close
                  </button>
                </div>
                <HoldForm workId={workId} onDone={close} />
              </div>
            )}
            <HoldsPicture holds={a.holds} releaseDays={a.releaseDays} today={a.on} />
            {a.holds.length === 0 ? (
              <p className="muted">No holds: the song is free and clear unless someone takes an option on it.</p>
            ) : (
              <ul className="rights-list" aria-label="Holds">
                {a.holds.map((hold) =>
                  editing === hold.id ? (
                    <li key={hold.id} className="rights-editor">
                      <div className="section-header">
                        <h3 className="rights-editor-title">
                          Edit the {HOLD_KIND_LABELS[hold.kind].toLowerCase()} of {hold.holder.name}
                        </h3>
                        <button type="button" className="button button--quiet" onClick={close}>
                          Close
                        </button>
                      </div>
                      <HoldForm key={hold.version} workId={workId} hold={hold} onDone={close} />
                    </li>
                  ) : (
                    <li key={hold.id} className="rights-row">
                      <div>
                        <p className="rights-row-title">
                          {hold.holder.name} <span className={`badge badge--hold-${hold.kind}`}>{HOLD_KIND_LABELS[hold.kind]}</span>
                        </p>
                        <p className="muted">
                          From {hold.startsOn}, {holdLength(hold)}
                        </p>
                        {hold.notes && <p className="prose">{hold.notes}</p>}
                      </div>
                      {permissions.canEditCatalog && (
                        <div className="rights-row-actions">
                          <button
                            type="button"
                            className="button"
                            aria-label={`Edit the ${HOLD_KIND_LABELS[hold.kind].toLowerCase()} of ${hold.holder.name}`}
                            onClick={() => setEditing(hold.id)}
                          >
                            Edit
                          </button>
                          <DeleteButton
                            label="Remove"
                            what={`the ${HOLD_KIND_LABELS[hold.kind].toLowerCase()} of ${hold.holder.name}`}
                            consequence="The song's availability is worked out again without it."
                            onConfirm={() => handleDelete(hold)}
                          />
                        </div>
                      )}
                    </li>
                  ),
                )}
              </ul>
            )}
          </>
        )}
      </QueryView>
    </section>
  )
}
