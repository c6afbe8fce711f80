import { describe, expect, it } from 'vitest'
import { hotelKeys } from '../../api/hotels-api.ts'
import { staleKeysFor } from './use-live-updates.ts'

describe('staleKeysFor', () => {
  it('refreshes set lists, shows and my home on a set-list event, everything on a resync', () => {
    expect(staleKeysFor('demo', 'setlist.answer')).toEqual([
      ['ws', 'demo', 'setlists'],
      ['ws', 'demo', 'shows'],
      ['ws', 'demo', 'home'],
    ])
    expect(staleKeysFor('demo', 'resync')).toEqual([['ws', 'demo']])
  })
  it('refreshes planner runs on a planner event, not the set lists', () => {
    expect(staleKeysFor('demo', 'planner.run')).toEqual([['ws', 'demo', 'planner']])
  })
  it('refreshes the inbox, its badge and my home on a notification, nothing else', () => {
    expect(staleKeysFor('demo', 'notification')).toEqual([
      ['ws', 'demo', 'notifications'],
      ['ws', 'demo', 'home'],
    ])
  })
  it('refreshes the guest lists (panel and door page) on a guest-list event, nothing else', () => {
    expect(staleKeysFor('demo', 'guests.list')).toEqual([['ws', 'demo', 'guests']])
  })
  it('refreshes the day sheets and the hotel screens on a hotel or a journey change (ADR 050)', () => {
    for (const kind of ['road.day', 'road.hotel', 'road.travel']) expect(staleKeysFor('demo', kind)).toEqual([['ws', 'demo', 'road']])
    const [road] = staleKeysFor('demo', 'road.hotel')
    for (const key of [hotelKeys.list('demo', {}), hotelKeys.one('demo', 's1')]) expect(key.slice(0, road!.length)).toEqual(road)
  })
})
