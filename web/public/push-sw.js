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
