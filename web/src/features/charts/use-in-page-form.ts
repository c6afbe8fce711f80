import { useEffect, useRef } from 'react'
import { useNavigate } from 'react-router'
import { useWorkspace } from '../workspace/workspace-context.ts'

/**
 * A list whose add/edit form opens in the page, named by the URL (`open` is 'new' or a record id):
 * the record being edited, whether the form shows (only to catalog editors), how to close it, and
 * the form's heading, which takes keyboard focus when the form opens.
 */
export function useInPageForm<T extends { id: string }>(records: readonly T[], open: string | null, pagePath: string) {
  const { permissions } = useWorkspace()
  const navigate = useNavigate()
  const canEdit = permissions.canEditCatalog
  const editing = open && open !== 'new' ? records.find((r) => r.id === open) : undefined
  const isFormOpen = canEdit && (open === 'new' || editing !== undefined)
  const close = () => navigate(pagePath, { replace: true })
  const formTitle = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (isFormOpen) formTitle.current?.focus()
  }, [isFormOpen, open])
  return { canEdit, editing, isFormOpen, close, formTitle }
}
