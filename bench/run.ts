/**
 * `npm run bench`: figures, never assertions. Each figure is printed beside a baseline measured
 * in the same run on the same machine, with the ratio, because these machines are noisy.
 *   - the hot path (release-read.ts): reading a release with its editions and tracks (HTTP, PGlite and
 *     PostgreSQL) vs a bare Fastify route running the same SQL statements by hand through the same
 *     driver; /api/health and /api/me vs a bare Fastify hello route; p50 and p99 of each
 *   - `greenroom serve` start time on an existing data directory vs a bare Fastify start (median of 5), and on PostgreSQL
 *   - the web app's initial JavaScript, gzip
 *   - Lighthouse, mobile profile, in Debian's Chromium: sign-in, home, set lists, a proposal, a show, the public page (lighthouse.ts)
 *   - an act's public .ics with 500 shows in 20 zones vs JSON.stringify of the same shows
 *   - a conflict check of one new booking against a person with 10,000 commitments vs one with 10
 *   - the conflict sweep of 10,000 bookings vs sorting them
 *   - the conflict sweep of a whole tour with booked travel vs the same sweep without (travel-sweep.ts, ADR 036)
 *   - single-row commits on PGlite with every commit fsynced vs PGlite's relaxed mode (durability.ts)
 *   - one small workspace's reads with 10,000 workspaces in PostgreSQL vs with 10 (tenants.ts)
 *   - the durable job queue (jobs.ts): pg-boss sends and jobs worked per second on PGlite and PostgreSQL
 *     vs a bare insert of the same rows through the same connection
 *   - set lists: a diff of two 40-entry versions vs a JSON round trip of them; an answer's SSE
 *     fan-out to 50 clients (one instance on PGlite, two on PostgreSQL) vs the POST's round trip
 * Options: --seconds N (per load run, default 5; on the hot path N interleaved rounds of one second per target), --json, --no-postgres,
 *   - the business of a show (business.ts): the public page and shows.json of an act with 500 shows and 3 offers each vs the
 *     same 500 shows without offers, and the page's JSON-LD checked against Google's event properties on all 500
 *   - Web Push (push.ts): a member's answer to the push payload received and decrypted at a local push service, p50/p95 over 200, vs the POST's round trip
 *   - the road (daysheet.ts, ADR 049): a person's day sheet over HTTP (JSON and PDF) with a 60-show tour, 3 hotels a week and
 *     2 segments a day loaded vs a bare read of the same rows; the tour book PDF of a 30-day leg (time and bytes)
 *   - Notifications (notify.ts): the daily digest for 10,000 people (time, memory) vs reading the same rows by hand; notify-flush jobs worked per second vs a bare pg-boss send
 *   --only a,b (a subset: hot, start, initialJs, feeds, conflicts, sweep, travel-sweep, setlists, durability, tenants, jobs, push, notify, lighthouse, business, daysheet).
 */
import { benchRelease } from './release-read.ts'
import { benchStart } from './start-time.ts'
import { benchInitialJs } from './initial-js.ts'
import { benchFeeds } from './feeds.ts'
import { benchConflicts, benchSweep } from './conflicts.ts'
import { benchSetlists } from './setlists.ts'
import { benchTenants } from './tenants.ts'
import { benchDurability } from './durability.ts'
import { benchLighthouse } from './lighthouse.ts'
import { benchJobs } from './jobs.ts'
import { benchTravelSweep } from './travel-sweep.ts'
import { benchBusiness } from './business.ts'
import { benchPush } from './push.ts'
import { benchDaySheet } from './daysheet.ts'
import { benchNotify } from './notify.ts'

const args = process.argv.slice(2)
const seconds = Number(args[args.indexOf('--seconds') + 1]) || 5
const json = args.includes('--json')
const withPostgres = !args.includes('--no-postgres')
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1]!.split(',')) : null
const runs = (name: string) => !only || only.has(name)
const skipped = null as never

