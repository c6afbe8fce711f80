import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { ApiProblem } from '../../api/api-problem.ts'
import { rightsApi, type Pitch } from '../../api/rights-api.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { PitchForm } from './pitch-form.tsx'
import { PITCH_STATUS_LABELS, localToday } from './rights-labels.ts'

/** A pitch's status, changed in place (dated today); a refusal is shown beside it. */
function StatusSelect({ pitch }: { pitch: Pitch }) {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const [error, setError] = useState<string | null>(null)
  const [isSaving, setIsSaving] = useState(false)
  const id = `pitch-status-${pitch.id}`

  async function handleChange(status: Pitch['status']) {
    setIsSaving(true)
    setError(null)
    try {
      const today = localToday()
      await rightsApi.updatePitch(slug, pitch.id, {
        actId: pitch.actId,
        artistName: pitch.actId ? null : pitch.artistName,
        pitchedOn: pitch.pitchedOn,
        status,
        statusOn: today < pitch.pitchedOn ? pitch.pitchedOn : today,
        notes: pitch.notes,
        version: pitch.version,
      })
    } catch (failure) {
      setError(failure instanceof ApiProblem ? failure.message : 'Could not change the status. Try again.')
    } finally {
      setIsSaving(false)
      await queryClient.invalidateQueries()
    }
  }

  return (
    <div className="pitch-status">
      <label className="visually-hidden" htmlFor={id}>
        Status of the pitch to {pitch.artistName}
      </label>
      <select
        id={id}
        className="input input--compact"
        value={pitch.status}
        aria-busy={isSaving}
        onChange={(e) => void handleChange(e.target.value as Pitch['status'])}
      >
        {Object.entries(PITCH_STATUS_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

/** "Pitches" on a song's page: who it was offered to, where each offer stands. */
export function PitchesSection({ workId }: { workId: string }) {
  const { slug, permissions } = useWorkspace()
  const queryClient = useQueryClient()
  const pitches = useQuery({ queryKey: rightsApi.keys.pitches(slug, workId), queryFn: () => rightsApi.pitches(slug, workId) })
  const [isAdding, setIsAdding] = useState(false)

  async function handleDelete(pitch: Pitch) {
    await rightsApi.removePitch(slug, pitch.id)
    await queryClient.invalidateQueries()
  }

  return (
    <section className="section" aria-labelledby="pitches">
      <div className="section-header">
        <h2 id="pitches" className="section-title">
          Pitches <span className="count">{pitches.data?.length ?? ''}</span>
        </h2>
        {permissions.canEditCatalog && !isAdding && (
          <button type="button" className="button" onClick={() => setIsAdding(true)}>
            Pitch to an artist
          </button>
        )}
      </div>
      {isAdding && (
        <div className="rights-editor">
          <div className="section-header">
            <h3 className="rights-editor-title">Pitch the song</h3>
            <button type="button" className="button button--quiet" onClick={() => setIsAdding(false)}>
              Close
            </button>
          </div>
          <PitchForm workId={workId} onDone={() => setIsAdding(false)} />
        </div>
      )}
      <QueryView query={pitches}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">Not pitched to anyone yet.</p>
          ) : (
            <ul className="rights-list" aria-label="Pitches">
              {list.map((pitch) => (
                <li key={pitch.id} className="rights-row">
                  <div>
                    <p className="rights-row-title">{pitch.artistName}</p>
                    <p className="muted">
                      Pitched {pitch.pitchedOn}
                      {pitch.statusOn !== pitch.pitchedOn && ` · ${PITCH_STATUS_LABELS[pitch.status].toLowerCase()} since ${pitch.statusOn}`}
                    </p>
                    {pitch.notes && <p className="prose">{pitch.notes}</p>}
                  </div>
                  <div className="rights-row-actions">
                    {permissions.canEditCatalog ? <StatusSelect pitch={pitch} /> : <span className="badge">{PITCH_STATUS_LABELS[pitch.status]}</span>}
                    {permissions.canEditCatalog && (
                      <DeleteButton label="Remove" what={`the pitch to ${pitch.artistName}`} onConfirm={() => handleDelete(pitch)} />
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  )
}
