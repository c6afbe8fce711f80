import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { createDb } from './client.ts'

const ROOT = new URL('../..', import.meta.url).pathname

/** Runs the crash writer until it has acknowledged `atLeast` commits, then kills it with SIGKILL. */
async function writeThenKill(dir: string, atLeast: number): Promise<number> {
  const child = spawn('node', ['--import', 'tsx/esm', 'src/test/crash-writer.ts', dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let acked = 0
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  await new Promise<void>((resolve, reject) => {
    let buffered = ''
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        const m = /^ack (\d+)$/.exec(line)
        if (m) acked = Number(m[1])
      }
      if (acked >= atLeast && child.exitCode === null) {
        child.kill('SIGKILL')
      }
    })
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited ${code}: ${stderr}`))))
  })
  return acked
}

// Each case starts PGlite on new directories (initdb): seconds on an idle machine, more under load.
describe('the embedded database after a crash', () => {
  it('keeps every acknowledged commit, and the next start takes the dead process’s lock at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'greenroom-crash-'))
    const acked = await writeThenKill(dir, 50)
    expect(acked).toBeGreaterThanOrEqual(50)
    // The killed writer's lock is fresh (refreshed every 2 s) and names a dead process on this host:
    // opening must not wait for it to go stale, and must not be refused.
    const database = await createDb({ kind: 'pglite', dataDir: dir })
    try {
      const result = (await database.db.execute(sql`SELECT count(*)::int AS n, max(n) AS top FROM acked`)) as unknown as { rows: { n: number; top: number }[] }
      const rows = result.rows
      expect(rows[0]!.n).toBe(rows[0]!.top)
      expect(rows[0]!.n).toBeGreaterThanOrEqual(acked)
    } finally {
      await database.close()
    }
  }, 180_000)

  it('fsyncs the write-ahead log on every commit (full durability), and never in relaxed mode', async () => {
    const count = async (durability: 'full' | 'relaxed') => {
      const synced: string[] = []
      const database = await createDb({ kind: 'pglite', dataDir: mkdtempSync(join(tmpdir(), 'greenroom-sync-')), durability, onSync: (p) => synced.push(p) })
      try {
        await database.exec('CREATE TABLE t (n integer)')
        synced.length = 0
        for (let n = 0; n < 20; n++) await database.db.execute(sql`INSERT INTO t VALUES (${n})`)
        return synced.filter((p) => p.includes('pg_wal')).length
      } finally {
        await database.close()
      }
    }
    expect(await count('full')).toBeGreaterThanOrEqual(20)
    expect(await count('relaxed')).toBe(0)
  }, 180_000)
})
