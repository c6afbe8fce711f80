import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect as baseExpect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import pg from 'pg'

// Issue 11, point 1: a band from zero. Its own server on an EMPTY database (no --demo, nothing of
// the demo world), on its own port: PGlite in a fresh data directory, or, with
// GREENROOM_TEST_DB=postgres, a fresh PostgreSQL database made here (GREENROOM_TEST_PG_URL, default
// postgres://postgres@127.0.0.1:5432/test, names the server to make it on) and dropped afterwards.
// The owner signs up and makes a workspace in the browser; members join through invite links in
// their own browser contexts; the act, songs, recordings and the show are entered through the API
// the web app uses (the same session), the answers, applying, printing and planning in the browser.

// a shared, busy machine: pages may take a while to load
const expect = baseExpect.configure({ timeout: 30_000 })

const PORT = Number(process.env.E2E_PORT ?? 3999) + 1
const BASE = `http://localhost:${PORT}`
const PASSWORD = 'a band from zero, first hour'
const onPostgres = process.env.GREENROOM_TEST_DB === 'postgres'

let server: ChildProcess | null = null
let dataDir: string | null = null
let pgDatabase: { admin: string; name: string } | null = null

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) throw new Error(`the server exited with ${server.exitCode}`)
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('the server did not answer /api/health')
}

test.beforeAll(async () => {
  test.setTimeout(180_000)
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), LOG_LEVEL: 'warn' }
  delete env.GREENROOM_NOW
  delete env.DATABASE_URL
  dataDir = mkdtempSync(join(tmpdir(), 'greenroom-first-hour-'))
  env.GREENROOM_DATA_DIR = dataDir
  if (onPostgres) {
    const admin = process.env.GREENROOM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
    const name = `greenroom_first_hour_${process.pid}_${Date.now().toString(36)}`
    const client = new pg.Client({ connectionString: admin })
    await client.connect()
    await client.query(`CREATE DATABASE ${name}`)
    await client.end()
    pgDatabase = { admin, name }
    const url = new URL(admin)
    url.pathname = `/${name}`
    env.DATABASE_URL = url.toString()
  }
  server = spawn(process.execPath, ['bin/greenroom.mjs', 'serve'], { env, stdio: ['ignore', 'inherit', 'inherit'] })
  await waitForHealth()
})

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r))
    server.kill('SIGTERM')
    await exited
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  if (pgDatabase) {
    const client = new pg.Client({ connectionString: pgDatabase.admin })
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS ${pgDatabase.name} WITH (FORCE)`)
    await client.end()
  }
})

test.use({ baseURL: BASE, timezoneId: 'Europe/London' })

/** Every 404 of a set list or played record, and every console error, on any page of the journey. */
const problems: string[] = []
function watch(page: Page): Page {
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} (${page.url()})`)
  })
  page.on('response', (r) => {
    if (r.status() === 404 && /\/(setlist|played)$/.test(new URL(r.url()).pathname)) problems.push(`404: ${r.url()}`)
  })
  return page
}

async function newPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: BASE, timezoneId: 'Europe/London', ...options })
  return { context, page: watch(await context.newPage()) }
}

async function signUp(page: Page, name: string, email: string) {
  await page.getByLabel('Your name').fill(name)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Create account' }).click()
}

async function api<T = any>(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
  const res = await page.request.fetch(`${BASE}${path}`, { method, ...(body !== undefined ? { data: body } : {}) })
  if (res.status() >= 300) throw new Error(`${method} ${path} → ${res.status()}: ${await res.text()}`)
  return (await res.json()) as T
}

const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

