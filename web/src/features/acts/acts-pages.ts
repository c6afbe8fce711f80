// The pages of the Acts area, loaded together when it is first opened.
export { ActsListPage } from './acts-list-page.tsx'
export { ActDetailPage } from './act-detail-page.tsx'
export { ActCreatePage, ActEditPage } from './act-edit-pages.tsx'
export { MembershipCreatePage, MembershipEditPage } from './membership-edit-pages.tsx'
