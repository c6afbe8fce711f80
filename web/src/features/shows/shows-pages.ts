// The pages of the Shows area, loaded together when first opened.
import './shows.css'
import '../conflicts/conflicts.css'
export { ShowsListPage } from './shows-list-page.tsx'
export { ShowCreatePage, ShowEditPage } from './show-edit-pages.tsx'
