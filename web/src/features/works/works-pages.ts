// The pages of the Songs area (works), loaded together when it is first opened.
export { WorksListPage } from './works-list-page.tsx'
export { WorkDetailPage } from './work-detail-page.tsx'
export { WorkCreatePage, WorkEditPage } from './work-edit-pages.tsx'
