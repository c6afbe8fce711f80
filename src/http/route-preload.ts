import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pageAt, type OpenedPage } from '../contract/page-addresses.ts'

/** One entry of Vite's build manifest (web/dist/.vite/manifest.json, `build.manifest`). */
interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  css?: string[]
}
type Manifest = Record<string, ManifestChunk>

/**
 * The pages a phone opens first and the module web/src/router.tsx loads for each (its `import()`,
 * named as the manifest names it: relative to web/). Which page an address opens: contract/page-addresses.ts.
 */
export const PRELOADED_PAGES: { page: OpenedPage['page']; module: string }[] = [
  { page: 'sign-in', module: 'src/features/auth/login-page.tsx' },
  { page: 'home', module: 'src/features/dashboard/dashboard-page.tsx' },
  { page: 'set lists', module: 'src/features/setlists/proposals-list-entry.ts' },
  { page: 'a proposal', module: 'src/features/setlists/proposal-entry.ts' },
  { page: 'a show', module: 'src/features/shows/show-detail-entry.ts' },
]

/** A manifest chunk and every chunk it imports statically (what the browser fetches before it runs). */
function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key) || !manifest[key]) return into
  into.add(key)
  for (const imported of manifest[key].imports ?? []) closure(manifest, imported, into)
  return into
}

/**
 * The files of a page's module the entry does not already bring: its chunk and the chunks it
 * imports (modulepreload), and their CSS (preload). Only files present in `dist`, so a link never
 * names a file the server would answer 404 for.
 */
export function pagePreloads(manifest: Manifest, module: string, dist: string): { scripts: string[]; styles: string[] } {
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)
  const loaded = entry ? closure(manifest, entry) : new Set<string>()
  const page = [...closure(manifest, module)].filter((key) => !loaded.has(key))
  const loadedCss = new Set([...loaded].flatMap((key) => manifest[key]!.css ?? []))
  const present = (file: string) => existsSync(join(dist, file))
  return {
    scripts: page.map((key) => manifest[key]!.file).filter(present),
    styles: [...new Set(page.flatMap((key) => manifest[key]!.css ?? []))].filter((file) => !loadedCss.has(file) && present(file)),
  }
}

/** The page's chunks as `<link>`s for its head. */
function fileLinks(preloads: { scripts: string[]; styles: string[] }): string[] {
  return [
    ...preloads.scripts.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
    ...preloads.styles.map((file) => `<link rel="preload" as="style" crossorigin href="/${file}">`),
  ]
}

/**
 * The API answers the web app asks for first at `path`, written as the app writes them: who is signed in
 * (every page) and the workspace of a /w/<slug> address (web/src/main.tsx), the first answer of home, a
 * proposal and a show (web/src/api/page-prefetch.ts), the list of the set lists (its page's own query).
 * Named in the page's head, they travel with the entry instead of after it has downloaded and run, and the
 * app's own calls take the browser's answers (a `fetch` preload is reused by a same-origin GET of the same
 * address). Only what the first screen waits for: home's lower part (the acts, the holds ending soon) is
 * still asked by the entry. route-preload.test.ts holds these addresses to the app's (ADR 055).
 */
export function dataPreloads(path: string): string[] {
  const page = pageAt(path)
  if (page.page === 'sign-in' || page.page === 'other') return ['/api/me']
  const ws = `/api/workspaces/${page.workspace}`
  return ['/api/me', ws, ...pageAnswer(ws, page)]
}

/** The opened page's own first answer (an id written as the app writes it: encoded). */
function pageAnswer(ws: string, page: OpenedPage): string[] {
  switch (page.page) {
    case 'home':
      return [`${ws}/home`]
    case 'set lists':
      return [`${ws}/setlists/proposals`]
    case 'a proposal':
      return [`${ws}/setlists/proposals/${encodeURIComponent(page.id)}`]
    case 'a show':
      return [`${ws}/shows/${encodeURIComponent(page.id)}/page`]
    default:
      return []
  }
}

/** `fetch` preloads of API answers (same origin, with the session cookie: `crossorigin` is the app's `same-origin`). */
function dataLinks(paths: string[]): string[] {
  return paths.map((path) => `<link rel="preload" as="fetch" crossorigin href="${path}">`)
}

/** index.html with these links last in its head. */
function withLinks(html: string, links: string[]): string {
  return links.length === 0 ? html : html.replace('</head>', `${links.join('\n    ')}\n  </head>`)
}

/**
 * The page to answer for an address: index.html, with a preload of the API answers the app asks for
 * first there (dataPreloads) and, when it is one of PRELOADED_PAGES, a modulepreload of the opened page's
 * chunks, so they travel while the entry downloads instead of after the entry ran and the router matched
 * (ADR 052, amended; ADR 055). Read from the build's manifest and index.html, and read again when either
 * changes: the web app is served from disk, so a rebuild takes effect without a restart, and a stale list
 * would name chunks that are gone. Null without a manifest.
 */
export function routePreloader(dist: string): (path: string) => string | null {
  const manifestPath = join(dist, '.vite', 'manifest.json')
  const indexPath = join(dist, 'index.html')
  let built: { stamp: string; html: string; pages: Map<string, string[]> } | null = null
  const stampOf = () => {
    try {
      return `${statSync(manifestPath).mtimeMs}:${statSync(indexPath).mtimeMs}`
    } catch {
      return null
    }
  }
  return (path) => {
    const stamp = stampOf()
    if (stamp === null) return null
    if (built?.stamp !== stamp) {
      try {
        const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest
        const html = readFileSync(indexPath, 'utf8')
        built = { stamp, html, pages: new Map(PRELOADED_PAGES.map((p) => [p.module, fileLinks(pagePreloads(manifest, p.module, dist))])) }
      } catch {
        return null // mid-rebuild: the plain index.html
      }
    }
    const opened = pageAt(path).page
    const page = PRELOADED_PAGES.find((p) => p.page === opened)
    // the answers first: they wait on the server, the files do not
    return withLinks(built.html, [...dataLinks(dataPreloads(path)), ...(page ? (built.pages.get(page.module) ?? []) : [])])
  }
}
