// The pages of the Commitments area, loaded together when first opened.
import '../conflicts/conflicts.css'
export { CommitmentsListPage } from './commitments-list-page.tsx'
export { CommitmentDetailPage } from './commitment-detail-page.tsx'
export { CommitmentCreatePage, CommitmentEditPage } from './commitment-edit-pages.tsx'
