// Bundles the server (src/ and most of its packages) into dist/server/ with esbuild when it is
// missing or older than its sources, so `npm start` and the `greenroom` bin run plain JavaScript with
// no transpiler in the process, and a start loads a few files instead of ~1,300 modules (ADR 052).
// Run directly, or import { ensureServerBuilt }.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = join(root, 'dist/server')
const stamp = join(out, '.built')

/**
 * Packages left out of the bundle and loaded from node_modules: those that find files beside their
 * own code (PGlite's WASM and data, the fonts and harfbuzz), a native addon, and pdf-lib, which is
 * only loaded when a PDF is made. (@fastify/swagger and @fastify/swagger-ui are bundled, their
 * `__dirname` pointed at their folder in node_modules: see `located` below, ADR 059.)
 */
const EXTERNAL = [
  '@electric-sql/pglite',
  '@electric-sql/pglite/*',
  '@node-rs/argon2',
  'subset-font',
  'pdf-lib',
  '@pdf-lib/fontkit',
  'dejavu-fonts-ttf',
  '@expo-google-fonts/*',
  'pg-native',
]

/**
 * Packages a start would evaluate (and V8 parse) although only a rare path uses them: required by a
 * bundled package at its top, used in one function. The importer gets a stand-in that requires the
 * real package from node_modules on first call (ADR 059). Keyed by package, with the importing
 * package and the stand-in's source; the stand-in offers exactly what the importer uses.
 */
const LAZY = {
  // pg-boss's timekeeper: cron schedules only (none are declared); cron-parser brings luxon (~300 KB)
  'cron-parser': {
    importer: 'pg-boss',
    stub: "let real; module.exports = { parseExpression: (...a) => (real ??= require('cron-parser')).parseExpression(...a) }",
  },
  // @fastify/static: only with `wildcard: false` (neither the web app nor Swagger UI sets it)
  glob: { importer: '@fastify/static', stub: "module.exports = { glob: (...a) => require('glob').glob(...a) }" },
  // @fastify/swagger: the document as YAML (/api/docs/yaml) or a static spec file, neither asked at start (~280 KB)
  yaml: {
    importer: '@fastify/swagger',
    stub: "module.exports = { stringify: (...a) => require('yaml').stringify(...a), parse: (...a) => require('yaml').parse(...a) }",
  },
  // @fastify/rate-limit: an IPv6 client's subnet, computed on its first request (~95 KB)
  'ip-address': {
    importer: '@fastify/rate-limit',
    stub: "module.exports = { Address6: function Address6(...a) { return new (require('ip-address').Address6)(...a) } }",
  },
}

/** Bundled packages that read files beside their own code through `__dirname`, which an ES module bundle does not define. */
const LOCATED = ['@fastify/swagger', '@fastify/swagger-ui']

/** The esbuild plugin for LAZY and LOCATED. */
const startPlugin = {
  name: 'greenroom-start',
  setup(build) {
    const lazyNames = new RegExp(`^(${Object.keys(LAZY).join('|')})$`)
    build.onResolve({ filter: lazyNames }, (args) => {
      if (args.namespace === 'lazy') return { path: args.path, external: true }
      if (!args.importer.includes(`/node_modules/${LAZY[args.path].importer}/`)) return undefined
      return { path: args.path, namespace: 'lazy' }
    })
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: LAZY[args.path].stub, loader: 'js' }))
    const located = new RegExp(`/node_modules/(${LOCATED.join('|')})/.*\\.js$`)
    build.onLoad({ filter: located }, (args) => {
      const contents = readFileSync(args.path, 'utf8')
      if (!contents.includes('__dirname')) return undefined
      const pkg = args.path.match(located)[1]
      const inPackage = relative(join(root, 'node_modules', pkg), dirname(args.path))
      // the package's folder where node_modules holds it at run time (the bundle's require resolves from dist/server)
      const dir = `require('node:path').join(require('node:path').dirname(require.resolve(${JSON.stringify(`${pkg}/package.json`)})), ${JSON.stringify(inPackage)})`
      return { contents: `var __dirname = ${dir};\n${contents}`, loader: 'js' }
    })
  },
}

