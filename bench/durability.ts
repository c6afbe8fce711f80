/**
 * What full durability costs the embedded database: single-row commits per second on PGlite with
 * every commit fsynced (`full`, the default) beside PGlite's own relaxed mode (no fsync) in the
 * same run, on the same disk (docs/decisions/016).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { createDb } from '../src/db/client.ts'

export interface DurabilityBench {
  commits: number
  full: { commitsPerSecond: number; p50Ms: number; p99Ms: number; fsyncs: number }
  relaxed: { commitsPerSecond: number; p50Ms: number; p99Ms: number; fsyncs: number }
  ratio: string
}

async function run(durability: 'full' | 'relaxed', commits: number) {
  const dir = mkdtempSync(join(tmpdir(), 'greenroom-bench-durability-'))
  let fsyncs = 0
  const database = await createDb({ kind: 'pglite', dataDir: dir, durability, onSync: () => fsyncs++ })
  try {
    await database.exec('CREATE TABLE bench (n integer PRIMARY KEY, note text)')
    fsyncs = 0
    const times: number[] = []
    const started = performance.now()
    for (let n = 0; n < commits; n++) {
      const t0 = performance.now()
      await database.db.execute(sql`INSERT INTO bench VALUES (${n}, 'a row')`)
      times.push(performance.now() - t0)
    }
    const seconds = (performance.now() - started) / 1000
    times.sort((a, b) => a - b)
    const at = (q: number) => Number(times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2))
    return { commitsPerSecond: Math.round(commits / seconds), p50Ms: at(0.5), p99Ms: at(0.99), fsyncs }
  } finally {
    await database.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function benchDurability(commits = 500): Promise<DurabilityBench> {
  const relaxed = await run('relaxed', commits)
  const full = await run('full', commits)
  return { commits, full, relaxed, ratio: `${(full.commitsPerSecond / relaxed.commitsPerSecond).toFixed(2)}× relaxed's commit rate` }
}
