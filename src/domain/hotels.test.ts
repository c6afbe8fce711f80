import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { doubleBookedGuests, sleepsThere } from './hotels.ts'

const stay = { checkInDate: '2013-07-10', checkOutDate: '2013-07-14' }

describe('doubleBookedGuests', () => {
  it('refuses one person in two rooms on the same night, naming the later place and the night', () => {
    const issues = doubleBookedGuests(stay, [
      { guests: [{ personId: 'dustin' }] },
      { guests: [{ personId: 'kendall' }, { personId: 'dustin', fromDate: '2013-07-12' }] },
    ])
    expect(issues).toEqual([{ path: 'rooms.1.guests.1.personId', message: 'this guest is in room 1 on the night of 2013-07-12 already' }])
  })

  it('lets a person move rooms mid-stay when the nights do not overlap', () => {
    expect(
      doubleBookedGuests(stay, [{ guests: [{ personId: 'dustin', toDate: '2013-07-12' }] }, { guests: [{ personId: 'dustin', fromDate: '2013-07-12' }] }]),
    ).toEqual([])
  })

  it('leaves the same person twice in one room to the room check (one issue per place, never two)', () => {
    expect(doubleBookedGuests(stay, [{ guests: [{ personId: 'dustin' }, { personId: 'dustin' }] }])).toEqual([])
  })

  it('agrees with the nights: an issue exactly when some night has the person asleep in two rooms', () => {
    const nights = ['2013-07-10', '2013-07-11', '2013-07-12', '2013-07-13']
    const span = fc
      .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 4 }))
      .filter(([a, b]) => a < b)
      .map(([a, b]) => ({ fromDate: nights[a]!, toDate: b === 4 ? stay.checkOutDate : nights[b]! }))
    let withClash = 0
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(fc.constantFrom('a', 'b'), span), { maxLength: 2 }), { minLength: 1, maxLength: 3 }), (spec) => {
        const rooms = spec.map((guests) => ({ guests: guests.map(([personId, d]) => ({ personId, ...d })) }))
        const clashes = nights.some((night) =>
          ['a', 'b'].some((p) => rooms.filter((room) => room.guests.some((g) => g.personId === p && sleepsThere(stay, g, night))).length > 1),
        )
        if (clashes) withClash++
        expect(doubleBookedGuests(stay, rooms).length > 0).toBe(clashes)
      }),
      { numRuns: 300 },
    )
    expect(withClash, 'at least some generated stays double-book someone').toBeGreaterThan(20)
  })
})
