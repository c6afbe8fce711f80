import { useState } from 'react'
import { useNavigate } from 'react-router'
import { UpdateWorkBodySchema, WorkBodySchema } from '../../../../src/contract/catalog.ts'
import { peopleApi, worksApi } from '../../api/catalog-api.ts'
import type { Work } from '../../api/types.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { TextAreaField, TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { shareToBasisPoints, writerIssues, type WriterDraft } from './share-total.ts'
import { newWriterKey, WritersEditor } from './writers-editor.tsx'

function draftsOf(work: Work | undefined): WriterDraft[] {
  return (work?.writers ?? []).map((w) => ({
    key: newWriterKey(),
    personId: w.personId,
    role: w.role,
    share: w.sharePercent === null ? '' : String(w.sharePercent),
  }))
}

/** Create (no `work`) or edit a song: its title, ISWC, notes, and writers with their shares. */
export function WorkForm({ work }: { work?: Work }) {
  const { slug, href } = useWorkspace()
  const navigate = useNavigate()
  const people = useResourceList(peopleApi, slug)
  const [title, setTitle] = useState(work?.title ?? '')
  const [iswc, setIswc] = useState(work?.iswc ?? '')
  const [notes, setNotes] = useState(work?.notes ?? '')
  const [writers, setWriters] = useState<WriterDraft[]>(() => draftsOf(work))
  const onSaved = (saved: Work) => navigate(href(`/songs/${saved.id}`))
  const create = useSaveForm({ schema: WorkBodySchema, save: (body) => worksApi.create(slug, body), onSaved })
  const update = useSaveForm({ schema: UpdateWorkBodySchema, save: (body) => worksApi.update(slug, work?.id ?? '', body), onSaved })
  const form = work ? update : create

  function handleSubmit() {
    const body = {
      title,
      iswc: iswc.trim() || null,
      notes,
      writers: writers.map((w) => ({ personId: w.personId, role: w.role, sharePercent: (shareToBasisPoints(w.share) ?? Number.NaN) / 100 })),
    }
    const own = writerIssues(writers)
    void (work ? update.submit({ ...body, version: work.version }, own) : create.submit(body, own))
  }

  return (
    <EditForm
      state={form.state}
      onSubmit={handleSubmit}
      submitLabel={work ? 'Save song' : 'Add song'}
      cancelTo={work ? href(`/songs/${work.id}`) : href('/songs')}
    >
      <TextField label="Title" path="title" autoComplete="off" value={title} onChange={(e) => setTitle(e.target.value)} error={form.messageFor('title')} />
      <WritersEditor writers={writers} onChange={setWriters} people={people.data ?? []} messageFor={form.messageFor} newPersonHref={href('/people/new')} />
      <TextField
        label="ISWC"
        path="iswc"
        isOptional
        hint="The song’s registration code, like T-123.456.789-0"
        value={iswc}
        onChange={(e) => setIswc(e.target.value)}
        error={form.messageFor('iswc')}
      />
      <TextAreaField
        label="Notes"
        path="notes"
        isOptional
        hint="Where it came from, options, who it was pitched to…"
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={form.messageFor('notes')}
      />
    </EditForm>
  )
}
