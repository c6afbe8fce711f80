// The calendar pages (per person, per act, and the index), loaded together when first opened.
import './calendar.css'
import '../conflicts/conflicts.css'
export { CalendarIndexPage } from './calendar-index-page.tsx'
export { PersonCalendarPage } from './person-calendar-page.tsx'
export { ActCalendarPage } from './act-calendar-page.tsx'
