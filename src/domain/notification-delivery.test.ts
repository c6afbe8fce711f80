import { describe, expect, it } from 'vitest'
import {
  BUNDLE_WINDOW_MS,
  composeBatch,
  defaultProfile,
  nextLocalTime,
  planDelivery,
  quietHoursEnd,
  type DeliveryProfile,
  type WaitingItem,
} from './notification-delivery.ts'

const at = (iso: string) => new Date(iso)
const ny: DeliveryProfile = { zone: 'America/New_York', digestTime: '08:00', quietHours: null }
const london: DeliveryProfile = { zone: 'Europe/London', digestTime: '07:30', quietHours: { start: '22:00', end: '07:00' } }

describe('the daily digest, on the person’s own clock', () => {
  it('goes at the chosen time in their zone, the same wall time across a spring-forward night', () => {
    // 15:00 EST on Saturday 13 March 2027; the clocks go forward at 02:00 on Sunday
    const plan = planDelivery({ setting: 'digest', profile: ny, now: at('2027-03-13T20:00:00Z'), lastAboutSameThing: null, bundleWaiting: false })
    expect(plan).toEqual({ send: 'later', at: at('2027-03-14T12:00:00Z'), reason: 'digest' }) // 08:00 EDT
  })

  it('a digest time the clocks skip goes just after the jump; one that happens twice goes the first time', () => {
    expect(nextLocalTime(at('2027-03-14T05:00:00Z'), '02:30', 'America/New_York')).toEqual(at('2027-03-14T07:30:00Z')) // 03:30 EDT
    expect(nextLocalTime(at('2027-11-07T04:00:00Z'), '01:30', 'America/New_York')).toEqual(at('2027-11-07T05:30:00Z')) // the EDT 01:30
  })

  it('a digest time just passed today means tomorrow', () => {
    expect(nextLocalTime(at('2027-06-01T12:00:01Z'), '08:00', 'America/New_York')).toEqual(at('2027-06-02T12:00:00Z'))
    expect(nextLocalTime(at('2027-06-01T11:59:00Z'), '08:00', 'America/New_York')).toEqual(at('2027-06-01T12:00:00Z'))
  })
})

describe('quiet hours', () => {
  it('hold what falls inside them until they end, across midnight and a spring-forward night', () => {
    // 23:30 GMT on Saturday 27 March 2027; BST begins at 01:00 UTC: quiet hours end at 07:00 BST = 06:00Z
    expect(quietHoursEnd(at('2027-03-27T23:30:00Z'), london.quietHours, london.zone)).toEqual(at('2027-03-28T06:00:00Z'))
    // 03:00 BST on the same night, after midnight: the spell begun yesterday still holds
    expect(quietHoursEnd(at('2027-03-28T02:00:00Z'), london.quietHours, london.zone)).toEqual(at('2027-03-28T06:00:00Z'))
    const plan = planDelivery({ setting: 'immediately', profile: london, now: at('2027-03-27T23:30:00Z'), lastAboutSameThing: null, bundleWaiting: false })
    expect(plan).toEqual({ send: 'later', at: at('2027-03-28T06:00:00Z'), reason: 'quiet' })
  })

  it('let everything outside them go at once, and the fall-back night’s quiet hours end at the later 07:00 of the day', () => {
    expect(quietHoursEnd(at('2027-03-28T06:00:00Z'), london.quietHours, london.zone)).toBeNull()
    expect(quietHoursEnd(at('2027-03-27T21:59:00Z'), london.quietHours, london.zone)).toBeNull() // 21:59 GMT
    // 31 October 2027, clocks go back at 02:00 BST: 22:00 BST (21:00Z) to 07:00 GMT (07:00Z)
    expect(quietHoursEnd(at('2027-10-30T21:30:00Z'), london.quietHours, london.zone)).toEqual(at('2027-10-31T07:00:00Z'))
    expect(planDelivery({ setting: 'immediately', profile: london, now: at('2027-06-01T12:00:00Z'), lastAboutSameThing: null, bundleWaiting: false })).toEqual({
      send: 'now',
    })
  })

  it('within one day (a lunch break) hold only that span; equal start and end mean none', () => {
    const lunch = { start: '12:00', end: '13:30' }
    expect(quietHoursEnd(at('2027-06-01T16:15:00Z'), lunch, 'America/New_York')).toEqual(at('2027-06-01T17:30:00Z'))
    expect(quietHoursEnd(at('2027-06-01T17:30:00Z'), lunch, 'America/New_York')).toBeNull()
    expect(quietHoursEnd(at('2027-06-01T15:59:00Z'), lunch, 'America/New_York')).toBeNull()
    expect(quietHoursEnd(at('2027-06-01T16:15:00Z'), { start: '09:00', end: '09:00' }, 'America/New_York')).toBeNull()
  })
})

