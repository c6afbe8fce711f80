import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { ApiProblem } from '../../api/api-problem.ts'
import { importsApi } from '../../api/imports-api.ts'
import { Field } from '../../components/field.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { pluralise } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { describeCounts, progressOf, readDocument, totalCounts, type QueuedFile } from './import-queue.ts'
import './imports.css'

const STATUS_LABELS: Record<QueuedFile['status'], string> = { waiting: 'Waiting', importing: 'Importing…', done: 'Imported', failed: 'Not imported' }

/**
 * Import MusicBrainz ws/2 JSON files: chosen together, sent one per request so the page can say
 * "file 2 of 5"; each file is imported whole or not at all, and importing it again changes nothing.
 */
export function MusicBrainzImportPage() {
  const { slug, href, permissions } = useWorkspace()
  const queryClient = useQueryClient()
  const input = useRef<HTMLInputElement>(null)
  const [chosen, setChosen] = useState<File[]>([])
  const [queue, setQueue] = useState<QueuedFile[]>([])
  const [running, setRunning] = useState(false)
  const [pendingSplits, setPendingSplits] = useState<number | null>(null)
  const [chooseError, setChooseError] = useState<string | undefined>()

  const update = (index: number, file: QueuedFile) => setQueue((q) => q.map((f, i) => (i === index ? file : f)))

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    if (running) return
    if (chosen.length === 0) {
      setChooseError('Choose one or more .json files first.')
      input.current?.focus()
      return
    }
    setChooseError(undefined)
    const files = chosen
    setQueue(files.map((f) => ({ name: f.name, status: 'waiting' })))
    setPendingSplits(null)
    setRunning(true)
    for (const [i, file] of files.entries()) {
      update(i, { name: file.name, status: 'importing' })
      const read = readDocument(await file.text(), file.size)
      if (!read.ok) {
        update(i, { name: file.name, status: 'failed', message: read.message, errors: [] })
        continue
      }
      try {
        const answer = await importsApi.musicbrainz(slug, [{ name: file.name, document: read.document }])
        update(i, { name: file.name, status: 'done', result: answer.files[0]! })
        setPendingSplits(answer.worksNeedingSplits)
      } catch (err) {
        const problem = err instanceof ApiProblem ? err : null
        // Paths come back as files.0.document.<field>: show the field inside the document.
        const errors = (problem?.errors ?? []).map((e) => ({ ...e, path: e.path.replace(/^files\.0\.document\.?/, '') || 'document' }))
        update(i, { name: file.name, status: 'failed', message: problem?.message ?? String(err), errors })
      }
    }
    setRunning(false)
    await queryClient.invalidateQueries()
  }

  const progress = progressOf(queue)
  const finished = queue.length > 0 && !running
  const imported = queue.filter((f) => f.status === 'done').length

  return (
    <>
      <PageHeader title="Import from MusicBrainz" back={{ to: href('/songs'), label: 'Songs' }}>
        <p className="muted">
          Acts and their members, songs with their writers, recordings, and releases with every edition and track list, from MusicBrainz’s web service (JSON).
          Splits are not in MusicBrainz: imported songs are marked “splits to fill”. A file imported again changes nothing.
        </p>
      </PageHeader>

      {!permissions.canEditCatalog ? (
        <p className="notice">You can read this workspace but not import into it. Ask a manager for a member role.</p>
      ) : (
        <form className="form" onSubmit={handleSubmit} noValidate>
          <Field
            label="MusicBrainz files"
            path="files"
            error={chooseError}
            hint={
              <>
                Lookups or searches saved from <code>musicbrainz.org/ws/2/…?fmt=json</code>: artists (with <code>inc=artist-rels</code> for members), release
                groups, releases (with <code>inc=recordings+artist-credits+work-rels+work-level-rels+artist-rels</code> for track lists and writers), recordings
                or works.
              </>
            }
          >
            {(control) => (
              <input
                {...control}
                ref={input}
                className="input"
                type="file"
                name="files"
                multiple
                accept=".json,application/json"
                disabled={running}
                onChange={(e) => {
                  setChosen(Array.from(e.target.files ?? []))
                  setChooseError(undefined)
                }}
              />
            )}
          </Field>
          <div className="form-actions">
            <button className="button button--primary" type="submit" disabled={running}>
              {running ? 'Importing…' : chosen.length > 1 ? `Import ${chosen.length} files` : 'Import'}
            </button>
          </div>
        </form>
      )}

      {queue.length > 0 && (
        <section className="section" aria-labelledby="import-progress">
          <h2 id="import-progress" className="section-title">
            {running ? 'Importing' : 'Done'}
          </h2>
          <progress className="import-progress" max={progress.total} value={progress.finished} aria-describedby="import-progress-text" />
          <p id="import-progress-text" className="muted" aria-live="polite">
            {running && progress.current
              ? `File ${progress.position} of ${progress.total}: ${progress.current.name}`
              : `${imported} of ${pluralise(progress.total, 'file')} imported.`}
          </p>

          {finished && imported > 0 && (
            <div className="notice notice--success">
              <p>{describeCounts(totalCounts(queue))}.</p>
              {pendingSplits ? (
                <p>
                  <Link to={href('/songs?splits=pending')}>{pluralise(pendingSplits, 'song has', 'songs have')} splits to fill</Link> — the writers are known,
                  their shares are not.
                </p>
              ) : null}
            </div>
          )}

          <ol className="import-files">
            {queue.map((f, i) => (
              <li key={`${i}-${f.name}`} className={`import-file import-file--${f.status}`}>
                <div className="import-file-head">
                  <span className="import-file-name">{f.name}</span>
                  <span className="badge">{STATUS_LABELS[f.status]}</span>
                </div>
                {f.status === 'done' && (
                  <>
                    <p className="muted">
                      {f.result.search ? `${f.result.kind} search, ${pluralise(f.result.entities, 'result')}` : `MusicBrainz ${f.result.kind}`}:{' '}
                      {describeCounts(f.result.counts)}.
                    </p>
                    {f.result.warnings.length > 0 && (
                      <details>
                        <summary>{pluralise(f.result.warnings.length, 'note')}</summary>
                        <ul>
                          {f.result.warnings.map((w) => (
                            <li key={w}>{w}</li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </>
                )}
                {f.status === 'failed' && (
                  <div className="field-error" role="alert">
                    <p>{f.message}</p>
                    {f.errors.length > 0 && (
                      <ul>
                        {f.errors.map((e) => (
                          <li key={`${e.path}:${e.message}`}>
                            <code>{e.path}</code>: {e.message}
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  )
}
