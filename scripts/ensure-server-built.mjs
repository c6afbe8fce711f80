// Compiles the server (src/, without tests) to dist/ with tsc when dist/ is missing or older than
// its sources, so `npm start` and the `greenroom` bin run plain JavaScript with no transpiler in
// the process, and later starts stay fast. Run directly, or import { ensureServerBuilt }.
import { cpSync, existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const stamp = join(root, 'dist/.built')

function newest(dir) {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) t = Math.max(t, newest(p))
    else if (!e.name.endsWith('.test.ts')) t = Math.max(t, statSync(p).mtimeMs)
  }
  return t
}

/** True when dist/ holds a build at least as new as every source file it is made from. */
export function serverBuildIsFresh() {
  if (!existsSync(stamp)) return false
  const built = statSync(stamp).mtimeMs
  return built >= Math.max(newest(join(root, 'src')), statSync(join(root, 'tsconfig.build.json')).mtimeMs, statSync(join(root, 'tsconfig.json')).mtimeMs)
}

export function ensureServerBuilt({ quiet = false } = {}) {
  if (serverBuildIsFresh()) return
  if (!quiet) console.error('Compiling the server to dist/ (once; later starts reuse it)…')
  rmSync(stamp, { force: true })
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' })
  // Files the compiled code reads beside itself: the SQL migrations and the planner worker's entry.
  rmSync(join(root, 'dist/db/migrations'), { recursive: true, force: true })
  cpSync(join(root, 'src/db/migrations'), join(root, 'dist/db/migrations'), { recursive: true })
  writeFileSync(stamp, new Date().toISOString())
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) ensureServerBuilt()