describe('bundling changes to one thing', () => {
  const now = at('2027-06-01T12:00:00Z')
  it('sends the first message about a thing at once, and holds one that follows within ten minutes', () => {
    expect(planDelivery({ setting: 'immediately', profile: ny, now, lastAboutSameThing: null, bundleWaiting: false })).toEqual({ send: 'now' })
    const soon = new Date(now.getTime() - 9 * 60 * 1000)
    expect(planDelivery({ setting: 'immediately', profile: ny, now, lastAboutSameThing: soon, bundleWaiting: false })).toEqual({
      send: 'later',
      at: new Date(now.getTime() + BUNDLE_WINDOW_MS),
      reason: 'bundle',
    })
    const long = new Date(now.getTime() - 10 * 60 * 1000)
    expect(planDelivery({ setting: 'immediately', profile: ny, now, lastAboutSameThing: long, bundleWaiting: false })).toEqual({ send: 'now' })
  })

  it('pushes a waiting bundle back by ten minutes with every change (ten quiet minutes), and into the end of quiet hours', () => {
    const plan = planDelivery({ setting: 'immediately', profile: ny, now, lastAboutSameThing: null, bundleWaiting: true })
    expect(plan).toEqual({ send: 'later', at: at('2027-06-01T12:10:00Z'), reason: 'bundle' })
    // 21:55 London time: ten quiet minutes end at 22:05, inside quiet hours, so it goes at 07:00
    const late = planDelivery({
      setting: 'immediately',
      profile: london,
      now: at('2027-06-01T20:55:00Z'),
      lastAboutSameThing: at('2027-06-01T20:50:00Z'),
      bundleWaiting: false,
    })
    expect(late).toEqual({ send: 'later', at: at('2027-06-02T06:00:00Z'), reason: 'quiet' })
  })

  it('tells nobody by a channel turned off, and works before anything is saved', () => {
    expect(planDelivery({ setting: 'off', profile: ny, now, lastAboutSameThing: null, bundleWaiting: false })).toEqual({ send: 'never' })
    expect(defaultProfile(null)).toEqual({ zone: 'UTC', digestTime: '08:00', quietHours: null })
    expect(planDelivery({ setting: 'immediately', profile: defaultProfile(null), now, lastAboutSameThing: null, bundleWaiting: false })).toEqual({
      send: 'now',
    })
  })
})

describe('the one message a batch becomes', () => {
  const item = (thing: string, title: string, minute: number, reason: WaitingItem['reason'] = 'bundle'): WaitingItem => ({
    thing,
    thingName: thing === 'setlist:h' ? 'the Houston set list' : 'the Dallas show',
    title,
    link: `/${thing.replace(':', 's/')}`,
    reason,
    createdAt: new Date(Date.UTC(2027, 5, 1, 12, minute)),
  })

  it('says "3 changes to the Houston set list" for three changes to one thing, oldest first', () => {
    const m = composeBatch([item('setlist:h', 'Carlos approved', 5), item('setlist:h', 'Logan countered', 1), item('setlist:h', 'James amended', 3)], '/inbox')
    expect(m.subject).toBe('3 changes to the Houston set list')
    expect(m.lines.map((l) => l.title)).toEqual(['Logan countered', 'James amended', 'Carlos approved'])
    expect(m.link).toBe('/setlists/h')
  })

  it('keeps one notification’s own words, and makes a digest or a quiet spell of several things one message to the inbox', () => {
    expect(composeBatch([item('setlist:h', 'Logan countered', 1)], '/inbox').subject).toBe('Logan countered')
    const digest = composeBatch([item('setlist:h', 'a', 1, 'digest'), item('show:d', 'b', 2, 'digest')], '/inbox')
    expect(digest.subject).toBe('Your daily digest: 2 updates')
    expect(digest.link).toBe('/inbox')
    expect(composeBatch([item('setlist:h', 'a', 1, 'quiet'), item('show:d', 'b', 2, 'quiet')], '/inbox').subject).toBe(
      '2 updates while your notifications were quiet',
    )
    expect(() => composeBatch([], '/inbox')).toThrow()
  })
})
