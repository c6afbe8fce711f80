/**
 * Web Push (issue 14 point 6, ADR 044): what a subscription a browser sends must look like, and what
 * a push shows. Pure: the use cases encrypt, sign and send.
 */

/** The longest endpoint kept (the push services' own are 150–500 characters). */
export const MAX_ENDPOINT_LENGTH = 2048
/** A person's devices kept per workspace; subscribing one more forgets none but is refused. */
export const MAX_DEVICES_PER_PERSON = 20

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** Bytes of base64url text (RFC 4648 §5, with or without `=` padding, canonical), or null when it is not exactly that. */
export function base64UrlBytes(text: string): Uint8Array | null {
  const bare = text.replace(/={1,2}$/, '')
  if (!/^[A-Za-z0-9_-]+$/.test(bare) || bare.length % 4 === 1) return null
  if (text.length !== bare.length && (bare.length + text.length - bare.length) % 4 !== 0) return null
  const out = new Uint8Array(Math.floor((bare.length * 3) / 4))
  let bits = 0
  let value = 0
  let n = 0
  for (const c of bare) {
    value = (value << 6) | ALPHABET.indexOf(c)
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[n++] = (value >> bits) & 0xff
    }
  }
  // the bits left over must be zero, or two texts would name the same bytes
  return (value & ((1 << bits) - 1)) === 0 ? out : null
}

/** The browser's ECDH key (RFC 8291 §3.2): an uncompressed P-256 point, 65 bytes beginning 0x04. */
export function isP256dhShape(text: string): boolean {
  const bytes = base64UrlBytes(text)
  return bytes !== null && bytes.length === 65 && bytes[0] === 0x04
}

/** The authentication secret (RFC 8291 §3.2): 16 bytes. */
export function isAuthSecret(text: string): boolean {
  return base64UrlBytes(text)?.length === 16
}

/**
 * Why an endpoint is refused, or null. A push service is reached over HTTPS by its name: no
 * credentials, no address literal, no local name (the server POSTs to it, so it must not be made to
 * call into its own network). `allowLoopbackHttp` lets tests and the bench run a push service on 127.0.0.1.
 */
export function endpointProblem(endpoint: string, opts: { allowLoopbackHttp?: boolean } = {}): string | null {
  if (endpoint.length > MAX_ENDPOINT_LENGTH) return `must be at most ${MAX_ENDPOINT_LENGTH} characters`
  let url: URL
  try {
    url = new URL(endpoint)
  } catch {
    return 'must be an absolute https URL'
  }
  if (opts.allowLoopbackHttp && url.protocol === 'http:' && url.hostname === '127.0.0.1') return null
  if (url.protocol !== 'https:') return 'must be an https URL'
  if (url.username || url.password) return 'must not carry a user name or password'
  const host = url.hostname.toLowerCase()
  if (host.startsWith('[') || /^[\d.]+$/.test(host) || /^0x/i.test(host)) return "must name the push service's host, not an address"
  if (host === 'android.googleapis.com') return 'names the closed legacy GCM service'
  if (!host.includes('.') || /\.(localhost|local|internal|home\.arpa)$/.test(host) || host === 'localhost') return 'must name a public host'
  return null
}

/** What a push shows on the device: no more than the inbox line says. */
export interface PushPayload {
  /** The notification's heading: the workspace's name. */
  title: string
  /** The inbox line. */
  body: string
  /** The page to open, a path of the web app (`/w/<workspace>/…`). */
  url: string
  /** Pushes with the same tag replace each other on the device (one event, one notification). */
  tag: string
}

/** A short device name from a User-Agent ("Firefox on Linux"), for the person's list of their devices. */
export function deviceLabel(userAgent: string | undefined): string {
  const ua = userAgent ?? ''
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrome\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : 'A browser'
  const system = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Mac OS X/.test(ua)
        ? 'macOS'
        : /Windows/.test(ua)
          ? 'Windows'
          : /Linux/.test(ua)
            ? 'Linux'
            : null
  return system ? `${browser} on ${system}` : browser
}
