import tzlookup from 'tz-lookup'
import { timeZoneProblem } from '../../domain/local-time.ts'

/**
 * The IANA zone of a place from its coordinates, offline (tz-lookup's bundled map). setlist.fm gives
 * the city's coordinates, which is enough for a zone. Without coordinates, or where the map answers
 * a zone this runtime does not know, the fallback is UTC and the caller reports it, so someone can
 * correct the venue; a show's local date stays right either way, only its instants move.
 */
export function zoneAt(latitude: number | null, longitude: number | null): { zone: string; guessed: boolean } {
  if (latitude == null || longitude == null) return { zone: 'UTC', guessed: true }
  try {
    const zone = tzlookup(latitude, longitude)
    return timeZoneProblem(zone) === null ? { zone, guessed: false } : { zone: 'UTC', guessed: true }
  } catch {
    return { zone: 'UTC', guessed: true }
  }
}
