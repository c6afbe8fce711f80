// The pages of the TV placements area, loaded together when it is first opened.
export { PlacementsListPage } from './placements-list-page.tsx'
export { PlacementDetailPage } from './placement-detail-page.tsx'
export { PlacementCreatePage, PlacementEditPage } from './placement-edit-pages.tsx'
