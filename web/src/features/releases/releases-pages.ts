// The pages of the Releases area, loaded together when it is first opened.
export { ReleasesListPage } from './releases-list-page.tsx'
export { ReleaseDetailPage } from './release-detail-page.tsx'
export { ReleaseCreatePage, ReleaseEditPage } from './release-edit-pages.tsx'
