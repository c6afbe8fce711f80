import { fsyncSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { NodeFS } from '@electric-sql/pglite/nodefs'

/**
 * What the embedded database promises about a write it has acknowledged (docs/decisions/016).
 * - `full`: every commit reaches the disk (fsync of the write-ahead log) before it is acknowledged;
 *   it survives a killed process and a power cut.
 * - `relaxed`: PGlite's own default: writes reach the operating system at once but are never
 *   fsynced; they survive a killed process, not a power cut or a kernel crash.
 */
export type PgliteDurability = 'full' | 'relaxed'

/**
 * PGlite starts PostgreSQL with `-F` (fsync off), and the Emscripten file system it runs on in
 * Node (NODEFS) has no fsync: PostgreSQL's fsync calls do nothing. `full` durability turns
 * PostgreSQL's fsync back on, has it sync the log with plain fsync (Emscripten's fdatasync is a
 * no-op), and gives NODEFS an fsync that calls the host's.
 */
class DurableNodeFS extends NodeFS {
  constructor(
    dataDir: string,
    private readonly onSync?: (path: string) => void,
  ) {
    super(dataDir)
  }

  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const result = await super.init(pg, opts)
    const onSync = this.onSync
    type Stream = { nfd?: number; node: unknown }
    type Module = { NODEFS: { stream_ops: { fsync?: (s: Stream) => number }; realPath(node: unknown): string } }
    const preRun = result.emscriptenOpts.preRun ?? []
    result.emscriptenOpts.preRun = [
      ...preRun,
      (module: Module) => {
        module.NODEFS.stream_ops.fsync = (stream) => {
          if (stream.nfd !== undefined) fsyncSync(stream.nfd)
          onSync?.(module.NODEFS.realPath(stream.node))
          return 0
        }
      },
    ]
    return result
  }
}

const defaultStartParams = (PGlite as unknown as { defaultStartParams: string[] }).defaultStartParams

/** Opens a PGlite database on a directory with the chosen durability. */
export function openPgliteDir(dir: string, durability: PgliteDurability, onSync?: (path: string) => void): PGlite {
  if (durability === 'relaxed') return new PGlite(dir)
  if (!Array.isArray(defaultStartParams) || !defaultStartParams.includes('-F')) {
    throw new Error('PGlite start parameters changed: check durability (src/db/pglite-durable-fs.ts)')
  }
  return new PGlite({
    fs: new DurableNodeFS(dir, onSync),
    startParams: [...defaultStartParams.filter((p) => p !== '-F'), '-c', 'fsync=on', '-c', 'wal_sync_method=fsync'],
  })
}
