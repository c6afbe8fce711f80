// A proposal's page on its own (router.tsx): the editing pages load when first opened.
import './setlists.css'
export { ProposalPage } from './proposal-page.tsx'
