// The workspace's conflicts list, loaded when first opened.
import './conflicts.css'
export { ConflictsListPage } from './conflicts-list-page.tsx'
