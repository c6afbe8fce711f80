import { describe, expect, it } from 'vitest'
import { checkSetlist } from './check-setlist.ts'
import { kendallsDraft, NO_RULES, song, summerContext } from './reference-world.fixture.ts'

const rules = { ...NO_RULES, guestSongsNeedBilledGuest: true }
const headlineOnly = summerContext({ billedGuests: ['Big Time Rush'] })

describe('guest-billed rule', () => {
  it('accepts the duet with Victoria Justice when she is billed, whatever the case of her name', () => {
    expect(checkSetlist(kendallsDraft(), summerContext(), rules)).toEqual([])
    expect(checkSetlist([song('song-for-you', { guests: ['victoria justice '] })], summerContext(), rules)).toEqual([])
  })

  it('refuses the duet at a show where Victoria Justice is not billed', () => {
    expect(checkSetlist(kendallsDraft(), headlineOnly, rules)).toEqual([
      { rule: 'guest-billed', message: 'Victoria Justice is not billed at this show', entryIds: ['trouble'] },
    ])
  })

  it('asks a song that needs a guest to name one, and checks that guest', () => {
    expect(checkSetlist([song('duet')], summerContext(), rules)[0]).toMatchObject({ rule: 'guest-billed', entryIds: ['duet'] })
    expect(checkSetlist([song('duet', { guests: ['Victoria Justice'] })], summerContext(), rules)).toEqual([])
    expect(checkSetlist([song('duet', { guests: ['Amy Heidemann'] })], summerContext(), rules)[0]?.message).toBe('Amy Heidemann is not billed at this show')
  })

  it('is silent when the act lets guests on without billing', () => {
    expect(checkSetlist(kendallsDraft(), headlineOnly, NO_RULES)).toEqual([])
  })
})
