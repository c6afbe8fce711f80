// The set lists page on its own (router.tsx): the other set-list pages load when first opened.
import './setlists.css'
export { ProposalsListPage } from './proposals-list-page.tsx'
