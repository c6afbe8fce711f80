import { describe, expect, it } from 'vitest'
import {
  approvalsNeeded,
  consensusStanding,
  DEFAULT_CONSENSUS_SETTINGS,
  isCurrentMembership,
  votersOf,
  type ActPerson,
  type ConsensusAnswer,
} from './consensus.ts'

const band: ActPerson[] = [
  { personId: 'kendall', name: 'Kendall', role: 'member', endDate: null },
  { personId: 'james', name: 'James', role: 'member', endDate: null },
  { personId: 'dustin', name: 'Dustin', role: 'touring-musician', endDate: null },
  { personId: 'dj', name: 'DJ', role: 'dj', endDate: null },
  { personId: 'guest', name: 'Victoria', role: 'guest', endDate: null },
  { personId: 'md', name: 'MD', role: 'musical-director', endDate: null },
  { personId: 'former', name: 'Former', role: 'member', endDate: '2012-12-31' },
]
const ids = (vs: { personId: string }[]) => vs.map((v) => v.personId)
const version = { authorPersonId: 'kendall', kind: 'draft', createdAt: new Date('2013-04-01T10:00:00Z') }
const answer = (personId: string, kind: ConsensusAnswer['kind'], at = '2013-04-02T10:00:00Z'): ConsensusAnswer => ({ personId, kind, createdAt: new Date(at) })

describe('who votes on a set list', () => {
  it('counts current members only, by default', () => {
    expect(ids(votersOf(DEFAULT_CONSENSUS_SETTINGS, band, '2013-04-15'))).toEqual(['kendall', 'james'])
  })

  it('counts touring musicians and DJs when the act says so, never guests or musical directors', () => {
    const settings = { ...DEFAULT_CONSENSUS_SETTINGS, countTouringMusicians: true }
    expect(ids(votersOf(settings, band, '2013-04-15'))).toEqual(['kendall', 'james', 'dustin', 'dj'])
  })

  it('stops counting a membership after its end date, and counts it up to its last day', () => {
    expect(ids(votersOf(DEFAULT_CONSENSUS_SETTINGS, band, '2012-12-31'))).toContain('former')
    expect(ids(votersOf(DEFAULT_CONSENSUS_SETTINGS, band, '2013-01-01'))).not.toContain('former')
    // A partial end date counts to the last day of its month or year.
    expect(isCurrentMembership('2013-06', '2013-06-30')).toBe(true)
    expect(isCurrentMembership('2013-06', '2013-07-01')).toBe(false)
    expect(isCurrentMembership('2013', '2013-12-31')).toBe(true)
  })

  it('counts a person with two memberships once', () => {
    const twice = [...band, { personId: 'james', name: 'James', role: 'touring-musician', endDate: null }]
    expect(ids(votersOf({ ...DEFAULT_CONSENSUS_SETTINGS, countTouringMusicians: true }, twice, '2013-04-15')).filter((id) => id === 'james')).toHaveLength(1)
  })

  it('names exactly the deciders when the act decides by deciders', () => {
    const settings = { consensus: 'deciders' as const, countTouringMusicians: false, deciderPersonIds: ['james', 'dustin'] }
    expect(
      votersOf(
        settings,
        band,
        '2013-04-15',
        new Map([
          ['james', 'James'],
          ['dustin', 'Dustin'],
        ]),
      ),
    ).toEqual([
      { personId: 'james', name: 'James' },
      { personId: 'dustin', name: 'Dustin' },
    ])
  })
})

describe('whether a version is agreed', () => {
  const voters = votersOf(DEFAULT_CONSENSUS_SETTINGS, band, '2013-04-15')

  it('needs everyone for all and deciders, more than half for majority', () => {
    expect([approvalsNeeded('all', 4), approvalsNeeded('deciders', 3), approvalsNeeded('majority', 4), approvalsNeeded('majority', 5)]).toEqual([4, 3, 3, 3])
  })

  it('counts the author as approving, and is met when every other voter approves', () => {
    expect(consensusStanding('all', voters, version, []).approvals).toBe(1)
    const met = consensusStanding('all', voters, version, [answer('james', 'approve')])
    expect(met).toMatchObject({ approvals: 2, needed: 2, isMet: true })
  })

  it('does not count the person who asked the planner as approving its suggestion', () => {
    const planned = consensusStanding('all', voters, { ...version, kind: 'planner' }, [answer('james', 'approve')])
    expect(planned).toMatchObject({ approvals: 1, isMet: false })
    expect(planned.voters.find((v) => v.personId === 'kendall')!.answer).toBeNull()
  })

  it('ignores a touring musician’s approval unless the act counts them', () => {
    const answers = [answer('dustin', 'approve')]
    const notCounted = consensusStanding('all', voters, version, answers)
    expect(notCounted.voters.map((v) => v.personId)).not.toContain('dustin')
    expect(notCounted.isMet).toBe(false)
    const counting = votersOf({ ...DEFAULT_CONSENSUS_SETTINGS, countTouringMusicians: true }, band, '2013-04-15')
    expect(consensusStanding('all', counting, version, [...answers, answer('james', 'approve')])).toMatchObject({ approvals: 3, needed: 4, isMet: false })
  })

  it('ignores the approval of a member whose membership has ended', () => {
    const answers = [answer('former', 'approve'), answer('james', 'approve')]
    const standing = consensusStanding('majority', voters, version, answers)
    expect(standing.approvals).toBe(2)
    expect(standing.voters.map((v) => v.personId)).not.toContain('former')
  })

  it('shows the latest decisive answer, which a later comment does not replace', () => {
    const standing = consensusStanding('all', voters, version, [
      answer('james', 'reject', '2013-04-02T10:00:00Z'),
      answer('james', 'comment', '2013-04-03T10:00:00Z'),
    ])
    expect(standing.voters.find((v) => v.personId === 'james')).toMatchObject({ answer: 'reject', at: '2013-04-02T10:00:00.000Z' })
    expect(standing.isMet).toBe(false)
  })

  it('is never met with nobody to vote', () => {
    expect(consensusStanding('majority', [], version, []).isMet).toBe(false)
  })
})
