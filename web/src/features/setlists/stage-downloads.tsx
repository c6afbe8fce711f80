import { useId, useState } from 'react'
import { setlistsApi, type StageFormat } from '../../api/setlists-api.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

const FORMATS: { format: StageFormat; label: string; hint: string }[] = [
  { format: 'pdf', label: 'Stage PDF', hint: 'one page, large type' },
  { format: 'txt', label: 'Text', hint: 'plain text' },
  { format: 'csv', label: 'CSV', hint: 'for a spreadsheet' },
]

/**
 * Download links for a version's stage sheet: the one-page PDF (the default), plain text and CSV,
 * with or without keys and notes. Plain links with `download`, so the browser saves the file and
 * the session cookie goes along as for any other request.
 */
export function StageDownloads({ versionId }: { versionId: string }) {
  const { slug } = useWorkspace()
  const [keys, setKeys] = useState(true)
  const [notes, setNotes] = useState(true)
  const headingId = useId()
  return (
    <div className="stage-downloads" role="group" aria-labelledby={headingId}>
      <p className="stage-downloads-title" id={headingId}>
        Stage sheet
      </p>
      <div className="stage-downloads-links">
        {FORMATS.map(({ format, label, hint }) => (
          <a
            key={format}
            className={`button button--small${format === 'pdf' ? ' button--primary' : ''}`}
            href={setlistsApi.stageHref(slug, versionId, { format, keys, notes })}
            download
            title={hint}
          >
            {label}
          </a>
        ))}
      </div>
      <div className="stage-downloads-options">
        <label className="checkbox-option">
          <input type="checkbox" className="checkbox" checked={keys} onChange={(e) => setKeys(e.target.checked)} />
          <span>Keys</span>
        </label>
        <label className="checkbox-option">
          <input type="checkbox" className="checkbox" checked={notes} onChange={(e) => setNotes(e.target.checked)} />
          <span>Notes</span>
        </label>
      </div>
    </div>
  )
}
