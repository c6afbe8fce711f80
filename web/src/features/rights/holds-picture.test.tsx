import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Hold } from '../../api/rights-api.ts'
import { AvailabilityBadge } from './availability-badge.tsx'
import { HoldsPicture } from './holds-picture.tsx'

const hold = (over: Partial<Hold>): Hold => ({
  id: 'h1',
  workId: 'w',
  holder: { kind: 'organization', id: 'o', name: 'Columbia Records' },
  kind: 'option',
  startsOn: '2013-06-11',
  period: { months: 6, days: 0 },
  endsOn: null,
  endsOnRelease: false,
  nominalEndsOn: '2013-12-11',
  effectiveEndsOn: '2013-12-11',
  endedByRelease: false,
  notes: '',
  version: 1,
  createdAt: '',
  updatedAt: '',
  ...over,
})

describe('HoldsPicture', () => {
  it('draws one labelled bar per hold, the cut-off part of a hold a release ended, and today', () => {
    const html = renderToStaticMarkup(
      <HoldsPicture
        holds={[
          hold({}),
          hold({ id: 'h2', kind: 'first-use', startsOn: '2013-01-07', nominalEndsOn: '2014-01-07', effectiveEndsOn: '2013-06-10', endedByRelease: true }),
        ]}
        releaseDays={['2013-06-11']}
        today="2013-04-15"
      />,
    )
    expect(html.match(/holds-picture-bar /g)).toHaveLength(2)
    expect(html).toContain('Columbia Records · Option')
    expect(html).toContain('Columbia Records · First use')
    expect(html.match(/holds-picture-cut/g)).toHaveLength(1)
    expect(html).toContain('holds-picture-today')
    expect(html).toContain('holds-picture-release')
    expect(html).toMatch(/<text[^>]*>2014<\/text>/)
    // The table beside it says the same in words.
    expect(html).toContain('aria-hidden="true"')
  })

  it('draws nothing for a song without holds', () => {
    expect(renderToStaticMarkup(<HoldsPicture holds={[]} releaseDays={[]} today="2013-04-15" />)).toBe('')
  })
})

describe('AvailabilityBadge', () => {
  it('shows the human text, styled by state', () => {
    const html = renderToStaticMarkup(<AvailabilityBadge availability={{ state: 'free', since: '2013-12-12', text: 'free and clear since 2013-12-12' }} />)
    expect(html).toContain('availability--free')
    expect(html).toContain('free and clear since 2013-12-12')
  })
})
