import { Link } from 'react-router'

/** The logo link. Its name is stated: on a phone the word is hidden and only the mark shows. */
export function Brand({ to = '/' }: { to?: string }) {
  return (
    <Link to={to} className="brand" aria-label="Greenroom">
      <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="8" />
        <path d="M10 21.5V10.5l12 5.5-12 5.5z" />
      </svg>
      <span>Greenroom</span>
    </Link>
  )
}
