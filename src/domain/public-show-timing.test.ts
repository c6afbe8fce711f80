import { describe, expect, it } from 'vitest'
import type { FeedShow } from './feeds.ts'
import { showSpanOf } from '../test/public-show-rows.ts'
import { publicShowTiming, showTitle } from './public-show-timing.ts'

const ZONE = 'America/New_York'

function show(times: Partial<FeedShow['times']>, billing: FeedShow['billing'] = []): FeedShow {
  const full = { loadIn: null, soundcheck: null, doors: null, setStart: null, curfew: null, ...times }
  return {
    id: 's',
    headliner: { actId: 'btr', name: 'Big Time Rush' },
    billing,
    localDate: '2013-07-12',
    times: full,
    ...showSpanOf({ localDate: '2013-07-12', timeZone: ZONE, ...full }),
    status: 'confirmed',
    announcement: 'announced',
    announceAt: null,
    version: 1,
    venue: { name: 'Hall', address: '', city: 'New York', country: 'US', latitude: null, longitude: null, timeZone: ZONE },
  }
}

describe('publicShowTiming', () => {
  it('runs from doors to curfew, whatever the crew does before', () => {
    expect(publicShowTiming(show({ loadIn: '12:00', soundcheck: '16:00', doors: '18:30', setStart: '20:00', curfew: '23:00' }))).toMatchObject({
      allDay: false,
      start: new Date('2013-07-12T22:30:00Z'),
      end: new Date('2013-07-13T03:00:00Z'),
    })
  })

  it('starts with the set when there are no doors, and lasts two hours without a curfew', () => {
    expect(publicShowTiming(show({ soundcheck: '16:00', setStart: '20:00' }))).toMatchObject({
      start: new Date('2013-07-13T00:00:00Z'),
      end: new Date('2013-07-13T02:00:00Z'),
    })
  })

  it('never starts at a load-in: with only a curfew besides, it starts with the local day', () => {
    expect(publicShowTiming(show({ loadIn: '12:00', curfew: '23:00' }))).toMatchObject({
      start: new Date('2013-07-12T04:00:00Z'),
      end: new Date('2013-07-13T03:00:00Z'),
    })
  })

  it('is the whole local day when no public time is known', () => {
    expect(publicShowTiming(show({ loadIn: '12:00' }))).toEqual({
      allDay: true,
      date: '2013-07-12',
      start: new Date('2013-07-12T04:00:00Z'),
      end: new Date('2013-07-13T04:00:00Z'),
    })
  })
})

describe('showTitle', () => {
  it('names the headliner, then the support acts and guests in billing order', () => {
    const act = (name: string, role: FeedShow['billing'][number]['role']) => ({ actId: name, name, role })
    expect(showTitle(show({}, [act('Victoria Justice', 'support')]))).toBe('Big Time Rush with Victoria Justice')
    expect(
      showTitle(
        show({}, [
          act('Heffron Drive', 'co-headliner'),
          act('Victoria Justice', 'support'),
          act('Another Support Act', 'support'),
          act('Amy Heidemann', 'special-guest'),
        ]),
      ),
    ).toBe('Big Time Rush & Heffron Drive with Victoria Justice and Another Support Act, special guest Amy Heidemann')
  })
})
