import { queryString, request } from './request.ts'

export type ListParams = Record<string, string | undefined>

/** Typed calls and query keys for one collection of a workspace, e.g. `works` or `people`. */
export interface WorkspaceResource<TRecord, TListEntry, TBody, TUpdateBody> {
  collection: string
  keys: {
    all: (ws: string) => readonly unknown[]
    list: (ws: string, params?: ListParams) => readonly unknown[]
    one: (ws: string, id: string) => readonly unknown[]
  }
  list: (ws: string, params?: ListParams) => Promise<TListEntry[]>
  get: (ws: string, id: string) => Promise<TRecord>
  create: (ws: string, body: TBody) => Promise<TRecord>
  update: (ws: string, id: string, body: TUpdateBody) => Promise<TRecord>
  remove: (ws: string, id: string) => Promise<void>
}

/** Every query of a workspace starts with this key, so one invalidation refreshes it all. */
export function workspaceKey(ws: string): readonly unknown[] {
  return ['ws', ws]
}

export function workspacePath(ws: string, rest = ''): string {
  return `/api/workspaces/${encodeURIComponent(ws)}${rest}`
}

export function workspaceResource<TRecord, TListEntry, TBody, TUpdateBody>(collection: string): WorkspaceResource<TRecord, TListEntry, TBody, TUpdateBody> {
  const base = (ws: string) => workspacePath(ws, `/${collection}`)
  const one = (ws: string, id: string) => `${base(ws)}/${encodeURIComponent(id)}`
  return {
    collection,
    keys: {
      all: (ws) => [...workspaceKey(ws), collection],
      list: (ws, params = {}) => [...workspaceKey(ws), collection, 'list', params],
      one: (ws, id) => [...workspaceKey(ws), collection, 'one', id],
    },
    list: (ws, params) => request('GET', `${base(ws)}${queryString(params)}`),
    get: (ws, id) => request('GET', one(ws, id)),
    create: (ws, body) => request('POST', base(ws), body),
    update: (ws, id, body) => request('PUT', one(ws, id), body),
    remove: (ws, id) => request('DELETE', one(ws, id)),
  }
}
