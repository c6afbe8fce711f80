/**
 * Which page of the web app an address opens, for the pages whose first answers are asked before the page's
 * own code runs: the server names them in the page's head (http/route-preload.ts) and the app's entry asks
 * for them (web/src/api/page-prefetch.ts). One reading of the address for both, so the two cannot drift
 * (ADR 055). Pure: no I/O, no zod; the web app bundles it.
 */
export type OpenedPage =
  | { page: 'sign-in' }
  | { page: 'home'; workspace: string }
  | { page: 'set lists'; workspace: string }
  | { page: 'a proposal'; workspace: string; id: string }
  | { page: 'a show'; workspace: string; id: string }
  /** Any other page in a workspace (a form, the songs, the settings, an address whose id cannot be read). */
  | { page: 'in a workspace'; workspace: string }
  | { page: 'other' }

/** The workspace of a /w/<slug> address, as the app's routes read it. */
export function workspaceAt(path: string): string | undefined {
  return /^\/w\/([a-z0-9-]+)(\/|$)/.exec(path)?.[1]
}

/** An address's id segment decoded, or null when it is not valid percent-encoding (the app cannot read it either). */
function decodedId(raw: string): string | null {
  try {
    return decodeURIComponent(raw)
  } catch {
    return null
  }
}

/** The page `path` opens (a pathname: no query, no fragment). */
export function pageAt(path: string): OpenedPage {
  if (/^\/login\/?$/.test(path)) return { page: 'sign-in' }
  const workspace = workspaceAt(path)
  if (workspace === undefined) return { page: 'other' }
  const rest = path.slice(`/w/${workspace}`.length)
  if (/^\/?$/.test(rest)) return { page: 'home', workspace }
  if (/^\/setlists\/?$/.test(rest)) return { page: 'set lists', workspace }
  // `new` is another page (a form) in both areas
  const item = /^\/(setlists|shows)\/(?!new\/?$)([^/]+)\/?$/.exec(rest)
  const id = item ? decodedId(item[2]!) : null
  if (item && id !== null) return item[1] === 'setlists' ? { page: 'a proposal', workspace, id } : { page: 'a show', workspace, id }
  return { page: 'in a workspace', workspace }
}
