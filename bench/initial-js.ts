import { existsSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DIST = join(ROOT, 'web/dist')

/** The JavaScript a first visit downloads: index.html's module script and its modulepreloads. */
export async function benchInitialJs() {
  execFileSync('node', ['scripts/ensure-web-built.mjs'], { cwd: ROOT, stdio: 'ignore' })
  const html = readFileSync(join(DIST, 'index.html'), 'utf8')
  const srcs = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]!)
  let raw = 0
  let gzip = 0
  for (const src of new Set(srcs)) {
    const file = join(DIST, src.replace(/^\//, ''))
    if (!existsSync(file)) continue
    const bytes = readFileSync(file)
    raw += bytes.length
    gzip += gzipSync(bytes, { level: 9 }).length
  }
  return { files: new Set(srcs).size, rawKb: raw / 1024, gzipKb: gzip / 1024 }
}
