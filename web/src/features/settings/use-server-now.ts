import { useQuery } from '@tanstack/react-query'
import type { Health } from '../../../../src/contract/health.ts'
import { request } from '../../api/request.ts'

/**
 * The server's clock, which the demo may pin (GREENROOM_NOW) to a day in 2013: whether an invite
 * has expired is judged by it, not by the browser's clock.
 */
export function useServerNow(): Date {
  const health = useQuery({ queryKey: ['health'], queryFn: () => request<Health>('GET', '/api/health'), staleTime: 60_000 })
  return health.data ? new Date(health.data.now) : new Date()
}
