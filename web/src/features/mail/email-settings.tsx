import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { mailApi, mailKeys, type Delivery, type Preference, type Preferences } from '../../api/mail-api.ts'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'

/** What each kind of notification is about, in the settings' words (email and push). */
export const LABELS: Record<Preference['kind'], string> = {
  'proposal.sent': 'A set list is sent round for my answer',
  'proposal.answered': 'Someone answers my set list',
  'proposal.agreed': 'A set list of my act is agreed',
  'planner.ended': 'A planner run I asked for ends',
  'show.changed': 'A show I play is created, moved, re-timed or cancelled',
  'commitment.changed': 'A commitment of mine is created, moved, re-timed or cancelled',
  'conflict.new': 'A new conflict in my calendar',
  'hold.ending': 'A hold on my song ends soon, or has ended',
  availability: 'I am asked whether I can do a date (and reminders)',
  'setlist.applied': 'A set list is applied to a show I play',
}

const SETTING_LABELS: Record<Preference['setting'], string> = {
  immediately: 'At once',
  digest: 'In my daily digest',
  off: 'Not by email',
}

/** The browser's own zone: what a person who has saved nothing most likely means. */
function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

/** What reaches me by email as well as in the inbox, and when (ADR 033, ADR 041). */
export function EmailSettings() {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const prefs = useQuery({ queryKey: mailKeys.preferences(slug), queryFn: () => mailApi.preferences(slug) })
  async function choose(p: Preference, setting: Preference['setting']) {
    const saved = await mailApi.setPreferences(slug, { preferences: [{ ...p, setting }] })
    queryClient.setQueryData(mailKeys.preferences(slug), saved)
  }
  return (
    <section aria-labelledby="email-settings">
      <h2 id="email-settings">Email me when</h2>
      <QueryView query={prefs}>
        {(data) => (
          <>
            <ul className="stack">
              {data.preferences
                .filter((p) => p.channel === 'email')
                .map((p) => (
                  <li key={`${p.kind}-${p.channel}`}>
                    <label>
                      {LABELS[p.kind]}{' '}
                      <select value={p.setting} onChange={(e) => void choose(p, e.target.value as Preference['setting'])}>
                        {(Object.keys(SETTING_LABELS) as Preference['setting'][]).map((s) => (
                          <option key={s} value={s}>
                            {SETTING_LABELS[s]}
                          </option>
                        ))}
                      </select>
                    </label>
                  </li>
                ))}
            </ul>
            <DeliveryForm data={data} onSaved={(saved) => queryClient.setQueryData(mailKeys.preferences(slug), saved)} />
            {data.waiting.length > 0 && (
              <>
                <h3>Waiting to be sent</h3>
                <ul className="stack">
                  {data.waiting.map((w, i) => (
                    <li key={i}>
                      {w.title}: {w.reason === 'digest' ? 'in your digest' : w.reason === 'quiet' ? 'after your quiet hours' : 'with the changes that follow'},{' '}
                      <time dateTime={w.dueAt}>{new Date(w.dueAt).toLocaleString()}</time>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {data.bouncedAddresses.length > 0 && (
              <p className="notice">The mail server refused {data.bouncedAddresses.join(', ')}: no email goes there. Ask an owner to correct your address.</p>
            )}
          </>
        )}
      </QueryView>
    </section>
  )
}

/** My zone, my digest's time and my quiet hours. Changes to one thing within ten quiet minutes always go as one email. */
function DeliveryForm({ data, onSaved }: { data: Preferences; onSaved: (saved: Preferences) => void }) {
  const { slug } = useWorkspace()
  const d = data.delivery
  const [zone, setZone] = useState(d.zone === 'UTC' ? browserZone() : d.zone)
  const [digestTime, setDigestTime] = useState(d.digestTime)
  const [quiet, setQuiet] = useState(d.quietHours !== null)
  const [start, setStart] = useState(d.quietHours?.start ?? '22:00')
  const [end, setEnd] = useState(d.quietHours?.end ?? '08:00')
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  async function save(e: FormEvent) {
    e.preventDefault()
    setProblem(null)
    setDone(false)
    const delivery: Delivery = { zone, digestTime, quietHours: quiet ? { start, end } : null }
    try {
      onSaved(await mailApi.setPreferences(slug, { preferences: [], delivery }))
      setDone(true)
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err))
    }
  }
  return (
    <form onSubmit={(e) => void save(e)} aria-labelledby="delivery-settings" className="stack">
      <h3 id="delivery-settings">When</h3>
      <label>
        My time zone <input value={zone} onChange={(e) => setZone(e.target.value)} required maxLength={64} />
      </label>
      <label>
        Daily digest at <input type="time" value={digestTime} onChange={(e) => setDigestTime(e.target.value)} required />
      </label>
      <label>
        <input type="checkbox" checked={quiet} onChange={(e) => setQuiet(e.target.checked)} /> Quiet hours: hold email from
      </label>
      <span>
        <input type="time" aria-label="Quiet hours start" value={start} disabled={!quiet} onChange={(e) => setStart(e.target.value)} /> to{' '}
        <input type="time" aria-label="Quiet hours end" value={end} disabled={!quiet} onChange={(e) => setEnd(e.target.value)} /> (what falls inside goes as one
        email when they end)
      </span>
      <p className="muted">Changes to the same thing within ten quiet minutes go as one email.</p>
      <button type="submit">Save</button>
      {done && <p role="status">Saved.</p>}
      {problem && <p role="alert">{problem}</p>}
    </form>
  )
}
