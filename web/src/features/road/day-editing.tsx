import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { isProblem } from '../../api/api-problem.ts'
import { roadApi, roadKeys, type DaySheet } from '../../api/road-api.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

/** Moves one line's start (the tour manager on the day): saved at the version read, a 409 says reload. */
export function MoveLine({ dayId, item }: { dayId: string; item: DaySheet['items'][number] }) {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const [time, setTime] = useState(item.startTime ?? '')
  const [error, setError] = useState<string | null>(null)
  const inputId = `move-${item.id}`
  async function save(event: FormEvent) {
    event.preventDefault()
    setError(null)
    try {
      await roadApi.moveLine(slug, dayId, item, time)
      await queryClient.invalidateQueries({ queryKey: roadKeys.all(slug) })
    } catch (err) {
      setError(isProblem(err, 409) ? 'Someone changed this line meanwhile: it is reloaded, try again.' : isProblem(err) ? err.message : 'Could not save.')
      if (isProblem(err, 409)) await queryClient.invalidateQueries({ queryKey: roadKeys.all(slug) })
    }
  }
  return (
    <form className="day-sheet__move" onSubmit={(e) => void save(e)}>
      <label htmlFor={inputId}>New start for {item.title}</label>
      <input id={inputId} type="time" value={time} required onChange={(e) => setTime(e.target.value)} />
      <button type="submit" className="button">
        Move
      </button>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </form>
  )
}

/** A day with no schedule yet: apply a default schedule ("standard show day") from its show's times. */
export function ApplyDefaultSchedule({ dayId }: { dayId: string }) {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const templates = useQuery({ queryKey: [...roadKeys.all(slug), 'templates'], queryFn: () => roadApi.templates(slug) })
  const [chosen, setChosen] = useState('')
  const [note, setNote] = useState<string | null>(null)
  const list = templates.data ?? []
  if (list.length === 0) return null
  async function apply(event: FormEvent) {
    event.preventDefault()
    const result = await roadApi.applyTemplate(slug, dayId, chosen || list[0]!.id)
    setNote(result.skipped.length ? `Left out (the show has no time for them): ${result.skipped.join(', ')}.` : null)
    await queryClient.invalidateQueries({ queryKey: roadKeys.all(slug) })
  }
  return (
    <form className="form-actions" onSubmit={(e) => void apply(e)}>
      <label>
        Default schedule{' '}
        <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {list.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        Apply
      </button>
      {note && <p className="muted">{note}</p>}
    </form>
  )
}
