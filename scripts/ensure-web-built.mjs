// Builds the web app when web/dist is missing or older than its sources, so `npm start` on a
// fresh clone serves a working UI and later starts stay fast.
import { existsSync, statSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'

const root = new URL('..', import.meta.url).pathname
const built = join(root, 'web/dist/index.html')

function newest(dir) {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

const sources = Math.max(
  newest(join(root, 'web/src')),
  newest(join(root, 'web/public')),
  newest(join(root, 'src/contract')),
  statSync(join(root, 'web/index.html')).mtimeMs,
  statSync(join(root, 'vite.config.ts')).mtimeMs,
)
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log('Building the web app (once; later starts reuse web/dist)…')
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
}
