import type { HotelStay } from '../../api/hotels-api.ts'
import { formatLocalDate } from '../shows/zoned-time.ts'

/** "joins 14 Jul · leaves 15 Jul": a guest's own dates within the stay, when they differ. */
function guestDates(g: HotelStay['rooms'][number]['guests'][number]): string {
  return [g.fromDate && `from ${formatLocalDate(g.fromDate, 'medium')}`, g.toDate && `checks out ${formatLocalDate(g.toDate, 'medium')}`]
    .filter(Boolean)
    .join(' · ')
}

/**
 * One stay on a phone (ADR 039, ADR 050): the hotel, its address and phone one tap away, check-in and
 * check-out on the hotel's clock, and the rooms as the reader may see them: who sleeps where, who shares
 * with whom, a guest's own nights, and the confirmation number only where the server sent it (the room's
 * guests and managers). `me`: the sheet's person, whose sharers are named "sharing with".
 */
export function StayView({ stay, me, heading = 'h2' }: { stay: HotelStay; me?: string | null; heading?: 'h2' | 'h3' }) {
  const Heading = heading
  return (
    <div className="stay">
      <Heading>{stay.name}</Heading>
      {stay.address && <p className="stay__address">{stay.address}</p>}
      {stay.phone && (
        <p>
          <a href={`tel:${stay.phone.replace(/[^\d+]/g, '')}`}>{stay.phone}</a>
        </p>
      )}
      <dl className="day-sheet__times">
        <div>
          <dt>Check-in</dt>
          <dd>
            {formatLocalDate(stay.checkInDate, 'medium')} {stay.checkInTime}
          </dd>
        </div>
        <div>
          <dt>Check-out</dt>
          <dd>
            {formatLocalDate(stay.checkOutDate, 'medium')} {stay.checkOutTime}
          </dd>
        </div>
      </dl>
      <p className="muted">Times in {stay.timeZone}</p>
      <ul className="stay__rooms" aria-label="Rooms">
        {stay.rooms.map((room) => {
          const mine = me ? room.guests.some((g) => g.personId === me) : false
          const others = me ? room.guests.filter((g) => g.personId !== me) : room.guests
          return (
            <li key={room.id} className="stay__room">
              <strong>{room.label || 'Room'}</strong>
              {mine ? (
                others.length > 0 && <span> · sharing with {others.map((g) => g.personName).join(', ')}</span>
              ) : (
                <span> · {room.guests.map((g) => g.personName).join(', ') || 'nobody yet'}</span>
              )}
              {room.guests.some((g) => g.fromDate || g.toDate) && (
                <ul className="stay__guests">
                  {room.guests
                    .filter((g) => g.fromDate || g.toDate)
                    .map((g) => (
                      <li key={g.personId}>
                        {g.personName}: {guestDates(g)}
                      </li>
                    ))}
                </ul>
              )}
              {room.confirmationNumber && <span className="day-sheet__notes">Confirmation {room.confirmationNumber}</span>}
            </li>
          )
        })}
      </ul>
      {stay.notes && <p className="prose">{stay.notes}</p>}
    </div>
  )
}
