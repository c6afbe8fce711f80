import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState, type FormEvent } from 'react'
import { useParams } from 'react-router'
import { actsApi } from '../../api/catalog-api.ts'
import { ApiProblem } from '../../api/api-problem.ts'
import { importsApi, type SetlistFmImportResult } from '../../api/imports-api.ts'
import { useResourceRecord } from '../../api/use-resource.ts'
import { Field } from '../../components/field.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { pluralise } from '../../format/vocabulary.ts'
import { useCanEditTouring } from '../tours/touring-permissions.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { readDocument } from './import-queue.ts'
import './imports.css'

type Outcome = { status: 'done'; result: SetlistFmImportResult } | { status: 'failed'; message: string; errors: { path: string; message: string }[] }

/**
 * An act's played history from a setlist.fm API JSON file: whatever can be read is imported, and
 * every set list or song left out is listed with the reason, so nothing is dropped silently.
 */
export function SetlistFmImportPage() {
  const { slug, href } = useWorkspace()
  const actId = useParams().actId ?? ''
  const act = useResourceRecord(actsApi, slug, actId)
  const canImport = useCanEditTouring()
  const queryClient = useQueryClient()
  const input = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [chooseError, setChooseError] = useState<string | undefined>()
  const [running, setRunning] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    if (running) return
    if (!file) {
      setChooseError('Choose a .json file first.')
      input.current?.focus()
      return
    }
    setChooseError(undefined)
    setRunning(true)
    setOutcome(null)
    const read = readDocument(await file.text(), file.size)
    try {
      if (!read.ok) setOutcome({ status: 'failed', message: read.message, errors: [] })
      else setOutcome({ status: 'done', result: await importsApi.setlistfm(slug, { actId, name: file.name, document: read.document }) })
    } catch (err) {
      const problem = err instanceof ApiProblem ? err : null
      setOutcome({ status: 'failed', message: problem?.message ?? String(err), errors: problem?.errors ?? [] })
    }
    setRunning(false)
    await queryClient.invalidateQueries()
  }

  const actName = act.data?.name ?? 'the act'
  return (
    <>
      <PageHeader title="Import from setlist.fm" back={{ to: href(`/acts/${actId}`), label: actName }}>
        <p className="muted">
          Past shows of {actName} and what was played, from setlist.fm’s API (JSON, a page of set lists or one set list). Whatever can be read is imported; each
          set list or song left out is listed below with the reason. A file imported again changes nothing.
        </p>
      </PageHeader>
      {!canImport ? (
        <p className="notice">You can read this workspace but not import into it. Ask a manager for a member role.</p>
      ) : (
        <form className="form" onSubmit={handleSubmit} noValidate>
          <Field
            label="setlist.fm file"
            path="document"
            error={chooseError}
            hint={
              <>
                Saved from <code>api.setlist.fm/rest/1.0/artist/…/setlists</code> or <code>…/setlist/…</code> with Accept: application/json.
              </>
            }
          >
            {(control) => (
              <input
                {...control}
                ref={input}
                className="input"
                type="file"
                name="document"
                accept=".json,application/json"
                disabled={running}
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null)
                  setChooseError(undefined)
                }}
              />
            )}
          </Field>
          <div className="form-actions">
            <button className="button button--primary" type="submit" disabled={running}>
              {running ? 'Importing…' : 'Import'}
            </button>
          </div>
        </form>
      )}
      {outcome && <ImportOutcome outcome={outcome} />}
    </>
  )
}

function ImportOutcome({ outcome }: { outcome: Outcome }) {
  if (outcome.status === 'failed') {
    return (
      <div className="field-error" role="alert">
        <p>{outcome.message}</p>
        {outcome.errors.length > 0 && (
          <ul>
            {outcome.errors.map((e) => (
              <li key={`${e.path}:${e.message}`}>
                <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    )
  }
  const r = outcome.result
  const leftOut = r.reports.filter((s) => s.outcome === 'skipped' || s.songsSkipped.length > 0)
  return (
    <section className="section" aria-labelledby="setlistfm-result">
      <h2 id="setlistfm-result" className="section-title">
        Done
      </h2>
      <p className={leftOut.length ? 'notice' : 'notice notice--success'} role="status">
        Imported {r.imported} of {pluralise(r.setlists, 'set list')} ({r.alreadyHere} already here, {r.skipped} left out): {pluralise(r.showsCreated, 'show')},{' '}
        {pluralise(r.entries, 'entry', 'entries')}, {pluralise(r.songsMatched, 'song')} matched to recordings, {pluralise(r.songsSkipped, 'song')} left out.
      </p>
      {leftOut.length > 0 && (
        <>
          <h3>Left out</h3>
          <ul className="import-files">
            {leftOut.map((s, i) => (
              <li key={`${s.id}-${i}`} className={`import-file import-file--${s.outcome === 'skipped' ? 'failed' : 'done'}`}>
                <div className="import-file-head">
                  <span className="import-file-name">
                    Set list {s.id ?? '(no id)'}
                    {s.eventDate ? `, ${s.eventDate}` : ''}
                    {s.venue ? `, ${s.venue}` : ''}
                  </span>
                  <span className="badge">{s.outcome === 'skipped' ? 'Not imported' : 'Imported without some songs'}</span>
                </div>
                <ul>
                  {s.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                  {s.songsSkipped.map((song) => (
                    <li key={`${song.set}-${song.position}`}>
                      Set {song.set}
                      {song.position ? `, song ${song.position}` : ''}
                      {song.name ? ` “${song.name.length > 60 ? `${song.name.slice(0, 59)}…` : song.name}”` : ''}: {song.reason}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {r.warnings.length > 0 && (
        <ul>
          {r.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
