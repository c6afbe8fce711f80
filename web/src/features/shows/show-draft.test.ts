import { describe, expect, it } from 'vitest'
import { bodyOf, draftOf, localTimeText, timeOrderIssues, type ShowDraft } from './show-draft.ts'

const base = (): ShowDraft => ({ ...draftOf(undefined, 'America/Los_Angeles'), actId: 'btr', venueId: 'venue', localDate: '2013-07-10' })

describe('bodyOf', () => {
  it('sends empty times as null and drops the leg of a show on no tour', () => {
    const draft = { ...base(), legId: 'leg', times: { ...base().times, doors: '18:30', setStart: '20:00' } }
    const { body, issues } = bodyOf(draft, 'America/Los_Angeles')
    expect(issues).toEqual([])
    expect(body).toMatchObject({ doors: '18:30', setStart: '20:00', loadIn: null, curfew: null, tourId: null, legId: null, announceAt: null })
  })

  it('needs an end to an embargo, read in the viewer’s zone', () => {
    expect(bodyOf({ ...base(), announcement: 'embargoed' }, 'UTC').issues).toContainEqual({
      path: 'announceAt',
      message: expect.stringMatching(/embargo ends/),
    })
    const { body } = bodyOf({ ...base(), announcement: 'embargoed', announceAt: '2013-06-01T09:00' }, 'America/Los_Angeles')
    expect(body.announceAt).toBe('2013-06-01T16:00:00.000Z')
  })

  it('refuses an embargo end that the clocks skip', () => {
    const { issues } = bodyOf({ ...base(), announcement: 'embargoed', announceAt: '2013-03-10T02:30' }, 'America/Los_Angeles')
    expect(issues[0]?.message).toMatch(/does not exist/)
  })

  it('finds a person listed twice in the lineup and a support act that is the headliner', () => {
    const draft = {
      ...base(),
      lineup: [
        { key: 'a', personId: 'dustin', role: 'acoustic guitar' },
        { key: 'b', personId: 'dustin', role: 'guitar' },
      ],
      billing: [{ key: 'c', actId: 'btr', role: 'support' }],
    }
    expect(bodyOf(draft, 'UTC').issues.map((i) => i.path)).toEqual(['lineup.1.personId', 'billing.0.actId'])
  })
})

describe('timeOrderIssues', () => {
  it('refuses a curfew before the doors open', () => {
    const issues = timeOrderIssues({ loadIn: '', soundcheck: '', doors: '19:00', setStart: '', curfew: '18:00' })
    expect(issues).toEqual([{ path: 'curfew', message: expect.stringMatching(/curfew \(18:00\) is before doors \(19:00\)/) }])
  })

  it('takes a curfew after midnight (up to 06:00) as the next day, as the server does', () => {
    expect(timeOrderIssues({ loadIn: '', soundcheck: '', doors: '21:00', setStart: '23:00', curfew: '00:30' })).toEqual([])
    expect(timeOrderIssues({ loadIn: '', soundcheck: '', doors: '19:00', setStart: '', curfew: '11:00' })[0]?.path).toBe('curfew')
  })
})

describe('localTimeText', () => {
  it('reads a local time as it is, and an instant at the venue', () => {
    expect(localTimeText('19:30', 'America/Chicago')).toBe('19:30')
    expect(localTimeText('2013-07-11T00:30:00Z', 'America/Chicago')).toBe('19:30')
  })
})
