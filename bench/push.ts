/**
 * Web Push (issue 14 point 6, ADR 044): from a member's answer (the POST) to the push payload
 * received at a push service on 127.0.0.1 and decrypted there (the notify job, then the push job:
 * encrypt, sign, POST), p50/p95 over 200 answers on PGlite in memory with the demo world, beside
 * the POST's own round trip; and the same answer to its email accepted by a real SMTP server started here
 * (issue 14, "Performance"; bundling off, so each answer is its own email). James comments on an open set
 * list; its latest version's author's device is pushed and their address mailed.
 */
import type { AddressInfo } from 'node:net'
import { createDb } from '../src/db/client.ts'
import { migrate } from '../src/db/migrate.ts'
import { loadDemoWorld } from '../src/demo/load-demo-world.ts'
import { fixedClock } from '../src/domain/clock.ts'
import { buildApp } from '../src/http/app.ts'
import { PushSink, TestDevice } from '../src/test/push-sink.ts'
import { SmtpSink } from '../src/test/smtp-sink.ts'

const EVENTS = 200
const clock = fixedClock(new Date('2013-04-15T12:00:00Z'))

const percentile = (sorted: number[], p: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!.toFixed(1))
const sortNum = (xs: number[]) => [...xs].sort((a, b) => a - b)

export interface PushBench {
  events: number
  p50Ms: number
  p95Ms: number
  postP50Ms: number
  postP95Ms: number
  ratio: string
  mailP50Ms: number
  mailP95Ms: number
  mailRatio: string
}

async function login(origin: string, name: string): Promise<string> {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${name}@demo.greenroom.test`, password: 'greenroom-demo' }),
  })
  if (res.status !== 200) throw new Error(`login ${name}: ${res.status}`)
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
}

export async function benchPush(): Promise<PushBench> {
  const database = await createDb({ kind: 'pglite-memory' })
  await migrate(database)
  await loadDemoWorld(database.db, { clock })
  const sink = await PushSink.started()
  const smtp = await SmtpSink.started()
  const app = await buildApp({
    database,
    clock,
    logLevel: 'silent',
    push: { allowLoopbackHttp: true, retrySeconds: 1 },
    publicUrl: 'http://127.0.0.1',
    mail: { smtpUrl: smtp.url, retrySeconds: 1, timeoutSeconds: 5, bundleSeconds: 0 },
  })
  try {
    await app.listen({ port: 0, host: '127.0.0.1' })
    const api = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/workspaces/demo`
    const origin = api.replace(/\/api\/.*/, '')
    const james = await login(origin, 'james')
    const get = async (url: string, cookie: string) => (await fetch(url, { headers: { cookie } })).json() as Promise<Record<string, any>> // eslint-disable-line @typescript-eslint/no-explicit-any
    const jamesId = (await get(api, james)).personId as string
    // an open set list whose latest version someone else wrote (in the demo, Kendall's draft or Carlos's amendment):
    // James comments on it, and its author's device is pushed
    let versionId: string | null = null
    let authorLogin: string | null = null
    for (const p of (await get(`${api}/setlists/proposals`, james)) as { id: string; status: string }[]) {
      if (p.status !== 'open') continue
      const latest = (await get(`${api}/setlists/proposals/${p.id}`, james)).latestVersion as { id: string; authorPersonId: string; authorName: string } | null
      if (!latest || latest.authorPersonId === jamesId) continue
      versionId = latest.id
      authorLogin = latest.authorName.split(' ')[0]!.toLowerCase() // demo logins are first names
      break
    }
    if (!versionId || !authorLogin) throw new Error('the demo world should have an open set list whose latest version James did not write')
    const author = await login(origin, authorLogin)
    const device = new TestDevice(`${sink.origin}/push/${authorLogin}`)
    const sub = await fetch(`${api}/me/push-subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: author },
      body: JSON.stringify(device.json()),
    })
    if (sub.status !== 201) throw new Error(`subscribe: ${sub.status} ${await sub.text()}`)

    const arrived = new Map<string, () => void>()
    sink.onRequest((r) => {
      const payload = JSON.parse(device.decrypt(r.body)) as { body: string }
      if (!payload.body.includes('commented')) return
      for (const [text, done] of arrived) {
        arrived.delete(text)
        done()
      }
    })
    const authorAddress = `${authorLogin}@demo.greenroom.test`
    const mailed = (count: number) =>
      new Promise<number>((resolve, reject) => {
        const deadline = Date.now() + 30_000
        const poll = () => {
          if (smtp.to(authorAddress).length > count) resolve(performance.now())
          else if (Date.now() > deadline) reject(new Error('no email within 30 s'))
          else setTimeout(poll, 1)
        }
        poll()
      })
    const answer = async (text: string) => {
      const got = new Promise<number>((resolve) => arrived.set(text, () => resolve(performance.now())))
      const mail = mailed(smtp.to(authorAddress).length)
      const started = performance.now()
      const res = await fetch(`${api}/setlists/versions/${versionId}/answers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: james },
        body: JSON.stringify({ kind: 'comment', text }),
      })
      if (res.status !== 201) throw new Error(`answer: ${res.status} ${await res.text()}`)
      const posted = performance.now()
      const at = await Promise.race([got, new Promise<number>((_, reject) => setTimeout(() => reject(new Error('no push within 30 s')), 30_000))])
      const mailAt = await mail
      return { post: posted - started, push: at - started, mail: mailAt - started }
    }
    for (let i = 0; i < 3; i++) await answer(`warm-up ${i}`)
    const posts: number[] = []
    const pushes: number[] = []
    const mails: number[] = []
    for (let i = 0; i < EVENTS; i++) {
      const r = await answer(`Bench comment ${i}`)
      posts.push(r.post)
      pushes.push(r.push)
      mails.push(r.mail)
    }
    const ps = sortNum(posts)
    const ls = sortNum(pushes)
    const ms = sortNum(mails)
    return {
      events: EVENTS,
      p50Ms: percentile(ls, 0.5),
      p95Ms: percentile(ls, 0.95),
      postP50Ms: percentile(ps, 0.5),
      postP95Ms: percentile(ps, 0.95),
      ratio: `${(percentile(ls, 0.5) / percentile(ps, 0.5)).toFixed(1)}× POST round trip (p50)`,
      mailP50Ms: percentile(ms, 0.5),
      mailP95Ms: percentile(ms, 0.95),
      mailRatio: `${(percentile(ms, 0.5) / percentile(ps, 0.5)).toFixed(1)}× POST round trip (p50)`,
    }
  } finally {
    await app.close()
    await database.close()
    await sink.stop()
    await smtp.stop()
  }
}
