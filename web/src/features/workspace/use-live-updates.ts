import { useEffect } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { workspaceKey, workspacePath } from '../../api/workspace-resource.ts'

/** Which cached queries an event makes stale: set-list events refresh set lists, shows' set lists and my home (what waits for me). */
export function staleKeysFor(ws: string, kind: string): (readonly unknown[])[] {
  if (kind === 'resync') return [workspaceKey(ws)]
  if (kind.startsWith('setlist.'))
    return [
      [...workspaceKey(ws), 'setlists'],
      [...workspaceKey(ws), 'shows'],
      [...workspaceKey(ws), 'home'],
    ]
  if (kind.startsWith('planner.')) return [[...workspaceKey(ws), 'planner']]
  if (kind === 'notification')
    return [
      [...workspaceKey(ws), 'notifications'],
      [...workspaceKey(ws), 'home'],
    ]
  if (kind.startsWith('road.')) return [[...workspaceKey(ws), 'road']]
  // requests, decisions and check-ins: the show's guest panel and the door page
  if (kind.startsWith('guests.')) return [[...workspaceKey(ws), 'guests']]
  return [workspaceKey(ws)]
}

/**
 * Keeps the open screens of a workspace current: listens to its Server-Sent Events and marks the
 * affected queries stale, so React Query refetches what is on screen. EventSource reconnects by
 * itself when the server ends a stream or the connection drops (phones on bad signal).
 */
export function useLiveUpdates(ws: string | undefined): void {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!ws || typeof EventSource === 'undefined') return
    const source = new EventSource(workspacePath(ws, '/events'))
    const handle = (event: MessageEvent) => {
      for (const key of staleKeysFor(ws, event.type)) void queryClient.invalidateQueries({ queryKey: key })
    }
    const kinds = [
      'setlist.proposal',
      'setlist.answer',
      'setlist.version',
      'setlist.applied',
      'planner.run',
      'notification',
      'road.day',
      'guests.list',
      'road.hotel',
      'road.travel',
      'resync',
    ]
    for (const kind of kinds) source.addEventListener(kind, handle)
    return () => source.close()
  }, [ws, queryClient])
}
