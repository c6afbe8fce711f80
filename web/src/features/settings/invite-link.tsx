import type { CreatedInvite } from '../../api/types.ts'
import { OneTimeLink } from '../../components/one-time-link.tsx'
import { labelOf } from '../../format/vocabulary.ts'

/** The new invite's link, shown this once, with a Copy button. */
export function InviteLink({ invite, onDone }: { invite: CreatedInvite; onDone: () => void }) {
  return (
    <OneTimeLink
      id="invite-url"
      label="Invite link"
      url={invite.url}
      heading={
        <>
          <strong>
            New invite link, role {labelOf(invite.role)}
            {invite.email ? `, for ${invite.email}` : ''}.
          </strong>{' '}
          Copy it now: it is shown only once.
        </>
      }
      copiedHint="The link is on your clipboard."
      onDone={onDone}
    />
  )
}
