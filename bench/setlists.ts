/**
 * Set lists (issue 4), figures only:
 *   1. diffSetlists of two 40-entry versions (a realistic edit: 3 added, 3 removed, 4 moved,
 *      2 section changes), p50/p95 µs, beside JSON.stringify + JSON.parse of the same two lists
 *      measured interleaved in the same run.
 *   2. SSE fan-out: from just before one member's POST of an answer to each of 50 connected
 *      clients' receipt of the matching `setlist.answer` frame, p50/p95 ms, on one instance
 *      (in-memory PGlite, in-process bus) and on two instances sharing one PostgreSQL database
 *      (LISTEN/NOTIFY, 25 clients on each, answers posted on A), beside the POST's own round trip.
 * The SSE clients run in this same process as the app(s), so their parsing shares the CPU with
 * the server: the figures are an upper bound of what separate browsers would see.
 */
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import { createDb, type Database } from '../src/db/client.ts'
import { migrate } from '../src/db/migrate.ts'
import { buildApp, type App } from '../src/http/app.ts'
import { fixedClock } from '../src/domain/clock.ts'
import { loadDemoWorld } from '../src/demo/load-demo-world.ts'
import { diffSetlists } from '../src/domain/setlist-diff.ts'
import type { SetlistEntry } from '../src/contract/setlists.ts'

const DIFF_RUNS = 2000
const DIFF_WARMUP = 500
const CLIENTS = 50
const ANSWERS = 20
const PG_ADMIN = process.env.GREENROOM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const LOGIN = { email: 'kendall@demo.greenroom.test', password: 'greenroom-demo' }

function percentile(sorted: number[], p: number, digits = 2): number {
  return Number(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!.toFixed(digits))
}
const sortNum = (xs: number[]) => [...xs].sort((a, b) => a - b)

// ---------- 1. the diff ----------

