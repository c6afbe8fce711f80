import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import lockfile from 'proper-lockfile'
import { DomainError } from '../domain/errors.ts'

/**
 * PGlite has no cross-process lock: two processes on one data directory lose writes silently.
 * The process that opens the directory holds this lock until it closes; a second opener gets a
 * clear error naming the holder and touches nothing.
 */
export interface DataDirLock {
  release(): Promise<void>
}

interface Holder {
  pid: number
  host: string
  command: string
  since: string
}

const HOLDER_FILE = 'greenroom.holder.json'

export async function lockDataDir(dir: string): Promise<DataDirLock> {
  mkdirSync(dir, { recursive: true })
  const lockfilePath = join(dir, 'greenroom.lock')
  // `stale` lets a crashed holder's lock be taken over after 10 s without updates, wherever it ran.
  const take = () => lockfile.lock(dir, { lockfilePath, stale: 10_000, update: 2_000, realpath: false })
  let release: () => Promise<void>
  try {
    release = await take()
  } catch (err) {
    if ((err as { code?: string }).code !== 'ELOCKED') throw err
    // A holder on this host whose process no longer exists crashed: its lock is taken at once.
    const holder = readHolder(dir)
    if (!holder || holder.host !== hostname() || processExists(holder.pid)) {
      throw new DomainError(
        'locked',
        `The data directory ${dir} is in use by ${describeHolder(dir)}. Stop that process, or point GREENROOM_DATA_DIR elsewhere.`,
        { dir },
      )
    }
    rmSync(lockfilePath, { recursive: true, force: true })
    release = await take()
  }
  const holder: Holder = { pid: process.pid, host: hostname(), command: process.argv.slice(1).join(' '), since: new Date().toISOString() }
  writeFileSync(join(dir, HOLDER_FILE), JSON.stringify(holder))
  return {
    async release() {
      rmSync(join(dir, HOLDER_FILE), { force: true })
      await release()
    },
  }
}

function readHolder(dir: string): Holder | null {
  try {
    const h = JSON.parse(readFileSync(join(dir, HOLDER_FILE), 'utf8')) as Holder
    return typeof h.pid === 'number' && typeof h.host === 'string' ? h : null
  } catch {
    return null
  }
}

/** Signal 0 asks whether the process exists; EPERM means it exists but belongs to someone else. */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM'
  }
}

function describeHolder(dir: string): string {
  const h = readHolder(dir)
  return h ? `process ${h.pid} on ${h.host} (${h.command}, since ${h.since})` : 'another process'
}
