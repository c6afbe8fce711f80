// The set-list pages other than the list and a proposal (proposals-list-entry.ts, proposal-entry.ts), loaded together when first opened.
import './setlists.css'
export { ProposalCreatePage, AmendPage, CounterPage, VersionEditPage } from './setlist-edit-pages.tsx'
export { SetlistDiffPage } from './setlist-diff-page.tsx'
export { SetlistSettingsPage } from './setlist-settings-page.tsx'
