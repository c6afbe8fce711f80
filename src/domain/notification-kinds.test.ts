import { describe, expect, it } from 'vitest'
import {
  bookingChange,
  bookingTitle,
  holdStage,
  mayBeToldOfCommitment,
  mayBeToldOfConflict,
  mayBeToldOfHold,
  mayBeToldOfShow,
  type BookingState,
} from './notification-kinds.ts'
import { grantOf } from './permissions.ts'
import { WORKSPACE_ROLES } from './roles.ts'

const show: BookingState = {
  date: '2013-06-12',
  placeId: 'hob',
  startsAt: new Date('2013-06-13T01:00:00Z'),
  endsAt: new Date('2013-06-13T04:00:00Z'),
  times: '21:00',
  cancelled: false,
}

describe('what a booking change is', () => {
  it('tells created, moved, re-timed and cancelled apart, and nothing for a notes-only edit', () => {
    expect(bookingChange(null, show)).toBe('created')
    expect(bookingChange(show, { ...show, date: '2013-06-13' })).toBe('moved')
    expect(bookingChange(show, { ...show, placeId: 'other' })).toBe('moved')
    expect(bookingChange(show, { ...show, startsAt: new Date('2013-06-13T02:00:00Z'), times: '22:00' })).toBe('retimed')
    expect(bookingChange(show, { ...show, cancelled: true })).toBe('cancelled')
    expect(bookingChange(show, { ...show })).toBeNull()
    expect(bookingChange({ ...show, cancelled: true }, { ...show, cancelled: true, date: '2013-07-01' })).toBeNull()
  })

  it('writes the inbox line in the band’s words', () => {
    expect(bookingTitle('show', 'moved', { name: 'Houston', date: '2013-06-13', place: 'House of Blues', time: '21:00' })).toBe(
      'The Houston show was moved: now 2013-06-13 at House of Blues, set 21:00',
    )
    expect(bookingTitle('show', 'cancelled', { name: 'Houston', date: '2013-06-12', place: 'House of Blues', time: null })).toBe(
      'The Houston show on 2013-06-12 was cancelled',
    )
  })
})

describe('who may be told, by the permission table', () => {
  it('an unannounced show reaches only roles that read every show; a public one also the limited readers', () => {
    for (const role of WORKSPACE_ROLES) {
      const read = grantOf(role, 'shows').read
      expect(mayBeToldOfShow(role, false), role).toBe(read === 'all')
      expect(mayBeToldOfShow(role, true), role).toBe(read === 'all' || read === 'limited')
    }
    expect(mayBeToldOfShow('viewer', false)).toBe(false)
    expect(mayBeToldOfShow(null, true)).toBe(false)
  })

  it('a commitment reaches its own attendees among limited readers; conflicts and holds follow their resources', () => {
    for (const role of WORKSPACE_ROLES) {
      const read = grantOf(role, 'commitments').read
      expect(mayBeToldOfCommitment(role, false), role).toBe(read === 'all')
      expect(mayBeToldOfCommitment(role, true), role).toBe(read !== 'none')
      expect(mayBeToldOfConflict(role), role).toBe(grantOf(role, 'shows').read === 'all' && read === 'all')
      expect(mayBeToldOfHold(role), role).toBe(grantOf(role, 'rights').read !== 'none')
    }
    expect(mayBeToldOfConflict('viewer')).toBe(false)
    expect(mayBeToldOfHold('viewer')).toBe(false)
  })
})

describe('hold reminders', () => {
  it('are due 30 and 7 days before the last day, and the day after it (free and clear), each in its window', () => {
    expect(holdStage('2013-07-31', '2013-07-01')).toBe('in-30-days')
    expect(holdStage('2013-07-31', '2013-06-30')).toBeNull()
    expect(holdStage('2013-07-31', '2013-07-23')).toBe('in-30-days')
    expect(holdStage('2013-07-31', '2013-07-24')).toBe('in-7-days')
    expect(holdStage('2013-07-31', '2013-07-31')).toBe('in-7-days')
    expect(holdStage('2013-07-31', '2013-08-01')).toBe('free')
    expect(holdStage('2013-07-31', '2013-08-07')).toBe('free')
    expect(holdStage('2013-07-31', '2013-08-08')).toBeNull()
  })
})
