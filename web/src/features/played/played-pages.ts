// The "what was played" pages, loaded together when first opened.
import '../setlists/setlists.css'
import './played.css'
export { RecordPlayedPage } from './record-played-page.tsx'
