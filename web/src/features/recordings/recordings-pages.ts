// The pages of the Recordings area, loaded together when it is first opened.
export { RecordingsListPage } from './recordings-list-page.tsx'
export { RecordingDetailPage } from './recording-detail-page.tsx'
export { RecordingCreatePage, RecordingEditPage } from './recording-edit-pages.tsx'
