import { useState } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { BlockoutBodySchema } from '../../../../src/contract/touring.ts'
import { blockoutsApi } from '../../api/touring-api.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { EditForm } from '../../components/edit-form.tsx'
import { TextField } from '../../components/field.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { formatDateSpan } from '../tours/tour-dates.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

interface BlockoutsSectionProps {
  personId: string
  personName: string
  /** Their own blockouts, or a manager's: may add and remove. */
  canEdit: boolean
}

/** Days someone is unavailable; bookings over them are flagged as conflicts. */
export function BlockoutsSection({ personId, personName, canEdit }: BlockoutsSectionProps) {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const params = { personId }
  const blockouts = useQuery({ queryKey: blockoutsApi.keys.list(slug, params), queryFn: () => blockoutsApi.list(slug, params) })
  return (
    <section className="section" aria-labelledby="blockouts">
      <h2 id="blockouts" className="section-title">
        Blocked-out days
      </h2>
      <p className="muted section-intro">Days {personName} is not available. Anything booked on them shows as a conflict.</p>
      <QueryView query={blockouts}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">No blocked-out days.</p>
          ) : (
            <ul className="link-list blockout-list">
              {[...list]
                .sort((a, b) => a.startDate.localeCompare(b.startDate))
                .map((b) => (
                  <li key={b.id} className="blockout-row">
                    <span>
                      <strong>{formatDateSpan(b.startDate, b.endDate)}</strong>
                      {b.reason && <span className="muted"> · {b.reason}</span>}
                    </span>
                    {canEdit && (
                      <DeleteButton
                        label="Remove"
                        className="button button--small button--danger-quiet"
                        what={`the blockout ${formatDateSpan(b.startDate, b.endDate)}`}
                        consequence={`${personName} counts as available on these days again.`}
                        onConfirm={async () => {
                          await blockoutsApi.remove(slug, b.id)
                          await queryClient.invalidateQueries()
                        }}
                      />
                    )}
                  </li>
                ))}
            </ul>
          )
        }
      </QueryView>
      {canEdit && <BlockoutForm personId={personId} />}
    </section>
  )
}

function BlockoutForm({ personId }: { personId: string }) {
  const { slug } = useWorkspace()
  const [startDate, setStartDate] = useState('')
  const [endDate, setEndDate] = useState('')
  const [reason, setReason] = useState('')
  const form = useSaveForm({
    schema: BlockoutBodySchema,
    save: (body) => blockoutsApi.create(slug, body),
    onSaved: () => {
      setStartDate('')
      setEndDate('')
      setReason('')
    },
  })

  function handleSubmit() {
    const end = endDate || startDate
    const own = startDate && end < startDate ? [{ path: 'endDate', message: 'the last day is before the first' }] : []
    void form.submit({ personId, startDate, endDate: end, reason: reason.trim() || undefined }, own)
  }

  return (
    <details className="blockout-add" open={form.issues.length > 0 || undefined}>
      <summary className="button">Block out days</summary>
      <EditForm state={form.state} onSubmit={handleSubmit} submitLabel="Block out these days">
        <div className="field-row">
          <TextField
            label="First day"
            path="startDate"
            type="date"
            value={startDate}
            onChange={(e) => setStartDate(e.target.value)}
            error={form.messageFor('startDate')}
          />
          <TextField
            label="Last day"
            path="endDate"
            type="date"
            isOptional
            hint="The first day if empty."
            value={endDate}
            onChange={(e) => setEndDate(e.target.value)}
            error={form.messageFor('endDate')}
          />
        </div>
        <TextField
          label="Reason"
          path="reason"
          isOptional
          hint="Only managers see the reason."
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={form.messageFor('reason')}
        />
      </EditForm>
    </details>
  )
}
