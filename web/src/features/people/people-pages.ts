// The pages of the People area, loaded together when it is first opened.
export { PeopleListPage } from './people-list-page.tsx'
export { PersonDetailPage } from './person-detail-page.tsx'
export { PersonCreatePage, PersonEditPage } from './person-edit-pages.tsx'
