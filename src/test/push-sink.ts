import { createECDH, createPublicKey, createDecipheriv, hkdfSync, randomBytes, verify, type ECDH } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A push service for tests and the bench (issue 14 point 6, ADR 044): an HTTP endpoint on
 * 127.0.0.1 that keeps what it is sent and answers with the status a test sets, and a device's
 * keys made here (ECDH P-256 and a 16-byte auth secret, node:crypto) to decrypt what arrived by
 * RFC 8291 independently of web-push.
 */
export interface PushRequest {
  path: string
  headers: Record<string, string | string[] | undefined>
  body: Buffer
  /** When it arrived (performance.now()). */
  at: number
}

export class PushSink {
  readonly received: PushRequest[] = []
  /** The status the next requests get (201 Created, as push services answer). */
  status = 201
  /** Statuses for the next requests to a path, first out first; then `status`. */
  readonly scripts = new Map<string, number[]>()
  private listeners: ((r: PushRequest) => void)[] = []

  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async started(): Promise<PushSink> {
    const box: { sink?: PushSink } = {}
    const server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const r: PushRequest = { path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks), at: performance.now() }
        box.sink!.received.push(r)
        for (const l of box.sink!.listeners) l(r)
        res.statusCode = box.sink!.scripts.get(r.path)?.shift() ?? box.sink!.status
        res.end()
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const sink = new PushSink(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`)
    box.sink = sink
    return sink
  }

  onRequest(l: (r: PushRequest) => void): void {
    this.listeners.push(l)
  }

  to(path: string): PushRequest[] {
    return this.received.filter((r) => r.path === path)
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((r) => this.server.close(() => r()))
  }
}

/** A browser's subscription: its own ECDH key pair and auth secret, and an endpoint at the sink. */
export class TestDevice {
  readonly ecdh: ECDH = createECDH('prime256v1')
  readonly auth = randomBytes(16)
  readonly publicKey: Buffer
  constructor(readonly endpoint: string) {
    this.publicKey = this.ecdh.generateKeys()
  }

  get path(): string {
    return new URL(this.endpoint).pathname
  }

  /** What PushSubscription.toJSON() sends. */
  json(): { endpoint: string; expirationTime: null; keys: { p256dh: string; auth: string } } {
    return { endpoint: this.endpoint, expirationTime: null, keys: { p256dh: this.publicKey.toString('base64url'), auth: this.auth.toString('base64url') } }
  }

  /**
   * Decrypts an aes128gcm body (RFC 8188 §2 and RFC 8291 §3.4): header salt(16) | rs(4) |
   * idlen(1) | keyid (the server's ephemeral public key), then one record: AES-128-GCM with
   * the key and nonce derived by HKDF, ending in the 0x02 delimiter and zero padding.
   */
  decrypt(body: Buffer): string {
    const salt = body.subarray(0, 16)
    const rs = body.readUInt32BE(16)
    const idlen = body[20]!
    const serverKey = body.subarray(21, 21 + idlen)
    const record = body.subarray(21 + idlen)
    if (idlen !== 65 || serverKey[0] !== 0x04) throw new Error(`keyid is not an uncompressed P-256 point (${idlen} bytes)`)
    if (record.length > rs) throw new Error(`one record expected (rs ${rs}, ${record.length} bytes)`)
    const ecdhSecret = this.ecdh.computeSecret(serverKey)
    const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), this.publicKey, serverKey])
    const ikm = Buffer.from(hkdfSync('sha256', ecdhSecret, this.auth, keyInfo, 32))
    const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16))
    const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12))
    const decipher = createDecipheriv('aes-128-gcm', cek, nonce)
    decipher.setAuthTag(record.subarray(record.length - 16))
    const plain = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()])
    let end = plain.length - 1
    while (end >= 0 && plain[end] === 0) end--
    if (plain[end] !== 0x02) throw new Error('no last-record delimiter (0x02)')
    return plain.subarray(0, end).toString('utf8')
  }
}

/** A VAPID Authorization header (RFC 8292 §3): `vapid t=<JWT>, k=<key>`, the JWT verified with `publicKey`. Returns its claims. */
export function verifyVapid(authorization: string | undefined, publicKey: string): { aud: string; exp: number; sub: string } {
  const m = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(authorization ?? '')
  if (!m) throw new Error(`not a VAPID header: ${authorization}`)
  const [header, claims, signature] = m[1]!.split('.') as [string, string, string]
  if (m[2] !== publicKey) throw new Error('k= is not the served public key')
  const point = Buffer.from(publicKey, 'base64url')
  const key = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') },
    format: 'jwk',
  })
  if (JSON.parse(Buffer.from(header, 'base64url').toString()).alg !== 'ES256') throw new Error('not ES256')
  const ok = verify('sha256', Buffer.from(`${header}.${claims}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'))
  if (!ok) throw new Error('the JWT does not verify with the served key')
  return JSON.parse(Buffer.from(claims, 'base64url').toString())
}
