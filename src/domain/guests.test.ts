import { describe, expect, it } from 'vitest'
import {
  allotmentFor,
  allotmentOfKey,
  allotmentProblem,
  byGuestName,
  checkInOutcome,
  countsByType,
  cutoffInstant,
  DEFAULT_ALLOTMENT,
  headsUsed,
  windowProblem,
  type Allotment,
} from './guests.ts'

const allotments: Allotment[] = [
  { personId: null, actId: 'act-vj', headLimit: 8, passTypes: ['guest', 'vip'] },
  { personId: 'p-kendall', actId: null, headLimit: 4, passTypes: ['guest', 'industry'] },
]

describe('guest list rules', () => {
  it('charges a person’s own allotment first, then their party’s, else the default', () => {
    expect(allotmentFor(allotments, { userId: 'u1', personId: 'p-kendall', actIds: new Set(['act-vj']) }).key).toBe('person:p-kendall')
    expect(allotmentFor(allotments, { userId: 'u2', personId: 'p-band', actIds: new Set(['act-vj']) }).key).toBe('act:act-vj')
    const fallback = allotmentFor(allotments, { userId: 'u3', personId: null, actIds: new Set() })
    expect(fallback).toMatchObject({ key: 'user:u3', isDefault: true, allotment: { headLimit: DEFAULT_ALLOTMENT.headLimit } })
    expect(allotmentOfKey(allotments, 'act:act-vj').headLimit).toBe(8)
    expect(allotmentOfKey([], 'person:p-x')).toMatchObject({ personId: 'p-x', ...DEFAULT_ALLOTMENT })
  })

  it('counts heads (a guest +N), freeing a denied request’s, and refuses what does not fit', () => {
    const requests = [
      { id: 'a', allotment: 'act:act-vj', plusN: 2, status: 'approved' as const },
      { id: 'b', allotment: 'act:act-vj', plusN: 1, status: 'pending' as const },
      { id: 'c', allotment: 'act:act-vj', plusN: 5, status: 'denied' as const },
      { id: 'd', allotment: 'person:p-kendall', plusN: 0, status: 'approved' as const },
    ]
    expect(headsUsed(requests, 'act:act-vj')).toBe(5)
    expect(headsUsed(requests, 'act:act-vj', 'a')).toBe(2)
    const vj = allotments[0]!
    expect(allotmentProblem(vj, 5, { plusN: 2, passType: 'guest' })).toBeNull()
    expect(allotmentProblem(vj, 5, { plusN: 3, passType: 'guest' })).toMatchObject({ status: 409, issue: { path: 'plusN' } })
    expect(allotmentProblem(vj, 0, { plusN: 0, passType: 'press' })).toMatchObject({ status: 400, issue: { path: 'passType' } })
  })

  it('closes the list to members at the cut-off and to everyone when locked', () => {
    const cutoffAt = new Date('2013-07-12T17:00:00Z')
    const open = { locked: false, cutoffAt, cutoffLocal: '2013-07-12T12:00' }
    expect(windowProblem(open, new Date('2013-07-12T16:59:59Z'), false)).toBeNull()
    expect(windowProblem(open, cutoffAt, false)?.path).toBe('cutoff')
    expect(windowProblem(open, cutoffAt, true)).toBeNull()
    expect(windowProblem({ ...open, locked: true }, new Date('2013-01-01T00:00:00Z'), true)?.path).toBe('locked')
  })

  it('reads the cut-off on the venue’s clock, refusing a time that does not exist there or comes after the show', () => {
    const ends = new Date('2013-07-13T04:00:00Z')
    expect(cutoffInstant('2013-07-12T12:00', 'America/Chicago', ends).at?.toISOString()).toBe('2013-07-12T17:00:00.000Z')
    expect(cutoffInstant('2013-03-10T02:30', 'America/Chicago', ends).issue?.path).toBe('cutoff')
    expect(cutoffInstant('2013-07-13T12:00', 'America/Chicago', ends).issue?.message).toMatch(/before the show ends/)
    expect(cutoffInstant(null, 'America/Chicago', ends)).toEqual({ at: null, issue: null })
  })

  it('admits once: the first tap admits, the same tap again is the same admission, another tap is a conflict', () => {
    expect(checkInOutcome(null, 'tap-a')).toBe('admit')
    expect(checkInOutcome({ checkInId: 'tap-a' }, 'tap-a')).toBe('same')
    expect(checkInOutcome({ checkInId: 'tap-a' }, 'tap-b')).toBe('conflict')
  })

  it('counts by type with every type listed and denied requests left out', () => {
    const counts = countsByType([
      { passType: 'guest', plusN: 1, status: 'approved', admitted: true },
      { passType: 'guest', plusN: 0, status: 'pending', admitted: false },
      { passType: 'vip', plusN: 3, status: 'denied', admitted: false },
    ])
    expect(counts).toHaveLength(6)
    expect(counts[0]).toEqual({ passType: 'guest', requests: 2, heads: 3, approvedHeads: 2, pendingHeads: 1, admitted: 2 })
    expect(counts.find((c) => c.passType === 'vip')!.heads).toBe(0)
  })

  it('sorts the door list by name with accents and case folded, stable by id', () => {
    const names = [
      { id: '3', name: 'élodie Martin' },
      { id: '1', name: 'Zoë Ångström' },
      { id: '2', name: 'Elodie Adams' },
      { id: '0', name: 'elodie Martin' },
    ]
    expect([...names].sort(byGuestName).map((n) => `${n.name}#${n.id}`)).toEqual(['Elodie Adams#2', 'elodie Martin#0', 'élodie Martin#3', 'Zoë Ångström#1'])
  })
})
