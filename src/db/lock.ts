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
  let release: () => Promise<void>
  try {
    // `stale` lets a crashed holder's lock be taken over after 10 s without updates.
    release = await lockfile.lock(dir, { lockfilePath: join(dir, 'greenroom.lock'), stale: 10_000, update: 2_000, realpath: false })
  } catch (err) {
    if ((err as { code?: string }).code !== 'ELOCKED') throw err
    throw new DomainError('locked', `The data directory ${dir} is in use by ${describeHolder(dir)}. Stop that process, or point GREENROOM_DATA_DIR elsewhere.`, { dir })
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

function describeHolder(dir: string): string {
  try {
    const h = JSON.parse(readFileSync(join(dir, HOLDER_FILE), 'utf8')) as Holder
    return `process ${h.pid} on ${h.host} (${h.command}, since ${h.since})`
  } catch {
    return 'another process'
  }
}
