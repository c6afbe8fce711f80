// The pages of the Set lists area, loaded together when it is first opened.
import './setlists.css'
export { ProposalsListPage } from './proposals-list-page.tsx'
export { ProposalPage } from './proposal-page.tsx'
export { ProposalCreatePage, AmendPage, CounterPage, VersionEditPage } from './setlist-edit-pages.tsx'
export { SetlistDiffPage } from './setlist-diff-page.tsx'
export { SetlistSettingsPage } from './setlist-settings-page.tsx'
