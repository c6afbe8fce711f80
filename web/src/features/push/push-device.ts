// This browser's push subscription (ADR 044). No React here: the settings switch calls these.

/** Whether this browser can take pushes at all (a service worker, the Push API and notifications). */
export function pushSupported(): boolean {
  return typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window
}

/** The service worker's registration, if one is registered (production builds register it once the page is idle). */
async function registration(): Promise<ServiceWorkerRegistration | null> {
  return (await navigator.serviceWorker.getRegistration()) ?? null
}

/** This browser's current subscription, if any. */
export async function currentSubscription(): Promise<PushSubscription | null> {
  if (!pushSupported()) return null
  return (await (await registration())?.pushManager.getSubscription()) ?? null
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/')
  const text = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
  const bytes = new Uint8Array(new ArrayBuffer(text.length))
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return bytes
}

function sameKey(a: ArrayBuffer | null, b: Uint8Array): boolean {
  if (!a || a.byteLength !== b.length) return false
  const view = new Uint8Array(a)
  return view.every((x, i) => x === b[i])
}

/**
 * Asks for permission and subscribes with the server's key (or reuses the subscription this
 * browser holds with that key). Throws a message a person can act on when it cannot.
 */
export async function subscribeThisDevice(publicKey: string): Promise<PushSubscription> {
  if (!pushSupported()) throw new Error('This browser cannot show notifications from Greenroom.')
  const permission = await Notification.requestPermission()
  if (permission !== 'granted') throw new Error('Notifications are blocked for Greenroom in this browser: allow them in its site settings.')
  const reg = (await registration()) ?? (await navigator.serviceWorker.ready)
  const key = keyBytes(publicKey)
  const existing = await reg.pushManager.getSubscription()
  if (existing && sameKey(existing.options.applicationServerKey, key)) return existing
  if (existing) await existing.unsubscribe() // made with another server's key: useless here
  return reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key })
}
