import { useQuery } from '@tanstack/react-query'
import { fetchMe, meKey } from '../../api/account-api.ts'

/** The signed-in user (null when signed out). */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000 })
}
