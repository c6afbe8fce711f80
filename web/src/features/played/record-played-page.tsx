import { useState } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useParams } from 'react-router'
import { ApiProblem, isProblem } from '../../api/api-problem.ts'
import { recordingsApi } from '../../api/catalog-api.ts'
import { playedApi, playedKeys, type PlayedSetlist } from '../../api/played-api.ts'
import { setlistKeys, setlistsApi, type SetlistEntry, type SetlistVersion } from '../../api/setlists-api.ts'
import { showsApi, type Show } from '../../api/touring-api.ts'
import { useResourceList, useResourceRecord } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { ChangesList } from '../setlists/changes-list.tsx'
import { MergeView } from '../setlists/merge-view.tsx'
import { SetlistEditor } from '../setlists/setlist-editor.tsx'
import { entryTitle, plainEntry } from '../setlists/setlist-model.ts'
import '../setlists/setlists.css'
import { formatLocalDate } from '../shows/zoned-time.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { PlayHistoryPanel } from './play-history-panel.tsx'
import { canRecordPlayed } from './played-model.ts'
import './played.css'

/** A 404 is an answer here ("none yet"), not a failure. */
async function orNull<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load()
  } catch (error) {
    if (isProblem(error, 404)) return null
    throw error
  }
}

/** After the show: what was actually played, starting from the agreed list (or what was recorded before). */
export function RecordPlayedPage() {
  const { slug, href } = useWorkspace()
  const showId = useParams().showId ?? ''
  const show = useResourceRecord(showsApi, slug, showId)
  // Asked for only when the show has them (an absent one is not an error); a 404 still reads as none
  const agreed = useQuery({
    queryKey: [...setlistKeys.show(slug, showId), 'or-none'],
    queryFn: () => (show.data?.setlistVersionId === null ? null : orNull(() => setlistsApi.showSetlist(slug, showId))),
    enabled: show.isSuccess,
  })
  const played = useQuery({
    queryKey: [...playedKeys.show(slug, showId), 'or-none'],
    queryFn: () => (show.data?.playedRecorded === false ? null : orNull(() => playedApi.get(slug, showId))),
    enabled: show.isSuccess,
  })
  return (
    <QueryView query={show} notFound={{ to: href('/shows'), label: 'Back to shows' }}>
      {(s) => (
        <QueryView query={agreed}>
          {(a) => <QueryView query={played}>{(p) => <RecordForm key={p?.version ?? 0} show={s} agreed={a} played={p} />}</QueryView>}
        </QueryView>
      )}
    </QueryView>
  )
}

function RecordForm({ show, agreed, played }: { show: Show; agreed: SetlistVersion | null; played: PlayedSetlist | null }) {
  const { slug, href } = useWorkspace()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const agreedEntries = agreed?.entries.map(plainEntry) ?? []
  /** The list the changes are made on: the record read, or the agreed list for a first record. */
  const [basis, setBasis] = useState<{ entries: SetlistEntry[]; version: number | undefined }>(() => ({
    entries: played?.entries.map(plainEntry) ?? agreedEntries,
    version: played?.version,
  }))
  const [entries, setEntries] = useState<SetlistEntry[]>(basis.entries)
  const [theirs, setTheirs] = useState<PlayedSetlist | null>(null)
  const recordings = useResourceList(recordingsApi, slug, { actId: show.actId })
  const own = (recordings.data ?? []).filter((r) => r.actId === show.actId)
  const titleOf = (e: SetlistEntry) => entryTitle(e, (id) => own.find((r) => r.id === id)?.title)
  const back = href(`/shows/${show.id}`)
  const save = useMutation({
    mutationFn: ({ list, version }: { list: SetlistEntry[]; version: number | undefined }) =>
      playedApi.record(slug, show.id, { entries: list, ...(version !== undefined ? { version } : {}) }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: playedKeys.show(slug, show.id) })
      await queryClient.invalidateQueries({ queryKey: playedKeys.act(slug, show.actId) })
      // the show now has what was played (Show.playedRecorded)
      await queryClient.invalidateQueries({ queryKey: showsApi.keys.one(slug, show.id) })
      navigate(back)
    },
    onError: (error) => {
      if (error instanceof ApiProblem && error.isStale) setTheirs(error.current as PlayedSetlist)
    },
  })
  const title = `What was played: ${show.city}, ${formatLocalDate(show.localDate, 'medium')}`

  if (theirs) {
    return (
      <>
        <PageHeader title={title} documentTitle="What was played" back={{ to: back, label: 'Back to the show' }} />
        <MergeView
          base={basis.entries}
          mine={entries}
          theirs={{ entries: theirs.entries, who: 'Another member', at: theirs.recordedAt, what: 'the record of this show' }}
          titleOf={titleOf}
          isSaving={save.isPending}
          onSaveMerged={(merged) => {
            setBasis({ entries: theirs.entries.map(plainEntry), version: theirs.version })
            setEntries(merged)
            setTheirs(null)
            save.mutate({ list: merged, version: theirs.version })
          }}
          onKeepEditing={(merged) => {
            setBasis({ entries: theirs.entries.map(plainEntry), version: theirs.version })
            setEntries(merged)
            setTheirs(null)
            save.reset()
          }}
          onTakeTheirs={() => {
            void queryClient.invalidateQueries({ queryKey: playedKeys.show(slug, show.id) })
            navigate(back)
          }}
        />
      </>
    )
  }

  return (
    <>
      <PageHeader title={title} documentTitle="What was played" back={{ to: back, label: 'Back to the show' }}>
        <p className="muted">
          {played
            ? 'Change the record of this show.'
            : agreed
              ? `Starts from the agreed list (version ${agreed.number}): reorder, take out, add songs and mark the encore as it happened.`
              : 'No agreed list was applied to this show: add what was played.'}
        </p>
        {!canRecordPlayed(show) && <p className="notice notice--warning">This show is still to come.</p>}
      </PageHeader>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault()
          save.mutate({ list: entries, version: basis.version })
        }}
      >
        <QueryView query={recordings}>{() => <SetlistEditor entries={entries} onChange={setEntries} recordings={own} />}</QueryView>
        {agreed && (
          <section className="section" aria-labelledby="played-changes">
            <h2 id="played-changes" className="section-title">
              Changes against the agreed list
            </h2>
            <ChangesList from={agreedEntries} to={entries} titleOf={titleOf} onlyChanges label="Changes against the agreed list" />
          </section>
        )}
        {save.isError && !(save.error instanceof ApiProblem && save.error.isStale) && (
          <div className="notice notice--danger" role="alert">
            <p>{save.error.message}</p>
            {save.error instanceof ApiProblem && save.error.errors.length > 0 && (
              <ul>
                {save.error.errors.map((issue, i) => (
                  <li key={i}>
                    {issue.path}: {issue.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            Save what was played
          </button>
        </div>
      </form>
      <PlayHistoryPanel actId={show.actId} entries={entries} titleOf={titleOf} />
    </>
  )
}
