import '../../styles/publishing.css'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type ChangeEvent } from 'react'
import { Link } from 'react-router'
import { PublishingSettingsBodySchema } from '../../../../src/contract/publishing.ts'
import { ApiProblem, networkProblem } from '../../api/api-problem.ts'
import { publishingApi, type CwrAckImportResult, type CwrExportResult, type PublishingSettings } from '../../api/publishing-api.ts'
import { organizationsApi } from '../../api/rights-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { EmptyState } from '../../components/empty-state.tsx'
import { SelectField, TextField } from '../../components/field.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { RegistrationBadge } from './registration-badge.tsx'

/** Saves text as a file the browser downloads. */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  URL.revokeObjectURL(url)
}

function SubmitterForm({ settings }: { settings: PublishingSettings }) {
  const { slug } = useWorkspace()
  const organizations = useResourceList(organizationsApi, slug)
  const [submitterId, setSubmitterId] = useState(settings.submitter?.id ?? '')
  const [senderCode, setSenderCode] = useState(settings.senderCode)
  const [saved, setSaved] = useState(false)
  const form = useSaveForm({ schema: PublishingSettingsBodySchema, save: (body) => publishingApi.saveSettings(slug, body), onSaved: () => setSaved(true) })
  const publishers = (organizations.data ?? []).filter((o) => o.kind === 'publisher' || o.kind === 'administrator')
  return (
    <EditForm
      state={form.state}
      submitLabel="Save submitter"
      onSubmit={() => {
        setSaved(false)
        void form.submit({ version: settings.version, submitterId: submitterId || null, senderCode })
      }}
      labelFor={(p) => ({ submitterId: 'Submitter', senderCode: 'Sender code' })[p]}
    >
      <div className="field-row">
        <SelectField
          label="Submitter"
          path="submitterId"
          value={submitterId}
          onChange={(e) => setSubmitterId(e.target.value)}
          error={form.messageFor('submitterId')}
          hint="The publisher that sends the registrations; CWR names it by its IPI name number."
        >
          <option value="">Choose…</option>
          {publishers.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
              {o.ipiNameNumber ? ` (IPI ${o.ipiNameNumber})` : ' (no IPI yet)'}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Sender code"
          path="senderCode"
          className="field--short"
          maxLength={3}
          value={senderCode}
          onChange={(e) => setSenderCode(e.target.value)}
          error={form.messageFor('senderCode')}
          hint="2–3 letters in file names and work numbers."
        />
      </div>
      {saved && (
        <p className="notice" role="status">
          Saved.
        </p>
      )}
    </EditForm>
  )
}

/** The workspace's registrations: submitter, CWR export, acknowledgement import and every song's status. */
export function RegistrationsPage() {
  const { slug, href, permissions } = useWorkspace()
  const queryClient = useQueryClient()
  const settings = useQuery({ queryKey: publishingApi.keys.settings(slug), queryFn: () => publishingApi.settings(slug) })
  const overview = useQuery({ queryKey: publishingApi.keys.registrations(slug), queryFn: () => publishingApi.registrations(slug) })
  const [exported, setExported] = useState<CwrExportResult | null>(null)
  const [imported, setImported] = useState<CwrAckImportResult | null>(null)
  const [busy, setBusy] = useState<'export' | 'import' | null>(null)
  const [failure, setFailure] = useState<{ where: 'export' | 'import'; message: string } | null>(null)

  function explain(where: 'export' | 'import', error: unknown) {
    const problem = error instanceof ApiProblem ? error : networkProblem()
    setFailure({ where, message: problem.errors.length ? problem.errors.map((e) => e.message).join('; ') : problem.message })
  }

  async function handleExport() {
    setBusy('export')
    setFailure(null)
    try {
      const result = await publishingApi.exportCwr(slug)
      setExported(result)
      download(result.fileName, result.text)
      await queryClient.invalidateQueries()
    } catch (error) {
      explain('export', error)
    } finally {
      setBusy(null)
    }
  }

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setBusy('import')
    setFailure(null)
    try {
      // CWR is ASCII; latin1 keeps any stray byte as one character instead of failing
      const text = new TextDecoder('latin1').decode(await file.arrayBuffer())
      setImported(await publishingApi.importAck(slug, file.name, text))
      await queryClient.invalidateQueries()
    } catch (error) {
      explain('import', error)
    } finally {
      setBusy(null)
    }
  }

  return (
    <>
      <PageHeader kicker="Publishing" title="Registrations" />
      <section className="section" aria-labelledby="submitter">
        <h2 id="submitter" className="section-title">
          Submitter
        </h2>
        <QueryView query={settings}>
          {(s) =>
            permissions.canManage ? (
              <SubmitterForm key={s.version} settings={s} />
            ) : (
              <p>{s.submitter ? `${s.submitter.name} (sender code ${s.senderCode})` : 'No submitter chosen yet.'}</p>
            )
          }
        </QueryView>
      </section>

      <section className="section" aria-labelledby="cwr-export">
        <h2 id="cwr-export" className="section-title">
          Export CWR
        </h2>
        <p className="muted">
          A CWR 2.1 file of every song with writers: new songs as NWR, songs sent before as revisions (REV). Exporting records the submission.
        </p>
        <div className="publishing-actions">
          {permissions.canEditCatalog && (
            <button type="button" className="button button--primary" onClick={() => void handleExport()} aria-disabled={busy !== null}>
              {busy === 'export' ? 'Exporting…' : 'Export CWR'}
            </button>
          )}
          <a className="button" href={publishingApi.previewHref(slug)} download>
            Preview file (records nothing)
          </a>
        </div>
        {failure?.where === 'export' && (
          <div className="notice notice--danger" role="alert">
            {failure.message}
          </div>
        )}
        {exported && (
          <div className="notice" role="status">
            <p>
              <strong>{exported.fileName}</strong>: {exported.works.length} songs ({exported.works.filter((w) => w.transactionType === 'NWR').length} new,{' '}
              {exported.works.filter((w) => w.transactionType === 'REV').length} revised).
            </p>
            {exported.skipped.length > 0 && (
              <ul>
                {exported.skipped.map((s) => (
                  <li key={s.workId}>
                    Skipped <Link to={href(`/songs/${s.workId}`)}>{s.title}</Link>: {s.reason}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>

      {permissions.canEditCatalog && (
        <section className="section" aria-labelledby="cwr-ack">
          <h2 id="cwr-ack" className="section-title">
            Import acknowledgement
          </h2>
          <div className="field">
            <label className="field-label" htmlFor="ack-file">
              Acknowledgement file from a society (.V21)
            </label>
            <p className="field-hint" id="ack-file-hint">
              Each ACK record updates the song it names (by our work number, else by its title).
            </p>
            <input
              id="ack-file"
              type="file"
              className="input"
              accept=".V21,.v21,.txt,text/plain"
              aria-describedby="ack-file-hint"
              onChange={(e) => void handleFile(e)}
              disabled={busy === 'import'}
            />
          </div>
          {busy === 'import' && <p role="status">Importing…</p>}
          {failure?.where === 'import' && (
            <div className="notice notice--danger" role="alert">
              {failure.message}
            </div>
          )}
          {imported && (
            <div role="status">
              <p>
                <strong>{imported.fileName}</strong> from {imported.society}: {imported.updated} songs updated, {imported.unmatched} not matched.
              </p>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Title in the file</th>
                    <th scope="col">Status</th>
                    <th scope="col">Song</th>
                  </tr>
                </thead>
                <tbody>
                  {imported.results.map((r) => (
                    <tr key={r.line}>
                      <td data-label="Title in the file">
                        {r.title} <span className="muted">{r.submitterWorkCode}</span>
                      </td>
                      <td data-label="Status">
                        <RegistrationBadge status={r.status} /> <span className="muted">{r.statusCode}</span>
                        {r.messages.length > 0 && <span className="muted"> — {r.messages.join('; ')}</span>}
                      </td>
                      <td data-label="Song">
                        {r.workId ? <Link to={href(`/songs/${r.workId}`)}>{r.workTitle}</Link> : <span className="muted">no matching song</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {imported.warnings.length > 0 && <p className="muted">Warnings: {imported.warnings.join('; ')}</p>}
            </div>
          )}
        </section>
      )}

      <section className="section" aria-labelledby="songs-status">
        <h2 id="songs-status" className="section-title">
          Songs
        </h2>
        <QueryView query={overview}>
          {(rows) =>
            rows.length === 0 ? (
              <EmptyState title="No songs yet." />
            ) : (
              <ul className="link-list">
                {rows.map((r) => (
                  <li key={r.workId}>
                    <Link className="link-row" to={href(`/songs/${r.workId}`)}>
                      <span className="link-row-title">{r.title}</span>
                      <span className="link-row-meta">
                        {r.submitterWorkCode ?? 'not sent yet'}
                        {r.registrations
                          .filter((x) => x.society !== 'CWR')
                          .map((x) => ` · ${x.society}`)
                          .join('')}
                      </span>
                      <RegistrationBadge status={r.registrationStatus} />
                    </Link>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
      </section>
    </>
  )
}