test('a band from zero: sign up, invite, act and songs, settings, a set list agreed by everyone, applied, printed, planned', async ({ browser }) => {
  test.setTimeout(600_000)
  const stamp = Date.now().toString(36)

  // ── the owner signs up and makes the workspace ─────────────────────────
  const { page: owner } = await newPage(browser)
  await owner.goto('/signup')
  await signUp(owner, 'Olive Owner', `olive-${stamp}@first-hour.test`)
  await owner.getByLabel('Name', { exact: true }).fill('The Newcomers')
  await owner.getByRole('button', { name: 'Create workspace' }).click()
  await expect(owner).toHaveURL(/\/w\/the-newcomers/)
  const slug = new URL(owner.url()).pathname.split('/')[2]!
  const ws = `/api/workspaces/${slug}`

  // ── members join through invite links, each in their own browser ───────
  const names = { ana: 'Ana Author', ben: 'Ben Bass', cleo: 'Cleo Keys', dev: 'Dev Drums' }
  const people: Record<keyof typeof names, { page: Page; personId: string }> = {} as never
  for (const key of Object.keys(names) as (keyof typeof names)[]) {
    const invite = await api(owner, 'POST', `${ws}/invites`, { role: 'member' })
    const { page } = await newPage(browser)
    await page.goto(`/invite/${invite.token}`)
    await page.getByRole('link', { name: 'Create an account' }).click()
    await signUp(page, names[key], `${key}-${stamp}@first-hour.test`)
    await page.getByRole('button', { name: `Join as ${names[key]}` }).click()
    await expect(page).toHaveURL(new RegExp(`/w/${slug}$`))
    people[key] = { page, personId: (await api(page, 'GET', ws)).personId }
  }

  // ── the act with three members and a touring musician, songs, recordings, a show ──
  const act = await api(owner, 'POST', `${ws}/acts`, { name: 'The Newcomers', kind: 'group', isInternal: true })
  for (const key of ['ana', 'ben', 'cleo'] as const)
    await api(owner, 'POST', `${ws}/acts/${act.id}/memberships`, { personId: people[key].personId, role: 'member', instruments: ['voice'] })
  await api(owner, 'POST', `${ws}/acts/${act.id}/memberships`, { personId: people.dev.personId, role: 'touring-musician', instruments: ['drums'] })
  const recordings: string[] = []
  for (let i = 1; i <= 24; i++) {
    const work = await api(owner, 'POST', `${ws}/works`, { title: `Song Number ${i}`, writers: [{ personId: people.ana.personId, sharePercent: 100 }] })
    recordings.push((await api(owner, 'POST', `${ws}/recordings`, { workId: work.id, actId: act.id, kind: 'master', durationSeconds: 200 })).id)
  }
  const venue = await api(owner, 'POST', `${ws}/venues`, {
    name: 'The Small Room',
    city: 'Leeds',
    country: 'GB',
    latitude: 53.8,
    longitude: -1.55,
    timeZone: 'Europe/London',
  })
  const show = await api(owner, 'POST', `${ws}/shows`, {
    actId: act.id,
    venueId: venue.id,
    localDate: dayFromNow(30),
    doors: '19:00',
    setStart: '20:00',
    curfew: '21:30',
    status: 'confirmed',
    announcement: 'announced',
  })

  // A show with no set list yet: an empty state, with nothing asked for that is not there
  await owner.goto(`/w/${slug}/shows/${show.id}`)
  await expect(owner.locator('section.show-setlist').getByText('No agreed set list applied yet')).toBeVisible()

  // ── the act's set-list settings: defaults shown, saved on the first edit ──
  const ana = people.ana.page
  await ana.goto(`/w/${slug}/setlists?settings=${act.id}`)
  await expect(ana.getByRole('heading', { level: 1, name: 'Set-list settings' })).toBeVisible()
  await expect(ana.getByRole('radio', { name: /Every member/ })).toBeChecked()
  await ana.getByRole('button', { name: 'Save settings' }).click()
  await expect(ana.getByRole('heading', { level: 1, name: 'Set lists' })).toBeVisible()
  expect((await api(ana, 'GET', `${ws}/acts/${act.id}/setlist-settings`)).version).toBe(1)

  // ── Ana drafts the set list for the show and sends it round ─────────────
  const entries = [
    { id: 'main', type: 'section', section: 'main' },
    ...recordings.slice(0, 20).map((recordingId, i) => ({ id: `s${i + 1}`, type: 'song', recordingId })),
  ]
  const draft = await api(ana, 'POST', `${ws}/setlists/proposals`, { actId: act.id, title: 'First show', targetKind: 'show', targetId: show.id, entries })
  // and a longer one for no show yet, timed from the start of the set: past an hour, the time still fits its column
  const long = await api(ana, 'POST', `${ws}/setlists/proposals`, { actId: act.id, title: 'Everything we know', targetKind: 'none', entries })
  await ana.goto(`/w/${slug}/setlists/${long.id}`)
  const lastClock = ana.locator('.setlist-entry .setlist-clock').last()
  await expect(lastClock).toHaveText(/^\+1:\d\d:\d\d$/)
  expect(await lastClock.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
  // the author may edit her unanswered version
  await ana.goto(`/w/${slug}/setlists/${draft.id}`)
  await expect(ana.getByRole('link', { name: 'Edit (yours, unanswered)' })).toBeVisible()
  await expect(ana.getByText('You wrote version 1: it counts as your approval.')).toBeVisible()

  // ── every member answers ────────────────────────────────────────────────
  async function approve(page: Page, counts: boolean) {
    await page.goto(`/w/${slug}/setlists/${draft.id}`)
    await expect(page.getByRole('heading', { level: 1, name: 'First show' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Edit (yours, unanswered)' })).toHaveCount(0)
    if (!counts) await expect(page.getByText(/does not count toward agreeing this list/)).toBeVisible()
    await page.getByRole('button', { name: counts ? 'Approve' : 'Approve (does not count)', exact: true }).click()
  }
  await approve(people.ben.page, true)
  await expect(people.ben.page.getByText('You approved version 1.')).toBeFocused()
  await expect(people.ben.page.getByRole('button', { name: 'Approve', exact: true })).toHaveCount(0)
  await expect(people.ben.page.getByRole('heading', { level: 2, name: '2 of 3 approved' })).toBeVisible()
  // the touring musician is told her approval does not count, and it does not
  await approve(people.dev.page, false)
  await expect(people.dev.page.getByRole('heading', { level: 2, name: '2 of 3 approved' })).toBeVisible()
  // the last member's approval agrees the list; focus goes to the notice that says so
  const cleo = people.cleo.page
  await approve(cleo, true)
  await expect(cleo.getByText(/Agreed on version 1/)).toBeFocused()

  // ── applied to the show, printed ────────────────────────────────────────
  const apply = cleo.locator('section.apply-panel')
  await expect(apply.getByLabel('Apply to')).toHaveValue(`show:${show.id}`)
  await apply.getByRole('button', { name: 'Apply' }).click()
  await expect(apply.getByRole('status')).toHaveText('Applied to 1 show.')
  await cleo.goto(`/w/${slug}/shows/${show.id}`)
  const panel = cleo.locator('section.show-setlist')
  await expect(panel).toContainText('Version 1 by Ana Author')
  await expect(panel.locator('.setlist-entry .setlist-clock').first()).toHaveText('20:00')
  const [download] = await Promise.all([cleo.waitForEvent('download'), panel.getByRole('link', { name: 'Stage PDF' }).click()])
  expect(download.suggestedFilename()).toMatch(/\.pdf$/)
  const bytes = await readFile((await download.path())!)
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')

  // ── the planner, for an act that set no running time: a set of sensible length ──
  await ana.goto(`/w/${slug}/planner/${act.id}`)
  await ana.getByLabel('For', { exact: true }).selectOption(`show:${show.id}`)
  await ana.getByLabel(/^Seed/).fill('1')
  await ana.getByRole('button', { name: 'Suggest a set list' }).click()
  const run = ana.locator('section.planner-run').first()
  await expect(run.getByText("A proposal written by the planner, waiting for the band's answers.")).toBeVisible({ timeout: 120_000 })
  await expect(run.getByText(/no running-time rule/)).toBeVisible()
  const meta = await run.locator('.link-row-meta').first().textContent()
  // 20:00 to a 21:30 curfew: 60 to 90 minutes of 3:20 songs is 18 to 27 songs (24 known)
  const songs = Number(/(\d+) songs/.exec(meta ?? '')?.[1])
  expect(songs).toBeGreaterThanOrEqual(18)
  expect(songs).toBeLessThanOrEqual(24)

  // ── on a phone, the header's logo link has a name ───────────────────────
  const { page: phone } = await newPage(browser, { viewport: { width: 390, height: 800 }, storageState: await people.ben.page.context().storageState() })
  await phone.goto(`/w/${slug}`)
  await expect(phone.getByRole('link', { name: 'Greenroom', exact: true })).toBeVisible()

  // Signed out, the sign-up and invite pages ask who is signed in (/api/me answers 401, which the
  // browser logs); that is the one expected error. Any 404 on /setlist or /played (the app asking
  // for an absent resource) and every other console error fail the journey.
  const signedOutProbe = (p: string) =>
    /^console: Failed to load resource: the server responded with a status of 401 \(Unauthorized\) \(http:\/\/[^/]+\/(signup|invite\/[^/)]+|login)\)$/.test(p)
  expect(problems.filter((p) => !signedOutProbe(p))).toEqual([])
})
