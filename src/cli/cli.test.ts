import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import pg from 'pg'
import { PG_ADMIN_URL, testDbKind } from '../test/test-database.ts'
import { runGreenroom } from '../test/cli-process.ts'

const ROOT = new URL('../..', import.meta.url).pathname

/** Runs the real `greenroom` command in a child process with its own data directory. */
const greenroom = runGreenroom

const dir = () => mkdtempSync(join(tmpdir(), 'greenroom-cli-'))

/** Where the import goes: another PGlite directory, or (in the PostgreSQL tier) an empty PostgreSQL database. */
async function importTarget(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (testDbKind() !== 'postgres') return { env: { GREENROOM_DATA_DIR: dir() }, drop: async () => {} }
  const name = `greenroom_cli_${Date.now()}`
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  return {
    env: { DATABASE_URL: PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`) },
    async drop() {
      const a = new pg.Client({ connectionString: PG_ADMIN_URL })
      await a.connect()
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await a.end()
    },
  }
}

describe('the greenroom command', () => {
  it('has --help for every command', async () => {
    for (const args of [[], ['serve'], ['migrate'], ['demo'], ['export', 'workspace'], ['import', 'workspace']]) {
      const res = await greenroom([...args, '--help'], {})
      expect(res.code, args.join(' ')).toBe(0)
      expect(res.stdout).toMatch(/Usage: greenroom/)
    }
  })

  // Five CLI processes, each opening a database: the limit only guards a hang (at load 18 this took over 120 s).
  it('loads the demo, exports it, and imports it into another empty database with the same data', async () => {
    const a = dir()
    const target = await importTarget()
    const b = target.env
    const loaded = await greenroom(['demo', '--json'], { GREENROOM_DATA_DIR: a })
    expect(loaded.code, loaded.stderr).toBe(0)
    expect(JSON.parse(loaded.stdout).workspaceSlug).toBe('demo')
    const file = join(a, 'demo-export.json')
    expect((await greenroom(['export', 'workspace', 'demo', '--out', file], { GREENROOM_DATA_DIR: a })).code).toBe(0)
    const imported = await greenroom(['import', 'workspace', file, '--json'], b)
    expect(imported.code, imported.stderr).toBe(0)
    expect(JSON.parse(imported.stdout).rows.tracks).toBe(readJson(file).tables.tracks.length)
    const again = await greenroom(['export', 'workspace', 'demo'], b)
    const first = readJson(file)
    const second = JSON.parse(again.stdout)
    expect({ ...second, exportedAt: null }).toEqual({ ...first, exportedAt: null })
    const refused = await greenroom(['import', 'workspace', file], b)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/greenroom: /)
    await target.drop()
  }, 300_000)

  it('prints the schema version as JSON and refuses a file that is not JSON', async () => {
    const d = dir()
    const migrated = await greenroom(['migrate', '--json'], { GREENROOM_DATA_DIR: d })
    expect(JSON.parse(migrated.stdout)).toMatchObject({ database: 'pglite', schemaVersion: expect.any(Number) })
    const bad = await greenroom(['import', 'workspace', join(ROOT, 'README.md')], { GREENROOM_DATA_DIR: d })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/not a readable JSON file/)
  }, 60_000)
})

describe('the data directory lock', () => {
  it('refuses a second process on a served data directory, naming the holder, and writes nothing', async () => {
    const d = dir()
    const port = String(3600 + Math.floor(Math.random() * 300))
    const server = spawn('node', ['bin/greenroom.mjs', 'serve'], {
      cwd: ROOT,
      env: { ...process.env, GREENROOM_DATA_DIR: d, PORT: port, LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    })
    try {
      for (
        let i = 0;
        i < 300 &&
        !(await fetch(`http://127.0.0.1:${port}/api/health`).then(
          (r) => r.ok,
          () => false,
        ));
        i++
      )
        await new Promise((r) => setTimeout(r, 100))
      const before = listTree(d)
      const second = await greenroom(['demo'], { GREENROOM_DATA_DIR: d })
      expect(second.code).toBe(75)
      expect(second.stderr).toContain(`in use by process ${server.pid}`)
      expect(listTree(d)).toEqual(before)
    } finally {
      server.kill('SIGTERM')
      await new Promise((r) => server.once('exit', r))
    }
  }, 90_000)
})

/** Every file under a directory with its size and modification time, to prove nothing was written. */
function listTree(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== 'greenroom.lock')
    .map((e) => {
      const p = join(e.parentPath, e.name)
      const st = statSync(p)
      return `${p}:${st.size}:${st.mtimeMs}`
    })
    .sort()
}

function readJson(file: string) {
  return JSON.parse(readFileSync(file, 'utf8'))
}