const results = {
  releaseRead: runs('hot') ? await benchRelease({ seconds, withPostgres }) : skipped,
  start: runs('start') ? await benchStart(5, { withPostgres }) : skipped,
  initialJs: runs('initialJs') ? await benchInitialJs() : skipped,
  lighthouse: runs('lighthouse') ? await benchLighthouse() : skipped,
  feeds: runs('feeds') ? await benchFeeds() : skipped,
  conflicts: runs('conflicts') ? await benchConflicts() : skipped,
  sweep: runs('sweep') ? benchSweep() : skipped,
  travelSweep: runs('travel-sweep') ? benchTravelSweep() : skipped,
  setlists: runs('setlists') ? await benchSetlists({ withPostgres }) : skipped,
  durability: runs('durability') ? await benchDurability() : skipped,
  tenants: withPostgres && runs('tenants') ? await benchTenants({ seconds }) : null,
  jobs: runs('jobs') ? await benchJobs({ withPostgres }) : skipped,
  business: runs('business') ? await benchBusiness() : skipped,
  push: runs('push') ? await benchPush() : skipped,
  daySheet: runs('daysheet') ? await benchDaySheet() : skipped,
  notify: runs('notify') ? await benchNotify() : skipped,
}

if (json) {
  console.log(JSON.stringify(results, null, 2))
} else {
  console.log('\nGreenroom benchmarks (2-core machine; compare ratios, not absolutes)\n')
  if (results.releaseRead) {
    console.log('The hot path (autocannon, 10 connections; ratio = req/s ÷ the baseline named):')
    for (const r of results.releaseRead) {
      const ratio =
        r.ratio === null
          ? 'baseline'
          : `${r.ratio.toFixed(3)}× ${r.baseline}${r.goal !== null ? ` (goal ≥ ${r.goal.toFixed(2)}: ${r.ratio >= r.goal ? 'met' : 'NOT met'})` : ''}`
      console.log(
        `  ${r.name.padEnd(36)} ${r.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50Ms).padStart(4)} ms   p99 ${String(r.p99Ms).padStart(4)} ms   ${ratio}${r.roundRatios ? `; round by round: median ${r.roundRatios.median.toFixed(3)}, ${r.roundRatios.min.toFixed(3)}–${r.roundRatios.max.toFixed(3)}` : ''}${r.non2xx || r.errors ? `   (${r.non2xx} non-2xx, ${r.errors} errors)` : ''}`,
      )
    }
  }
  const s = results.start
  if (s)
    console.log(
      `\nStart on an existing data directory (until /api/health answers, median of ${s.runs}): ${s.greenroomMs} ms; bare Fastify: ${s.bareMs} ms (${s.ratio}; goal ≤ 2×)`,
    )
  if (s) console.log(`  bare Fastify opening the same PGlite directory first (a cost the bare start does not pay): ${s.barePgliteMs} ms (${s.pgliteRatio})`)
  if (s?.postgres)
    console.log(
      `  on PostgreSQL (DATABASE_URL): ${s.postgres.greenroomMs} ms; bare Fastify: ${s.postgres.bareMs} ms (${s.postgres.ratio}; goal ≤ 2×); bare Fastify opening a pg pool and running select 1 first: ${s.postgres.barePgMs} ms (${s.postgres.pgRatio})`,
    )
  const j = results.initialJs
  if (j) console.log(`\nWeb app initial JS: ${j.gzipKb.toFixed(1)} KB gzip (${j.rawKb.toFixed(1)} KB raw) in ${j.files} file(s)`)
  if (results.lighthouse) {
    console.log("\nLighthouse 12, mobile profile (goals: performance ≥ 90, accessibility 100); default 4× CPU slowdown, with the host's benchmarkIndex:")
    for (const p of results.lighthouse) {
      console.log(
        `  ${p.name.padEnd(12)} performance ${String(p.performance).padStart(3)}  accessibility ${String(p.accessibility).padStart(3)}  best practices ${String(p.bestPractices).padStart(3)}  SEO ${String(p.seo).padStart(3)}   FCP ${p.fcpMs} ms  LCP ${p.lcpMs} ms  TBT ${p.tbtMs} ms  CLS ${p.cls}   ${p.transferKb} KiB in ${p.requests} requests   benchmarkIndex ${p.benchmarkIndex}${p.failing.length ? `   failing: ${p.failing.join(', ')}` : ''}`,
      )
    }
    console.log('  The same pages with the CPU slowdown calibrated to this host (Lighthouse docs/throttling.md; ADR 031):')
    for (const p of results.lighthouse) {
      const c = p.calibrated
      console.log(
        `  ${p.name.padEnd(12)} performance ${String(c.performance).padStart(3)} (goal ≥ 90: ${c.performance >= 90 ? 'met' : 'NOT met'})   FCP ${c.fcpMs} ms  LCP ${c.lcpMs} ms  TBT ${c.tbtMs} ms   slowdown ${c.cpuSlowdownMultiplier}× from benchmarkIndex ${p.benchmarkIndex} (${c.benchmarkIndex} during this run)`,
      )
    }
  }
  const f = results.feeds
  if (f)
    console.log(
      `\nPublic .ics of an act with ${f.shows} shows in ${f.zones} zones: p50 ${f.icsP50Ms} ms per feed (writing alone ${f.writeOnlyP50Ms} ms), ${(f.icsBytes / 1024).toFixed(0)} KB`,
    )
  if (f) console.log(`  baseline JSON.stringify of the same shows: p50 ${f.jsonP50Ms} ms, ${(f.jsonBytes / 1024).toFixed(0)} KB (${f.ratio})`)
  const b = results.business
  if (b) {
    console.log(
      `\nPublic page of an act with ${b.shows} shows and ${b.offersPerShow} offers each: p50 ${b.pageP50Ms} ms, ${(b.pageBytes / 1024).toFixed(0)} KB; shows.json p50 ${b.jsonP50Ms} ms, ${(b.jsonBytes / 1024).toFixed(0)} KB`,
    )
    console.log(
      `  baseline, the same ${b.shows} shows without offers: page p50 ${b.pageWithoutOffersP50Ms} ms, ${(b.pageWithoutOffersBytes / 1024).toFixed(0)} KB (${(b.pageP50Ms / Math.max(b.pageWithoutOffersP50Ms, 0.01)).toFixed(2)}×); shows.json p50 ${b.jsonWithoutOffersP50Ms} ms, ${(b.jsonWithoutOffersBytes / 1024).toFixed(0)} KB (${(b.jsonP50Ms / Math.max(b.jsonWithoutOffersP50Ms, 0.01)).toFixed(2)}×)`,
    )
    console.log(`  JSON-LD: ${b.validEvents} of ${b.events} MusicEvents meet Google's required and recommended event properties; ${b.offersInJsonLd} offers`)
  }
  const c = results.conflicts
  if (c)
    console.log(
      `\nConflict check of one new booking against a person with ${c.commitments.toLocaleString('en')} commitments: p50 ${c.p50Ms} ms, p95 ${c.p95Ms} ms (${c.conflictsFound} conflicts found)`,
    )
  if (c) console.log(`  baseline, a person with ${c.baselineCommitments} commitments: p50 ${c.baselineP50Ms} ms (${c.ratio})`)
  const w = results.sweep
  if (w)
    console.log(
      `\nEvery conflict among ${w.bookings.toLocaleString('en')} bookings in one sweep: p50 ${w.p50Ms} ms, p95 ${w.p95Ms} ms (${w.conflictsFound} conflicts)`,
    )
  if (w) console.log(`  baseline, sorting the same bookings by start: p50 ${w.baselineP50Ms} ms (${w.ratio})`)
  const ts = results.travelSweep
  if (ts) {
    console.log(
      `\nConflict sweep of a whole tour (${ts.people} people, ${ts.bookings.toLocaleString('en')} bookings) with ${ts.journeys.toLocaleString('en')} booked journeys: p50 ${ts.withTravelP50Ms} ms (${ts.conflictsWith} conflicts)`,
    )
    console.log(
      `  baseline, the same sweep without travel (every trip estimated): p50 ${ts.withoutTravelP50Ms} ms (${ts.conflictsWithout} conflicts; ${ts.ratio})`,
    )
  }
  if (results.setlists) {
    const d = results.setlists.diff
    console.log('\nSet lists:')
    console.log(
      `  Diff of two ${d.entries}-entry versions (${d.found.added} added, ${d.found.removed} removed, ${d.found.moved} moved, ${d.found.sectionsChanged} section changes), ${d.runs} runs: p50 ${d.p50Us} µs, p95 ${d.p95Us} µs`,
    )
    console.log(`    baseline JSON.stringify + JSON.parse of the same two lists: p50 ${d.baselineP50Us} µs, p95 ${d.baselineP95Us} µs (${d.ratio})`)
    console.log("  An answer posted to its 'setlist.answer' SSE event at each connected client:")
    for (const r of results.setlists.fanout) {
      const split = r.instances > 1 ? `   (p50 on A ${r.perInstanceP50Ms[0]} ms, on B ${r.perInstanceP50Ms[1]} ms)` : ''
      console.log(`    ${r.name.padEnd(40)} ${r.clients} clients × ${r.answers} answers: p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms${split}`)
      console.log(`      baseline, the POST's own round trip: p50 ${r.postP50Ms} ms, p95 ${r.postP95Ms} ms (${r.ratio})`)
    }
  }
  const u = results.durability
  if (u)
    console.log(
      `\nEmbedded database, ${u.commits} single-row commits: full durability ${u.full.commitsPerSecond} commits/s (p50 ${u.full.p50Ms} ms, p99 ${u.full.p99Ms} ms, ${u.full.fsyncs} fsyncs)`,
    )
  if (u)
    console.log(
      `  baseline, relaxed (no fsync): ${u.relaxed.commitsPerSecond} commits/s (p50 ${u.relaxed.p50Ms} ms, p99 ${u.relaxed.p99Ms} ms, ${u.relaxed.fsyncs} fsyncs) (${u.ratio})`,
    )
  const t = results.tenants
  if (t) {
    console.log(
      `\nA small workspace's reads on PostgreSQL with ${t.workspaces.toLocaleString('en')} workspaces (${t.rows.toLocaleString('en')} rows, loaded in ${t.loadSeconds} s) vs with 10:`,
    )
    for (const r of t.reads) {
      console.log(
        `  ${r.name.padEnd(24)} 10: ${r.few.requestsPerSecond.toFixed(0).padStart(5)} req/s p50 ${r.few.p50Ms} ms p99 ${r.few.p99Ms} ms   10,000: ${r.many.requestsPerSecond.toFixed(0).padStart(5)} req/s p50 ${r.many.p50Ms} ms p99 ${r.many.p99Ms} ms`,
      )
      console.log(`    ratio ${r.ratio}`)
    }
  }
  if (results.jobs) {
    console.log('\nThe durable job queue (pg-boss, one by one; a handler that does nothing, one worker):')
    for (const r of results.jobs) {
      console.log(
        `  ${r.database.padEnd(9)} ${r.jobs} jobs: sent ${r.sendsPerSecond} jobs/s (${r.sendRatio}), worked ${r.workedPerSecond} jobs/s (${r.workRatio})`,
      )
      console.log(`    baseline, a bare insert of the same rows: ${r.bareInsertsPerSecond} rows/s`)
    }
  }
  if (results.notify) {
    const n = results.notify
    console.log('\nNotifications (PGlite in memory):')
    console.log(
      `  daily digest, ${n.people} people × ${n.notifications / n.people} waiting: ${n.digestSeconds} s (${n.digestPerSecond} people/s), heap +${n.heapGrowthMb} MB, RSS peak ${n.rssPeakMb} MB; the same rows read by hand ${n.baselineReadSeconds} s (${n.digestRatio})`,
    )
    console.log(
      `  queue, ${n.queueJobs} notify-flush jobs sent and worked: ${n.flushJobsPerSecond} jobs/s; bare pg-boss send ${n.bareSendsPerSecond}/s (${n.queueRatio})`,
    )
  }
  if (results.push) {
    const p = results.push
    console.log(
      "\nWeb Push (PGlite in memory, demo world; a comment by James on an open set list, pushed to its latest author's device at a local push service and mailed to them):",
    )
    console.log(`  answer to push payload received, ${p.events} events: p50 ${p.p50Ms} ms, p95 ${p.p95Ms} ms (${p.ratio})`)
    console.log(`  answer to its email accepted by a real SMTP server, ${p.events} events: p50 ${p.mailP50Ms} ms, p95 ${p.mailP95Ms} ms (${p.mailRatio})`)
    console.log(`    baseline, the answer's POST round trip: p50 ${p.postP50Ms} ms, p95 ${p.postP95Ms} ms`)
  }
  if (results.daySheet) {
    const d = results.daySheet
    console.log(`\nThe road (PGlite in memory; ${d.shows} show days, ${d.stays} hotel stays, ${d.segments} travel segments; p50 per request):`)
    console.log(`  a person's day sheet over HTTP: ${d.sheetP50Ms} ms (${d.ratio}); as a PDF: ${d.sheetPdfP50Ms} ms, ${d.sheetPdfBytes} bytes`)
    console.log(`    baseline, a bare read of the same rows (day, lines, the night's stays, the day's journeys): ${d.bareReadP50Ms} ms`)
    console.log(`  the tour book PDF of a ${d.bookDays}-day leg: ${d.bookP50Ms} ms, ${d.bookBytes} bytes, ${d.bookPages} pages`)
  }
}
process.exit(0)