function newest(dir) {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) t = Math.max(t, newest(p))
    else if (!e.name.endsWith('.test.ts')) t = Math.max(t, statSync(p).mtimeMs)
  }
  return t
}

/** True when dist/server holds a build at least as new as every file it is made from (the sources, the packages' lock, this script). */
export function serverBuildIsFresh() {
  if (!existsSync(stamp)) return false
  const built = statSync(stamp).mtimeMs
  const inputs = [join(root, 'package-lock.json'), join(root, 'tsconfig.json'), fileURLToPath(import.meta.url)].filter(existsSync)
  return built >= Math.max(newest(join(root, 'src')), ...inputs.map((f) => statSync(f).mtimeMs))
}

export async function ensureServerBuilt({ quiet = false } = {}) {
  if (serverBuildIsFresh()) return
  if (!quiet) console.error('Bundling the server to dist/server/ (once; later starts reuse it)…')
  const { build } = await import('esbuild')
  const result = await build({
    absWorkingDir: root,
    // The CLI (which serves) and the planner's worker thread; what only some requests need (PDFs,
    // mail, push, the demo world, importers) is imported on first use and lands in chunks of its own.
    entryPoints: { main: 'src/cli/entry.ts', worker: 'src/planner/worker.ts' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    tsconfig: join(root, 'tsconfig.json'),
    outdir: out,
    // Every file in one folder two levels below the root, as src/<dir>/x.ts was: the paths computed
    // from import.meta.url (../../web/dist, ./migrations, ./worker.js) hold in every chunk.
    chunkNames: '[name]-[hash]',
    external: EXTERNAL,
    plugins: [startPlugin],
    // Whitespace and syntax only: identifiers keep their names (Fastify reads plugin function names,
    // errors their class names). A third less for V8 to scan and compile at every start (ADR 059).
    minifyWhitespace: true,
    minifySyntax: true,
    // Bundled CommonJS packages call require() for Node's own modules.
    banner: { js: "import { createRequire as __greenroomRequire } from 'node:module'; const require = __greenroomRequire(import.meta.url);" },
    sourcemap: 'linked',
    logLevel: quiet ? 'error' : 'warning',
    write: false,
  })
  // Written file by file, each to a temporary name then renamed: a process starting meanwhile (tests
  // start several at once, a server may be running) reads either the old file or the new, never half
  // of one. Chunks are named by their content, so an old main.js never loads a new chunk of the same name.
  mkdirSync(out, { recursive: true })
  const written = new Set()
  // The chunks first, the entries (main.js, worker.js) last: a new entry never names a chunk not yet written.
  const entriesLast = [...result.outputFiles].sort((a, b) => Number(!basename(a.path).startsWith('chunk-')) - Number(!basename(b.path).startsWith('chunk-')))
  for (const file of entriesLast) {
    mkdirSync(dirname(file.path), { recursive: true })
    const temporary = `${file.path}.${process.pid}.tmp`
    writeFileSync(temporary, file.contents)
    renameSync(temporary, file.path)
    written.add(basename(file.path))
  }
  // Chunks of earlier builds, once nothing started from them can still be running.
  const dayAgo = Date.now() - 24 * 3600_000
  for (const e of readdirSync(out, { withFileTypes: true })) {
    if (e.isFile() && e.name !== '.built' && !written.has(e.name) && statSync(join(out, e.name)).mtimeMs < dayAgo) rmSync(join(out, e.name))
  }
  // Read beside the compiled code: the SQL migrations (db/migrate.ts's ./migrations).
  cpSync(join(root, 'src/db/migrations'), join(out, 'migrations'), { recursive: true })
  writeFileSync(stamp, new Date().toISOString())
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await ensureServerBuilt()