const recId = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`

/** 40 entries: 4 sections (main, acoustic, main again as "other", encore) and 36 songs, some with notes, guests and keys. */
export function beforeVersion(): SetlistEntry[] {
  const entries: SetlistEntry[] = []
  const section = (id: string, kind: 'main' | 'acoustic' | 'encore' | 'other', title?: string): SetlistEntry => ({
    id,
    type: 'section',
    section: kind,
    title: title ?? null,
  })
  const song = (n: number): SetlistEntry => ({
    id: `s${n}`,
    type: 'song',
    recordingId: recId(n),
    ...(n % 5 === 0 ? { notes: 'Capo 2; count in slow' } : {}),
    ...(n % 7 === 0 ? { guests: ['Victoria Justice'] } : {}),
    ...(n % 9 === 0 ? { keyOverride: 'D' as const } : {}),
    ...(n % 6 === 0 ? { segue: '->' as const } : {}),
  })
  entries.push(section('x1', 'main'))
  for (let n = 1; n <= 14; n++) entries.push(song(n))
  entries.push(section('x2', 'acoustic'))
  for (let n = 15; n <= 22; n++) entries.push(song(n))
  entries.push(section('x3', 'other', 'Back to full band'))
  for (let n = 23; n <= 32; n++) entries.push(song(n))
  entries.push(section('x4', 'encore'))
  for (let n = 33; n <= 36; n++) entries.push(song(n))
  if (entries.length !== 40) throw new Error(`the before version should have 40 entries, has ${entries.length}`)
  return entries
}

/** The edit: 3 songs removed, 3 new ones added, 4 moved far, and the encore marker moved up two songs (2 section changes). */
export function afterVersion(before: SetlistEntry[]): SetlistEntry[] {
  const byId = new Map(before.map((e) => [e.id, e]))
  let ids = before.map((e) => e.id).filter((id) => !['s4', 's18', 's27'].includes(id)) // removed
  const moveBefore = (id: string, target: string) => {
    ids = ids.filter((x) => x !== id)
    ids.splice(ids.indexOf(target), 0, id)
  }
  moveBefore('s12', 's2') // a late opener-section song pulled to the top
  moveBefore('s3', 's11') // an early song pushed back
  moveBefore('s20', 's16') // reordered within the acoustic set
  moveBefore('s25', 's31') // pushed toward the end of the main set
  // The encore marker moves up two songs: s31 and s32 are now encore songs.
  ids = ids.filter((x) => x !== 'x4')
  ids.splice(ids.indexOf('s31'), 0, 'x4')
  const entries = ids.map((id) => byId.get(id)!)
  // Three new songs.
  entries.splice(ids.indexOf('s7'), 0, { id: 'n1', type: 'song', recordingId: recId(101) })
  entries.splice(
    entries.findIndex((e) => e.id === 's17'),
    0,
    { id: 'n2', type: 'song', recordingId: recId(102), arrangement: 'acoustic' },
  )
  entries.splice(
    entries.findIndex((e) => e.id === 's30'),
    0,
    { id: 'n3', type: 'song', title: 'Cover Me Badly', cover: { artist: 'Somebody Else' }, durationSeconds: 210 },
  )
  if (entries.length !== 40) throw new Error(`the after version should have 40 entries, has ${entries.length}`)
  return entries
}

export interface DiffBench {
  entries: number
  runs: number
  found: { added: number; removed: number; moved: number; sectionsChanged: number; changed: number }
  p50Us: number
  p95Us: number
  baselineP50Us: number
  baselineP95Us: number
  ratio: string
}

export function benchDiff(): DiffBench {
  const before = beforeVersion()
  const after = afterVersion(before)
  const titles = new Map<string, string>()
  for (let n = 1; n <= 102; n++) titles.set(recId(n), `Song number ${n}`)
  const titleOf = (e: SetlistEntry) => (e.recordingId ? (titles.get(e.recordingId) ?? 'Unknown song') : (e.title ?? ''))
  const baseline = () => [JSON.parse(JSON.stringify(before)), JSON.parse(JSON.stringify(after))]
  const d = diffSetlists(before, after, titleOf)
  const found = {
    added: d.added.length,
    removed: d.removed.length,
    moved: d.moved.length,
    sectionsChanged: d.sectionsChanged.length,
    changed: d.changed.length,
  }
  let sink = 0
  for (let i = 0; i < DIFF_WARMUP; i++) sink += diffSetlists(before, after, titleOf).moved.length + baseline().length
  const diffUs: number[] = []
  const baseUs: number[] = []
  // Interleaved, so both see the same machine noise.
  for (let i = 0; i < DIFF_RUNS; i++) {
    let t = process.hrtime.bigint()
    sink += diffSetlists(before, after, titleOf).moved.length
    diffUs.push(Number(process.hrtime.bigint() - t) / 1000)
    t = process.hrtime.bigint()
    sink += baseline().length
    baseUs.push(Number(process.hrtime.bigint() - t) / 1000)
  }
  if (sink < 0) console.log(sink)
  const ds = sortNum(diffUs)
  const bs = sortNum(baseUs)
  const p50Us = percentile(ds, 0.5, 1)
  const baselineP50Us = percentile(bs, 0.5, 1)
  return {
    entries: before.length,
    runs: DIFF_RUNS,
    found,
    p50Us,
    p95Us: percentile(ds, 0.95, 1),
    baselineP50Us,
    baselineP95Us: percentile(bs, 0.95, 1),
    ratio: `${(percentile(ds, 0.5, 4) / percentile(bs, 0.5, 4)).toFixed(2)}× JSON round trip (p50)`,
  }
}

// ---------- 2. SSE fan-out ----------

interface SseClient {
  /** answerId → performance.now() when its `setlist.answer` frame arrived. */
  got: Map<string, number>
  waitFor(answerId: string, ms: number): Promise<number>
  close(): Promise<void>
}

async function openClient(url: string, cookie: string): Promise<SseClient> {
  const abort = new AbortController()
  const res = await fetch(url, { headers: { accept: 'text/event-stream', cookie }, signal: abort.signal })
  if (res.status !== 200) throw new Error(`SSE ${url}: ${res.status}`)
  const got = new Map<string, number>()
  let waiters: (() => void)[] = []
  let connected!: () => void
  const ready = new Promise<void>((r) => (connected = r))
  const reading = (async () => {
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
    let buffer = ''
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        const now = performance.now()
        buffer += value
        let cut
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut)
          buffer = buffer.slice(cut + 2)
          if (block.includes(': connected')) connected()
          if (!block.startsWith('event: setlist.answer\n')) continue
          const data = /^data: (.*)$/m.exec(block)?.[1]
          if (data) got.set((JSON.parse(data) as { answerId: string }).answerId, now)
        }
        const w = waiters
        waiters = []
        for (const f of w) f()
      }
    } catch {
      // aborted
    }
  })()
  await ready
  return {
    got,
    async waitFor(answerId, ms) {
      const deadline = performance.now() + ms
      for (;;) {
        const at = got.get(answerId)
        if (at !== undefined) return at
        const left = deadline - performance.now()
        if (left <= 0) throw new Error(`no setlist.answer ${answerId} within ${ms} ms`)
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, left)
          waiters.push(() => {
            clearTimeout(t)
            resolve()
          })
        })
      }
    },
    async close() {
      abort.abort()
      await reading
    },
  }
}

async function listen(app: App): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' })
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
}

async function login(origin: string): Promise<string> {
  const res = await fetch(`${origin}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(LOGIN) })
  if (res.status !== 200) throw new Error(`login: ${res.status}`)
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
}

