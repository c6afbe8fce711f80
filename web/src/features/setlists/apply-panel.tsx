import { useState, type FormEvent } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { setlistKeys, setlistsApi, type ApplyBody, type Proposal } from '../../api/setlists-api.ts'
import { showsApi, toursApi, type Tour } from '../../api/touring-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { pluralise } from '../../format/vocabulary.ts'
import { formatLocalDate } from '../shows/zoned-time.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

type Target = ApplyBody['targetKind']

/** The option value of a target in the picker: `tour:<id>`, `leg:<id>` or `show:<id>`. */
const valueOf = (kind: Target, id: string) => `${kind}:${id}`
function parseTarget(value: string): { targetKind: Target; targetId: string } | null {
  const [kind, id] = value.split(':')
  return (kind === 'tour' || kind === 'leg' || kind === 'show') && id ? { targetKind: kind, targetId: id } : null
}

/**
 * "Apply to…": the agreed version becomes the set list of one show, of every show of a leg, or of
 * the whole tour the proposal was for. Owners, managers and members (the server also lets the
 * act's touring musicians apply; it has the last word).
 */
export function ApplyPanel({ proposal }: { proposal: Proposal }) {
  const { slug, permissions } = useWorkspace()
  // The tour to choose within: the proposal's own, the show's tour, or (leg or no target) one the user picks.
  const targetShowId = proposal.targetKind === 'show' ? (proposal.targetId ?? '') : ''
  const targetShow = useQuery({
    queryKey: showsApi.keys.one(slug, targetShowId),
    queryFn: () => showsApi.get(slug, targetShowId),
    enabled: targetShowId !== '',
  })
  const tours = useResourceList(toursApi, slug)
  const actTours = (tours.data ?? []).filter((t) => t.actName === proposal.actName)
  const knownTourId = proposal.targetKind === 'tour' ? proposal.targetId : proposal.targetKind === 'show' ? (targetShow.data?.tourId ?? null) : null
  const [pickedTourId, setPickedTourId] = useState('')
  const tourId = knownTourId ?? (pickedTourId || actTours[0]?.id || '')
  const tour = useQuery({ queryKey: toursApi.keys.one(slug, tourId), queryFn: () => toursApi.get(slug, tourId), enabled: tourId !== '' })
  if (!permissions.canEditCatalog || !proposal.agreedVersionId) return null
  const agreed = proposal.versions.find((v) => v.id === proposal.agreedVersionId)
  return (
    <section className="section apply-panel" aria-labelledby="apply">
      <h2 id="apply" className="section-title">
        Apply to…
      </h2>
      <p className="muted">
        The agreed list{agreed ? ` (version ${agreed.number})` : ''} becomes the set list of a show, of every show of a leg, or of the whole tour. Shows that
        already have one get this one instead.
      </p>
      {knownTourId === null && actTours.length > 0 && (
        <div className="field">
          <label className="field-label" htmlFor="apply-tour">
            Tour
          </label>
          <select id="apply-tour" value={tourId} onChange={(e) => setPickedTourId(e.target.value)}>
            {actTours.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {tour.data ? (
        <ApplyForm
          key={`${tour.data.id}-${proposal.agreedVersionId}`}
          versionId={proposal.agreedVersionId}
          tour={tour.data}
          preferred={proposal.targetId ? valueOf(proposal.targetKind === 'none' ? 'tour' : proposal.targetKind, proposal.targetId) : null}
        />
      ) : tour.isLoading || tours.isLoading || (targetShowId !== '' && targetShow.isLoading) ? (
        <p className="muted">Loading the tour…</p>
      ) : targetShow.data && !targetShow.data.tourId ? (
        <ApplyForm
          versionId={proposal.agreedVersionId}
          tour={null}
          preferred={valueOf('show', targetShow.data.id)}
          showLabel={`${formatLocalDate(targetShow.data.localDate, 'medium')} · ${targetShow.data.city}`}
        />
      ) : (
        <p className="muted">{proposal.actName} has no tour to apply it to yet.</p>
      )}
    </section>
  )
}

function ApplyForm({ versionId, tour, preferred, showLabel }: { versionId: string; tour: Tour | null; preferred: string | null; showLabel?: string }) {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const options: { value: string; label: string }[] = []
  if (tour) {
    options.push({ value: valueOf('tour', tour.id), label: `The whole tour: ${tour.name} (${pluralise(tour.shows.length, 'show')})` })
    for (const leg of tour.legs) options.push({ value: valueOf('leg', leg.id), label: `Leg: ${leg.name} (${pluralise(leg.showCount, 'show')})` })
  }
  const shows = tour ? [...tour.shows].sort((a, b) => a.localDate.localeCompare(b.localDate)) : []
  const fallback =
    preferred && (options.some((o) => o.value === preferred) || shows.some((s) => valueOf('show', s.id) === preferred) || showLabel)
      ? preferred
      : (options[0]?.value ?? '')
  const [value, setValue] = useState(fallback)
  const apply = useMutation({
    mutationFn: (body: ApplyBody) => setlistsApi.apply(slug, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: setlistKeys.all(slug) })
      // the shows now have a set list (Show.setlistVersionId)
      await queryClient.invalidateQueries({ queryKey: showsApi.keys.all(slug) })
    },
  })
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const target = parseTarget(value)
    if (target) apply.mutate({ versionId, ...target })
  }
  return (
    <form className="form apply-form" onSubmit={onSubmit}>
      <div className="field">
        <label className="field-label" htmlFor="apply-target">
          Apply to
        </label>
        <select
          id="apply-target"
          value={value}
          onChange={(e) => {
            setValue(e.target.value)
            apply.reset()
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {shows.length > 0 && (
            <optgroup label="One show">
              {shows.map((s) => (
                <option key={s.id} value={valueOf('show', s.id)}>
                  {formatLocalDate(s.localDate, 'medium')} · {s.city} · {s.venueName}
                </option>
              ))}
            </optgroup>
          )}
          {!tour && preferred && showLabel && <option value={preferred}>{showLabel}</option>}
        </select>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={apply.isPending || !parseTarget(value)}>
          {apply.isPending ? 'Applying…' : 'Apply'}
        </button>
      </div>
      {apply.isSuccess && (
        <p className="notice notice--success" role="status">
          Applied to {pluralise(apply.data.applied, 'show')}.
        </p>
      )}
      {apply.isError && (
        <p className="notice notice--danger" role="alert">
          {apply.error.message}
        </p>
      )}
    </form>
  )
}
