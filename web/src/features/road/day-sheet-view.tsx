import type { ReactNode } from 'react'
import type { DaySheet } from '../../api/road-api.ts'
import { DAY_TYPE_LABELS } from '../../../../src/domain/road.ts'
import { formatLocalDate } from '../shows/zoned-time.ts'
import { ContactList } from '../advance/contact-list.tsx'
import { StayView } from '../hotels/stay-view.tsx'
import '../advance/advance.css'

/**
 * One day sheet on a phone: the schedule on the day's clock, mine beside it where they differ, the
 * show, when it last changed. `edit` renders the tour manager's controls under a line.
 */
export function DaySheetView({
  sheet,
  edit,
  editTravel,
  editHotel,
}: {
  sheet: DaySheet
  edit?: (item: DaySheet['items'][number]) => ReactNode
  editTravel?: (journeyId: string) => ReactNode
  editHotel?: (stayId: string) => ReactNode
}) {
  return (
    <article className="day-sheet" aria-label={`Day sheet, ${formatLocalDate(sheet.localDate, 'medium')}`}>
      <p className="muted">
        {DAY_TYPE_LABELS[sheet.type]} · {sheet.city} · times in {sheet.timeZone}
        {sheet.myTimeZone && <> (yours: {sheet.myTimeZone})</>}
      </p>
      {sheet.items.length === 0 ? (
        <p className="muted">Nothing on this day for you yet.</p>
      ) : (
        <ol className="day-sheet__items" aria-label="Schedule">
          {sheet.items.map((item) => (
            <li key={item.id} className="day-sheet__item">
              <span className="day-sheet__time">
                {item.timeLabel || '—'}
                {item.endTime && item.display !== 'hidden' && <span className="muted"> – {item.endTime}</span>}
                {item.myTime && <span className="day-sheet__mine">{item.myTime} yours</span>}
              </span>
              <span className="day-sheet__what">
                <strong>{item.title}</strong>
                {!item.confirmed && <span className="badge badge--pending"> not confirmed</span>}
                {item.location && <span className="muted"> · {item.location}</span>}
                {item.notes && <span className="day-sheet__notes">{item.notes}</span>}
                {edit?.(item)}
              </span>
            </li>
          ))}
        </ol>
      )}
      {sheet.travel.length > 0 && <TravelSection travel={sheet.travel} editTravel={editTravel} />}
      {/* a sheet kept offline before hotels were part of it has none until it refreshes */}
      {(sheet.hotels ?? []).length > 0 && (
        <section aria-label="Hotel" className="day-sheet__travel">
          <h2>{sheet.hotels.length === 1 ? 'Hotel tonight' : 'Hotels tonight'}</h2>
          {sheet.hotels.map((stay) => (
            <div key={stay.id}>
              <StayView stay={stay} me={sheet.personId} heading="h3" />
              {editHotel?.(stay.id)}
            </div>
          ))}
        </section>
      )}
      {sheet.show && (
        <section aria-label="The show">
          <h2>
            {sheet.show.venueName}, {sheet.show.city}
          </h2>
          {sheet.show.address && <p className="muted">{sheet.show.address}</p>}
          <dl className="day-sheet__times">
            {(['loadIn', 'soundcheck', 'doors', 'setStart', 'curfew'] as const).map((f) =>
              sheet.show!.times[f] ? (
                <div key={f}>
                  <dt>{TIME_LABELS[f]}</dt>
                  <dd>
                    {sheet.show!.times[f]}
                    {sheet.show!.timesAfterMidnight.includes(f) && <span className="badge"> +1 day</span>}
                  </dd>
                </div>
              ) : null,
            )}
          </dl>
          {/* a sheet kept offline before contacts were part of it has none until it refreshes */}
          {(sheet.contacts ?? []).length > 0 && (
            <>
              <h3>Contacts</h3>
              <ContactList
                contacts={sheet.contacts}
                detailsHidden={sheet.contacts.every((c) => c.phone === null && c.email === null)}
                empty="No contacts for this show yet."
              />
            </>
          )}
          {sheet.show.setlist && (
            <>
              <h3>Set list</h3>
              <ol className="day-sheet__setlist">
                {sheet.show.setlist.map((s) => (
                  <li key={s.position}>{s.title}</li>
                ))}
              </ol>
            </>
          )}
        </section>
      )}
      {sheet.notes && <p className="prose">{sheet.notes}</p>}
      <p className="muted day-sheet__updated">
        Last updated <time dateTime={sheet.updatedAt}>{new Date(sheet.updatedAt).toLocaleString()}</time>
      </p>
    </article>
  )
}

const TIME_LABELS = { loadIn: 'Load-in', soundcheck: 'Soundcheck', doors: 'Doors', setStart: 'Set', curfew: 'Curfew' } as const

const MODE_LABELS: Record<DaySheet['travel'][number]['segment']['mode'], string> = { air: 'Flight', bus: 'Bus', car: 'Car', rail: 'Train', ferry: 'Ferry' }

/** My travel this day: each end on its own clock (with its zone), mine beside it where it differs; the booking reference when I may see it. */
function TravelSection({ travel, editTravel }: { travel: DaySheet['travel']; editTravel?: (journeyId: string) => ReactNode }) {
  return (
    <section aria-label="Travel" className="day-sheet__travel">
      <h2>Travel</h2>
      <ol className="day-sheet__items">
        {travel.map(({ segment: s, journeyId, journeyTitle, myDeparture, myArrival }) => (
          <li key={s.id} className="day-sheet__item">
            <span className="day-sheet__time">
              {s.departureTime}
              <span className="muted"> – {s.arrivalTime}</span>
            </span>
            <span className="day-sheet__what">
              <strong>
                {MODE_LABELS[s.mode]} {[s.carrier, s.number].filter(Boolean).join(' ')}: {s.from.iata ?? s.from.name} → {s.to.iata ?? s.to.name}
              </strong>
              {!s.confirmed && <span className="badge badge--pending"> not confirmed</span>}
              <span className="day-sheet__notes">
                Departs {s.departureDate} {s.departureTime} ({s.from.timeZone}){myDeparture && <span className="day-sheet__mine"> {myDeparture} yours</span>}
                <br />
                Arrives {s.arrivalDate} {s.arrivalTime} ({s.to.timeZone}){myArrival && <span className="day-sheet__mine"> {myArrival} yours</span>}
                <br />
                {Math.floor(s.durationMinutes / 60)} h {s.durationMinutes % 60} min{journeyTitle && <> · {journeyTitle}</>}
                {s.bookingReference && <> · Booking reference {s.bookingReference}</>}
              </span>
              {editTravel && travel.find((t) => t.journeyId === journeyId)!.segment.id === s.id && editTravel(journeyId)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
