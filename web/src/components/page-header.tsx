import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { useDocumentTitle } from './use-document-title.ts'

interface PageHeaderProps {
  title: ReactNode
  kicker?: ReactNode
  back?: { to: string; label: string }
  actions?: ReactNode
  children?: ReactNode
  /** For the browser tab when `title` is not plain text. */
  documentTitle?: string
}

/** The title block of a page; the h1 is the one each page has. */
export function PageHeader({ title, kicker, back, actions, children, documentTitle }: PageHeaderProps) {
  useDocumentTitle(documentTitle ?? (typeof title === 'string' ? title : undefined))
  return (
    <header className="page-header">
      {back && (
        <Link className="back-link" to={back.to}>
          <span aria-hidden="true">←</span>
          {back.label}
        </Link>
      )}
      <div className="page-header-row">
        <div className="page-header-text">
          {kicker && <p className="kicker">{kicker}</p>}
          <h1 className="page-title">{title}</h1>
          {children}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
    </header>
  )
}
