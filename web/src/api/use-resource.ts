import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ListParams, WorkspaceResource } from './workspace-resource.ts'

type Listable<TListEntry> = Pick<WorkspaceResource<unknown, TListEntry, never, never>, 'keys' | 'list'>
type Gettable<TRecord> = Pick<WorkspaceResource<TRecord, unknown, never, never>, 'keys' | 'get'>
type Removable = Pick<WorkspaceResource<unknown, unknown, never, never>, 'remove'>

/** A collection of the workspace, filtered by `params`; keeps the last answer on screen while a new search loads. */
export function useResourceList<TListEntry>(resource: Listable<TListEntry>, ws: string, params: ListParams = {}) {
  return useQuery({
    queryKey: resource.keys.list(ws, params),
    queryFn: () => resource.list(ws, params),
    placeholderData: keepPreviousData,
  })
}

export function useResourceRecord<TRecord>(resource: Gettable<TRecord>, ws: string, id: string) {
  return useQuery({ queryKey: resource.keys.one(ws, id), queryFn: () => resource.get(ws, id) })
}

/** Deletes one record, then refreshes everything of the workspace (lists, counts, cross-links). */
export function useRemove(resource: Removable, ws: string) {
  const queryClient = useQueryClient()
  return async (id: string) => {
    await resource.remove(ws, id)
    queryClient.removeQueries({ predicate: (query) => query.queryKey.includes(id) })
    await queryClient.invalidateQueries()
  }
}
