import { describe, expect, it } from 'vitest'
import { bodyOf, draftOf, type CommitmentDraft } from './commitment-draft.ts'

const interview = (): CommitmentDraft => ({
  ...draftOf(undefined, 'America/New_York'),
  kind: 'promo-interview',
  title: 'Radio interview',
  startDate: '2013-06-11',
  startTime: '08:00',
  endTime: '08:30',
  outlet: ' Z100 ',
  journalist: '',
})

describe('bodyOf', () => {
  it('keeps the promo fields of an interview and ends it on the day it starts', () => {
    const { body, issues } = bodyOf(interview())
    expect(issues).toEqual([])
    expect(body).toMatchObject({ endDate: '2013-06-11', outlet: 'Z100', journalist: null, timeZone: 'America/New_York' })
  })

  it('drops the promo fields of anything else', () => {
    expect(bodyOf({ ...interview(), kind: 'rehearsal' }).body).toMatchObject({ outlet: null, journalist: null, embargoNotes: null })
  })

  it('sends no times for an all-day commitment', () => {
    const { body, issues } = bodyOf({ ...interview(), kind: 'day-off', isAllDay: true, endDate: '2013-06-12' })
    expect(issues).toEqual([])
    expect(body).toMatchObject({ startTime: null, endTime: null, endDate: '2013-06-12' })
  })

  it('refuses an end before the start on the same day, and explains nights', () => {
    const { issues } = bodyOf({ ...interview(), startTime: '23:00', endTime: '01:00' })
    expect(issues).toEqual([{ path: 'endTime', message: expect.stringMatching(/next day/) }])
  })

  it('takes the place from the venue, not from typed coordinates', () => {
    expect(bodyOf({ ...interview(), venueId: 'v', latitude: '1', longitude: '2' }).body).toMatchObject({ latitude: null, longitude: null })
  })
})