export interface FanoutBench {
  name: string
  instances: number
  clients: number
  answers: number
  receipts: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** p50 ms of the clients on each instance (A first; on two instances, B's clients hear A's answers through PostgreSQL). */
  perInstanceP50Ms: number[]
  postP50Ms: number
  postP95Ms: number
  ratio: string
}

/** One app per database (the demo world already loaded); answers are posted on the first (A). */
async function measureFanout(name: string, databases: Database[]): Promise<FanoutBench> {
  const clock = fixedClock(new Date('2013-04-15T12:00:00Z'))
  const apps: App[] = []
  const clients: SseClient[] = []
  try {
    for (const database of databases) apps.push(await buildApp({ database, clock, logLevel: 'silent' }))
    const origins: string[] = []
    for (const app of apps) origins.push(await listen(app))
    const cookie = await login(origins[0]!) // sessions live in the database: good on every instance
    const api = `${origins[0]}/api/workspaces/demo`
    const proposals = (await (await fetch(`${api}/setlists/proposals`, { headers: { cookie } })).json()) as { id: string }[]
    if (!proposals.length) throw new Error('the demo world should have set-list proposals')
    const proposal = (await (await fetch(`${api}/setlists/proposals/${proposals[0]!.id}`, { headers: { cookie } })).json()) as { latestVersion: { id: string } }
    const answersUrl = `${api}/setlists/versions/${proposal.latestVersion.id}/answers`

    const perInstance = CLIENTS / origins.length
    for (const origin of origins) {
      for (let i = 0; i < perInstance; i++) clients.push(await openClient(`${origin}/api/workspaces/demo/events`, cookie))
    }
    const post = async (text: string) => {
      const res = await fetch(answersUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ kind: 'comment', text }),
      })
      if (res.status !== 201) throw new Error(`answer: ${res.status} ${await res.text()}`)
      return ((await res.json()) as { id: string }).id
    }
    // Warm-up: two answers, not counted.
    for (let i = 0; i < 2; i++) {
      const id = await post(`warm-up ${i}`)
      await Promise.all(clients.map((c) => c.waitFor(id, 5000)))
    }

    const latencies: number[] = []
    const byInstance: number[][] = origins.map(() => [])
    const posts: number[] = []
    for (let i = 0; i < ANSWERS; i++) {
      const started = performance.now()
      const id = await post(`Bench comment ${i}`)
      posts.push(performance.now() - started)
      const arrivals = await Promise.all(clients.map((c) => c.waitFor(id, 5000)))
      arrivals.forEach((at, k) => {
        latencies.push(at - started)
        byInstance[Math.floor(k / perInstance)]!.push(at - started)
      })
      await new Promise((r) => setTimeout(r, 20)) // let the streams go quiet between answers
    }
    const ls = sortNum(latencies)
    const ps = sortNum(posts)
    const p50Ms = percentile(ls, 0.5)
    const postP50Ms = percentile(ps, 0.5)
    return {
      name,
      instances: apps.length,
      clients: clients.length,
      answers: ANSWERS,
      receipts: latencies.length,
      p50Ms,
      p95Ms: percentile(ls, 0.95),
      maxMs: percentile(ls, 1),
      perInstanceP50Ms: byInstance.map((xs) => percentile(sortNum(xs), 0.5)),
      postP50Ms,
      postP95Ms: percentile(ps, 0.95),
      ratio: `${(p50Ms / postP50Ms).toFixed(2)}× POST round trip (p50)`,
    }
  } finally {
    for (const c of clients) await c.close()
    for (const app of apps) await app.close()
  }
}

async function prepared(database: Database): Promise<Database> {
  await migrate(database)
  await loadDemoWorld(database.db, { clock: fixedClock(new Date('2013-04-15T12:00:00Z')) })
  return database
}

export interface SetlistsBench {
  diff: DiffBench
  fanout: FanoutBench[]
}

export async function benchSetlists(opts: { withPostgres: boolean }): Promise<SetlistsBench> {
  const diff = benchDiff()
  const fanout: FanoutBench[] = []
  const pglite = await prepared(await createDb({ kind: 'pglite-memory' }))
  try {
    fanout.push(await measureFanout('1 instance, PGlite (in-process bus)', [pglite]))
  } finally {
    await pglite.close()
  }
  if (opts.withPostgres) {
    const name = `greenroom_bench_sse_${Date.now()}`
    const admin = new pg.Client({ connectionString: PG_ADMIN })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    const url = PG_ADMIN.replace(/\/[^/]*$/, `/${name}`)
    const opened: Database[] = []
    try {
      opened.push(await prepared(await createDb({ kind: 'postgres', url })))
      opened.push(await createDb({ kind: 'postgres', url })) // instance B: a pool of its own, as a second process would have
      fanout.push(await measureFanout('2 instances, PostgreSQL (LISTEN/NOTIFY)', opened))
    } finally {
      for (const d of opened) await d.close()
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    }
  }
  return { diff, fanout }
}
