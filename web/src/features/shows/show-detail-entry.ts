// A show's page alone (with the area's CSS), for its own chunk: see router.tsx.
import './shows.css'
import '../conflicts/conflicts.css'
export { ShowDetailPage } from './show-detail-page.tsx'
