// The pages of the Organisations area (labels, networks, publishers…), loaded together when first opened.
export { OrganizationsListPage } from './organizations-list-page.tsx'
export { OrganizationDetailPage } from './organization-detail-page.tsx'
export { OrganizationCreatePage, OrganizationEditPage } from './organization-edit-pages.tsx'
