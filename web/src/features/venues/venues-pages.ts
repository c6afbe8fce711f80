// The pages of the Venues area, loaded together when it is first opened.
export { VenuesListPage } from './venues-list-page.tsx'
export { VenueDetailPage } from './venue-detail-page.tsx'
export { VenueCreatePage, VenueEditPage } from './venue-edit-pages.tsx'
