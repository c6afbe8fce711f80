import type { FastifyInstance, FastifyReply } from 'fastify'
import helmet, { type HelmetOptions } from 'helmet'

/**
 * The Content-Security-Policy of the web app (and, harmlessly, of every other answer): everything
 * from this origin only, no inline script, no plugins, never framed. The built app passes it with
 * no violation in Chromium (e2e/security-headers.spec.ts). Pages that need their own policy (the
 * public act page, the API docs) set it on their route.
 */
export function appCspDirectives(secure: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'connect-src': ["'self'"],
    'font-src': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // data: for the CSS icons, blob: for downloads made in the page (registrations export).
    'img-src': ["'self'", 'data:', 'blob:'],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    'worker-src': ["'self'"],
    // Only behind HTTPS: on plain http it would rewrite the app's own addresses to https.
    ...(secure ? { 'upgrade-insecure-requests': [] } : {}),
  }
}

/** Cache-Control of every API answer except the docs: private data never sits in a shared or disk cache. */
export const API_CACHE_CONTROL = 'no-store'

/**
 * The headers helmet writes for these options, computed once: the options are constants (no nonce,
 * nothing read from the request), so every answer gets the same headers. @fastify/helmet rebuilt
 * helmet and re-parsed the CSP on every request (ADR 026).
 */
function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {}
  const recorder = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  }
  helmet(options)({} as never, recorder as never, (err?: unknown) => {
    if (err) throw err
  })
  return headers
}

/**
 * Browser protections for every answer: CSP with frame-ancestors 'none' (and X-Frame-Options DENY
 * for old browsers), nosniff, Referrer-Policy, and HSTS only when the server is behind HTTPS
 * (GREENROOM_SECURE_COOKIES=true), since HSTS on plain http would lock browsers out. Set before the
 * route runs, so a route with its own policy (the public page, the API docs) replaces it. Returns
 * the function that sets them, which the caller runs in an onRequest hook of every request (the
 * session's, ADR 057: one hook instead of two).
 */
export function registerSecurityHeaders(app: FastifyInstance, opts: { secure: boolean }): (reply: FastifyReply) => void {
  const headers = helmetHeaders({
    contentSecurityPolicy: { useDefaults: false, directives: appCspDirectives(opts.secure) },
    strictTransportSecurity: opts.secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    xContentTypeOptions: true,
  })
  const entries = Object.entries(headers)
  app.addHook('onSend', (request, reply, payload, done) => {
    const url = request.url
    if (url.startsWith('/api/') && !url.startsWith('/api/docs')) reply.header('cache-control', API_CACHE_CONTROL)
    done(null, payload)
  })
  // On the raw response, as helmet did, so a hijacked answer (the live-updates stream) carries them too.
  return (reply) => {
    for (const [name, value] of entries) reply.raw.setHeader(name, value)
  }
}
