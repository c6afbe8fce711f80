// Web Push in the service worker (issue 14 point 6, ADR 044), imported by the generated worker
// (vite.config.ts, workbox.importScripts). A push carries { title, body, url, tag }: the
// workspace's name, the inbox line, the page to open (a path of this app) and the event's tag (a
// second push of one event replaces the first on the screen).

/** The page to open: a path of this app only (a push never sends the device elsewhere). */
function pageOf(url) {
  try {
    const page = new URL(typeof url === 'string' ? url : '/', self.location.origin)
    return page.origin === self.location.origin ? page.href : self.location.origin + '/'
  } catch {
    return self.location.origin + '/'
  }
}

self.addEventListener('push', (event) => {
  let data
  try {
    data = event.data ? event.data.json() : {}
  } catch {
    data = { body: event.data ? event.data.text() : '' }
  }
  const title = typeof data.title === 'string' && data.title ? data.title : 'Greenroom'
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof data.body === 'string' ? data.body : '',
      tag: typeof data.tag === 'string' ? data.tag : undefined,
      icon: '/icon-192.png',
      badge: '/icon-192.png',
      data: { url: pageOf(data.url) },
    }),
  )
})

self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  const target = pageOf(event.notification.data && event.notification.data.url)
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
      const open = windows.find((c) => c.url === target)
      if (open) return open.focus()
      const ours = windows.find((c) => new URL(c.url).origin === self.location.origin)
      if (ours) {
        const focused = await ours.focus()
        return focused.navigate ? focused.navigate(target) : self.clients.openWindow(target)
      }
      return self.clients.openWindow(target)
    })(),
  )
})

// The push service replaced this device's subscription (it expired, or the browser rotated its
// keys: ADR 047): subscribe again with the old one's options if the browser has not, and tell every
// workspace of the signed-in account that had the old endpoint (each answers 404 where it had none).
async function resubscribe(event) {
  const old = event.oldSubscription || null
  let fresh = event.newSubscription || null
  if (!fresh && old && old.options) fresh = await self.registration.pushManager.subscribe(old.options)
  if (!fresh || !old) return { told: 0 }
  const me = await fetch('/api/me', { credentials: 'same-origin' })
  if (!me.ok) return { told: 0 } // signed out: the app subscribes again when the switch is next turned on
  const { workspaces } = await me.json()
  let told = 0
  for (const ws of Array.isArray(workspaces) ? workspaces : []) {
    const res = await fetch(`/api/workspaces/${encodeURIComponent(ws.id)}/me/push-subscriptions`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...fresh.toJSON(), replaces: old.endpoint }),
    })
    if (res.ok) told++
  }
  return { told }
}

self.addEventListener('pushsubscriptionchange', (event) => {
  event.waitUntil(resubscribe(event).catch(() => ({ told: 0 })))
})
