import { describe, expect, it } from 'vitest'
import { announcementText } from './show-words.ts'

describe('announcementText', () => {
  it('says until when a show is embargoed, in the reader’s zone', () => {
    expect(announcementText('embargoed', '2013-06-01T16:00:00Z', 'America/Los_Angeles', 'en-US')).toBe('Embargoed until Sat, Jun 1 2013, 9:00 AM PDT')
  })
  it('names the other states plainly', () => {
    expect(announcementText('unannounced', null, 'UTC')).toBe('Not announced')
  })
})
