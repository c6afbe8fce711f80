import { useQuery, useQueryClient } from '@tanstack/react-query'
import { mailApi, mailKeys, type Preference } from '../../api/mail-api.ts'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'

const LABELS: Record<Preference['kind'], string> = {
  'proposal.sent': 'A set list is sent round for my answer',
  'proposal.answered': 'Someone answers my set list',
  'proposal.agreed': 'A set list of my act is agreed',
  'planner.ended': 'A planner run I asked for ends',
}

/** What reaches me by email as well as in the inbox: each kind on or off (ADR 033). */
export function EmailSettings() {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const prefs = useQuery({ queryKey: mailKeys.preferences(slug), queryFn: () => mailApi.preferences(slug) })
  async function toggle(p: Preference, on: boolean) {
    const saved = await mailApi.setPreferences(slug, [{ ...p, setting: on ? 'immediately' : 'off' }])
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
                      <input type="checkbox" checked={p.setting === 'immediately'} onChange={(e) => void toggle(p, e.target.checked)} /> {LABELS[p.kind]}
                    </label>
                  </li>
                ))}
            </ul>
            {data.bouncedAddresses.length > 0 && (
              <p className="notice">The mail server refused {data.bouncedAddresses.join(', ')}: no email goes there. Ask an owner to correct your address.</p>
            )}
          </>
        )}
      </QueryView>
    </section>
  )
}
