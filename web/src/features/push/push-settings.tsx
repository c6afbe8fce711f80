import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { mailApi, mailKeys, type Preference } from '../../api/mail-api.ts'
import { pushApi, pushKeys } from '../../api/push-api.ts'
import { QueryView } from '../../components/query-view.tsx'
import { LABELS } from '../mail/email-settings.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { currentSubscription, pushSupported, subscribeThisDevice } from './push-device.ts'

/**
 * "Notifications on this device" (issue 14 point 6, ADR 044): the switch asks the browser's
 * permission, subscribes with the server's VAPID key and sends the subscription to the server;
 * off, the server forgets this device (the browser keeps its subscription for other workspaces).
 * Below it, which kinds reach my devices.
 */
export function PushSettings() {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const devices = useQuery({ queryKey: pushKeys.devices(slug), queryFn: () => pushApi.devices(slug) })
  const prefs = useQuery({ queryKey: mailKeys.preferences(slug), queryFn: () => mailApi.preferences(slug) })
  const [endpoint, setEndpoint] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const supported = pushSupported()

  useEffect(() => {
    if (supported) void currentSubscription().then((s) => setEndpoint(s?.endpoint ?? null))
  }, [supported])

  const thisDevice = devices.data?.find((d) => d.endpoint === endpoint) ?? null

  async function toggleDevice(on: boolean) {
    setBusy(true)
    setProblem(null)
    try {
      if (on) {
        const { publicKey } = await pushApi.publicKey(slug)
        const subscription = await subscribeThisDevice(publicKey)
        await pushApi.subscribe(slug, subscription.toJSON())
        setEndpoint(subscription.endpoint)
      } else if (thisDevice) {
        await pushApi.remove(slug, thisDevice.id)
      }
      await queryClient.invalidateQueries({ queryKey: pushKeys.devices(slug) })
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  async function toggleKind(p: Preference, on: boolean) {
    const saved = await mailApi.setPreferences(slug, { preferences: [{ ...p, setting: on ? 'immediately' : 'off' }] })
    queryClient.setQueryData(mailKeys.preferences(slug), saved)
  }

  return (
    <section aria-labelledby="push-settings">
      <h2 id="push-settings">Notifications on this device</h2>
      {supported ? (
        <label>
          <input
            type="checkbox"
            role="switch"
            checked={thisDevice !== null}
            disabled={busy || devices.isPending}
            onChange={(e) => void toggleDevice(e.target.checked)}
          />{' '}
          Show Greenroom’s notifications on this device
        </label>
      ) : (
        <p className="muted">This browser cannot show notifications from Greenroom (on an iPhone, add Greenroom to the home screen first).</p>
      )}
      {problem && (
        <p className="notice" role="alert">
          {problem}
        </p>
      )}
      <QueryView query={devices}>
        {(list) =>
          list.length > 0 ? (
            <p className="muted">
              Your devices taking notifications here: {list.map((d) => (d.endpoint === endpoint ? `${d.label} (this one)` : d.label)).join(', ')}.
            </p>
          ) : null
        }
      </QueryView>
      <h3>Notify my devices when</h3>
      <QueryView query={prefs}>
        {(data) => (
          <ul className="stack">
            {data.preferences
              .filter((p) => p.channel === 'push')
              .map((p) => (
                <li key={`${p.kind}-${p.channel}`}>
                  <label>
                    <input type="checkbox" checked={p.setting === 'immediately'} onChange={(e) => void toggleKind(p, e.target.checked)} /> {LABELS[p.kind]}
                  </label>
                </li>
              ))}
          </ul>
        )}
      </QueryView>
    </section>
  )
}
