// The Tours list and forms, loaded together when first opened. The tour page, with the world map
// data, is its own chunk (tour-detail-page.tsx), so the list does not download the map.
import './tours.css'
export { ToursListPage } from './tours-list-page.tsx'
export { TourCreatePage, TourEditPage } from './tour-edit-pages.tsx'
