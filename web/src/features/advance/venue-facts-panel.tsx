import { useQuery } from '@tanstack/react-query'
import { advanceApi, advanceKeys } from '../../api/advance-api.ts'
import { VENUE_FACT_FIELDS, VENUE_FACT_LABELS } from '../../../../src/domain/advance.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { ContactList } from './contact-list.tsx'
import './advance.css'

/** What the band keeps of a venue for next time (issue 15 point 6, ADR 037): its facts and people. */
export function VenueFactsPanel({ venueId }: { venueId: string }) {
  const { slug } = useWorkspace()
  const venue = useQuery({ queryKey: advanceKeys.venue(slug, venueId), queryFn: () => advanceApi.venue(slug, venueId) })
  return (
    <section className="section" aria-labelledby="venue-facts">
      <h2 id="venue-facts" className="section-title">
        For next time
      </h2>
      {venue.isPending ? (
        <p className="muted">Loading…</p>
      ) : venue.isError ? (
        <p className="notice notice--danger" role="alert">
          {venue.error.message}
        </p>
      ) : venue.data.version === 0 ? (
        <p className="muted">
          Nothing kept about this venue yet. A promoter link on one of its shows asks the promoter for load-in, parking, power, stage size, wifi and
          hospitality.
        </p>
      ) : (
        <>
          <dl className="facts">
            {VENUE_FACT_FIELDS.map((f) => {
              const value = venue.data.facts[f]
              return (
                <div key={f}>
                  <dt>{VENUE_FACT_LABELS[f]}</dt>
                  <dd className="prose">
                    {value === null ? <span className="muted">Shown to managers</span> : value || <span className="muted">Not known</span>}
                  </dd>
                </div>
              )
            })}
          </dl>
          <h3>People</h3>
          <ContactList contacts={venue.data.contacts} detailsHidden={venue.data.detailsHidden} empty="No one named at this venue yet." />
        </>
      )}
    </section>
  )
}
