// A show's page alone (with the area's CSS), for its own chunk: see router.tsx.
import './shows.css'
import '../conflicts/conflicts.css'
import { warmDateFormats } from './zoned-time.ts'
export { ShowDetailPage } from './show-detail-page.tsx'

// the show's date (formatLocalDate), full and medium, made while its answer is on its way (ADR 056)
warmDateFormats([
  { dateStyle: 'full', timeZone: 'UTC' },
  { dateStyle: 'medium', timeZone: 'UTC' },
])
