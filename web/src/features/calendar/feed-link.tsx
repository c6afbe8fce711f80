import type { CreatedCalendarFeed } from '../../api/touring-api.ts'
import { OneTimeLink } from '../../components/one-time-link.tsx'

/** The new feed's address, shown this once, with Copy and an open-in-calendar link. */
export function FeedLink({ feed, onDone }: { feed: CreatedCalendarFeed; onDone: () => void }) {
  const webcal = new URL(feed.url, window.location.origin).toString().replace(/^https?:/, 'webcal:')
  return (
    <OneTimeLink
      id="feed-url"
      label="Calendar link"
      url={feed.url}
      heading={
        <>
          <strong>New private calendar link.</strong> Copy it now: it is shown only once. Anyone with it can read this calendar, so keep it to yourself.
        </>
      }
      copiedHint="The link is on your clipboard. Paste it into your calendar app as a subscription."
      actions={
        <a className="button" href={webcal}>
          Open in calendar app
        </a>
      }
      onDone={onDone}
    />
  )
}
