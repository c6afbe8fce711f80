import { useQuery } from '@tanstack/react-query'
import { notificationKeys, notificationsApi } from '../../api/notifications-api.ts'

/** The unread count beside "Inbox" in the navigation; nothing when there is nothing unread. */
export function InboxBadge({ ws }: { ws: string }) {
  const unread = useQuery({ queryKey: notificationKeys.unread(ws), queryFn: () => notificationsApi.unread(ws) })
  const n = unread.data?.unread ?? 0
  if (n === 0) return null
  return (
    <span className="badge" aria-label={`${n} unread`}>
      {n > 99 ? '99+' : n}
    </span>
  )
}
