import type { ReactNode } from 'react'

/** What an empty list says: what is missing and what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state-title">{title}</p>
      {children && <div className="empty-state-action">{children}</div>}
    </div>
  )
}
