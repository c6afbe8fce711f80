// The workspace's conflicts list, loaded when first opened.
import '../../styles/touring.css'
export { ConflictsListPage } from './conflicts-list-page.tsx'
