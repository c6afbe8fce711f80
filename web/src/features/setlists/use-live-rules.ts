import { useEffect, useMemo, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { setlistKeys, setlistsApi, type RuleViolation, type SetlistEntry } from '../../api/setlists-api.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { ruleChecker } from './live-rules.ts'

/** How long the list has to stay still before it is checked again (typing in a field, several moves). */
const SETTLE_MS = 200

export interface ListTarget {
  actId: string
  kind: string
  id: string | null
}

/**
 * The act's rules checked against `entries` as they change (debounced), with the rule context of the
 * list's target fetched once (and kept by the service worker for offline use). Null until the
 * context is at hand, or when it cannot be had: the server still checks on save.
 */
export function useLiveRules(entries: readonly SetlistEntry[], target: ListTarget | null): RuleViolation[] | null {
  const { slug } = useWorkspace()
  const context = useQuery({
    queryKey: setlistKeys.ruleContext(slug, target?.actId ?? '', target?.kind ?? 'none', target?.id ?? null),
    queryFn: () => setlistsApi.ruleContext(slug, target!.actId, { kind: target!.kind, id: target!.id }),
    enabled: !!target?.actId,
    staleTime: 5 * 60_000,
    retry: false,
  })
  const check = useMemo(() => (context.data ? ruleChecker(context.data) : null), [context.data])
  const [violations, setViolations] = useState<RuleViolation[] | null>(null)
  useEffect(() => {
    if (!check) return
    const timer = setTimeout(() => setViolations(check(entries)), SETTLE_MS)
    return () => clearTimeout(timer)
  }, [check, entries])
  return check ? violations : null
}
